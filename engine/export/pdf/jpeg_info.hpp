#pragma once
// What a PDF image dictionary needs to know about a JPEG file that passes through unchanged
// as DCTDecode: read from the file's own markers, so the dictionary always matches the bytes.
#include <optional>
#include <string_view>

namespace exporter::pdf {

struct JpegInfo {
  int width = 0, height = 0;
  int components = 0;           // 1 gray, 3 YCbCr/RGB, 4 CMYK/YCCK
  int bits_per_component = 8;
  bool adobe_marker = false;    // APP14 "Adobe": Photoshop stores CMYK inverted
};

// nullopt when the bytes are not a JPEG with a frame header before the first scan.
std::optional<JpegInfo> read_jpeg_info(std::string_view bytes);

}  // namespace exporter::pdf
