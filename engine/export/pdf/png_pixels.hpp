#pragma once
// A PNG file decoded to 8-bit gray or RGB samples and a separate alpha channel, ready to be
// deflated into an image XObject and its /SMask.
#include <filesystem>
#include <string>

namespace exporter::pdf {

struct PngPixels {
  int width = 0, height = 0;
  int channels = 0;    // 1 (gray) or 3 (RGB, sRGB-encoded)
  std::string samples;  // width × height × channels bytes, rows top to bottom
  std::string alpha;    // width × height bytes; empty when every pixel is opaque
};

// Palettes, tRNS, 16-bit and gamma are resolved by libpng. Throws util::Failure naming the
// file when it cannot be read or decoded.
PngPixels decode_png(const std::filesystem::path& file);

}  // namespace exporter::pdf
