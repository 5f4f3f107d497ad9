#pragma once
// QR codes as vector modules (libqrencode), quiet zone included.
#include <optional>
#include <string>
#include <vector>

namespace layout {

struct QrMatrix {
  int size = 0;              // modules per side, without the quiet zone
  std::vector<bool> dark;    // size × size, row by row
  static constexpr int quiet_zone = 4;  // modules on each side (ISO/IEC 18004)
};

// nullopt when the data cannot be encoded (too long for any version).
std::optional<QrMatrix> encode_qr(const std::string& data, char error_correction);

}  // namespace layout
