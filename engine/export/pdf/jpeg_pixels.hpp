#pragma once
// A JPEG decoded to 8-bit samples with libjpeg: gray, RGB, or CMYK as ink amounts (Adobe's
// inverted storage undone), for the writers that must convert a JPEG's colours.
#include <filesystem>
#include <string>

namespace exporter::pdf {

struct JpegPixels {
  int width = 0, height = 0;
  int components = 0;   // 1, 3 or 4
  std::string samples;  // width × height × components bytes, rows top to bottom
};

// `jpeg` holds the file's bytes. Throws util::Failure naming `file` when it cannot be decoded.
JpegPixels decode_jpeg(const std::string& jpeg, const std::filesystem::path& file);

}  // namespace exporter::pdf
