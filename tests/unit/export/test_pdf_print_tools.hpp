#pragma once
// Independent oracles for the print writer's tests: command-line tools run through popen
// (qpdf, poppler, Ghostscript), and a reader for the uncompressed TIFF plates Ghostscript's
// tiffsep device writes.
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace print_tools {

struct CommandResult {
  int status = -1;     // exit status
  std::string output;  // stdout and stderr together
};

// Runs `command` with /bin/sh.
CommandResult run(const std::string& command);

// `path` quoted for the shell.
std::string quoted(const std::filesystem::path& path);

// One plate of a separation: ink coverage 0 (none) to 255 (solid) per pixel.
class Plate {
 public:
  explicit Plate(const std::filesystem::path& tiff);  // throws std::runtime_error
  int width() const { return width_; }
  int height() const { return height_; }
  int ink(int x, int y) const { return ink_[static_cast<std::size_t>(y) * width_ + x]; }
  // Largest ink value in a rectangle given in pixels (clamped to the plate).
  int max_ink(int left, int top, int right, int bottom) const;

 private:
  int width_ = 0, height_ = 0;
  std::vector<std::uint8_t> ink_;
};

}  // namespace print_tools
