#pragma once
// A CMYK JPEG for screens: decoded, Adobe's inverted storage undone, and converted to sRGB
// through the CMYK profile the print edition separates with, so both editions show the same
// colours (a naive 1 - C conversion turns a press photo bright blue).
#include <filesystem>
#include <string>

namespace exporter::pdf {

struct RgbPixels {
  int width = 0, height = 0;
  std::string samples;  // width × height × 3 bytes, sRGB, rows top to bottom
};

// `jpeg` holds the file's bytes; `cmyk_profile` is an ICC CMYK profile (the layout's output
// profile). Throws util::Failure naming `file` when it cannot be decoded or converted.
RgbPixels cmyk_jpeg_to_srgb(const std::string& jpeg, const std::filesystem::path& file,
                            const std::string& cmyk_profile);

}  // namespace exporter::pdf
