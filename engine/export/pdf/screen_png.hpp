#pragma once
// PNGs for the screen edition, made once per process: a job writes six languages from the same
// pictures, and decoding, scaling and deflating a 300 ppi PNG costs more than the rest of its
// page (measured: 3.1 → see DESIGN.md for the handbook in six languages on one core).
#include <filesystem>
#include <memory>
#include <string>

namespace exporter::pdf {

struct ScreenPng {
  int width = 0, height = 0;
  int channels = 0;              // 1 or 3
  std::string deflated_samples;  // zlib streams, ready for /FlateDecode
  std::string deflated_alpha;    // empty when opaque
};

// The PNG at most `max_width` pixels wide (0: as it is). Shared by every caller asking the
// same. Throws util::Failure naming the file when it cannot be decoded.
std::shared_ptr<const ScreenPng> screen_png(const std::filesystem::path& file, int max_width);

}  // namespace exporter::pdf
