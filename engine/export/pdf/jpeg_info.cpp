#include "export/pdf/jpeg_info.hpp"

#include <cstdint>

namespace exporter::pdf {

// Marker layout from ITU-T T.81, Annex B; APP14 "Adobe" from Adobe Technical Note #5116.
std::optional<JpegInfo> read_jpeg_info(std::string_view bytes) {
  auto byte = [&](std::size_t i) { return static_cast<std::uint8_t>(bytes[i]); };
  if (bytes.size() < 4 || byte(0) != 0xFF || byte(1) != 0xD8) return std::nullopt;
  JpegInfo info;
  bool have_frame = false;
  std::size_t i = 2;
  while (i + 4 <= bytes.size()) {
    if (byte(i) != 0xFF) return std::nullopt;
    const std::uint8_t marker = byte(i + 1);
    if (marker == 0xFF) {  // fill byte
      ++i;
      continue;
    }
    if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {  // no length
      i += 2;
      continue;
    }
    if (marker == 0xDA || marker == 0xD9) break;  // start of scan, end of image
    const std::size_t length = (byte(i + 2) << 8) | byte(i + 3);
    const std::size_t body = i + 4;
    if (length < 2 || i + 2 + length > bytes.size()) return std::nullopt;
    const bool frame = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
    if (frame && length >= 8) {
      info.bits_per_component = byte(body);
      info.height = (byte(body + 1) << 8) | byte(body + 2);
      info.width = (byte(body + 3) << 8) | byte(body + 4);
      info.components = byte(body + 5);
      have_frame = true;
    }
    if (marker == 0xEE && length >= 7 && bytes.substr(body, 5) == "Adobe") info.adobe_marker = true;
    i += 2 + length;
  }
  if (!have_frame || info.width <= 0 || info.height <= 0) return std::nullopt;
  return info;
}

}  // namespace exporter::pdf
