#include "layout/qr_code.hpp"

#include <qrencode.h>

#include "util/handle.hpp"

namespace layout {

std::optional<QrMatrix> encode_qr(const std::string& data, char error_correction) {
  QRecLevel level = error_correction == 'L'   ? QR_ECLEVEL_L
                    : error_correction == 'Q' ? QR_ECLEVEL_Q
                    : error_correction == 'H' ? QR_ECLEVEL_H
                                              : QR_ECLEVEL_M;
  util::Handle<QRcode, QRcode_free> code(QRcode_encodeString8bit(data.c_str(), 0, level));
  if (!code) return std::nullopt;
  QrMatrix m;
  m.size = code->width;
  m.dark.resize(static_cast<std::size_t>(m.size * m.size));
  for (int i = 0; i < m.size * m.size; ++i) m.dark[static_cast<std::size_t>(i)] = code->data[i] & 1;
  return m;
}

}  // namespace layout
