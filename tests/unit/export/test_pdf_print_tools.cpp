#include "test_pdf_print_tools.hpp"

#include <sys/wait.h>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <stdexcept>

namespace print_tools {

CommandResult run(const std::string& command) {
  CommandResult result;
  FILE* pipe = popen((command + " 2>&1").c_str(), "r");
  if (!pipe) return result;
  char buffer[4096];
  std::size_t n;
  while ((n = fread(buffer, 1, sizeof buffer, pipe)) > 0) result.output.append(buffer, n);
  const int status = pclose(pipe);
  result.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return result;
}

std::string quoted(const std::filesystem::path& path) {
  std::string out = "'";
  for (char c : path.string()) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

// Baseline TIFF (TIFF 6.0, section 2): one IFD, 8-bit gray, uncompressed strips.
Plate::Plate(const std::filesystem::path& tiff) {
  std::ifstream in(tiff, std::ios::binary);
  const std::string data((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (data.size() < 8) throw std::runtime_error("not a TIFF file: " + tiff.string());
  const bool little = data[0] == 'I';
  auto u = [&](std::size_t at, int size) {
    if (at + size > data.size()) throw std::runtime_error("truncated TIFF: " + tiff.string());
    std::uint32_t v = 0;
    for (int i = 0; i < size; ++i) {
      const auto byte = static_cast<std::uint8_t>(data[at + (little ? size - 1 - i : i)]);
      v = (v << 8) | byte;
    }
    return v;
  };
  const std::size_t ifd = u(4, 4);
  const std::uint32_t entries = u(ifd, 2);
  std::uint32_t bits = 1, compression = 1, photometric = 0, samples = 1;
  std::vector<std::uint32_t> offsets, counts;
  for (std::uint32_t e = 0; e < entries; ++e) {
    const std::size_t at = ifd + 2 + 12 * e;
    const std::uint32_t tag = u(at, 2), type = u(at + 2, 2), count = u(at + 4, 4);
    const int size = type == 3 ? 2 : 4;
    auto values = [&] {
      std::vector<std::uint32_t> v;
      const std::size_t base = count * size <= 4 ? at + 8 : u(at + 8, 4);
      for (std::uint32_t i = 0; i < count; ++i) v.push_back(u(base + i * size, size));
      return v;
    };
    switch (tag) {
      case 256: width_ = static_cast<int>(values()[0]); break;
      case 257: height_ = static_cast<int>(values()[0]); break;
      case 258: bits = values()[0]; break;
      case 259: compression = values()[0]; break;
      case 262: photometric = values()[0]; break;
      case 273: offsets = values(); break;
      case 277: samples = values()[0]; break;
      case 279: counts = values(); break;
      default: break;
    }
  }
  if (bits != 8 || samples != 1 || compression != 1 || offsets.size() != counts.size())
    throw std::runtime_error("expected an uncompressed 8-bit gray TIFF: " + tiff.string());
  std::string pixels;
  for (std::size_t s = 0; s < offsets.size(); ++s) pixels += data.substr(offsets[s], counts[s]);
  if (pixels.size() < static_cast<std::size_t>(width_) * height_) throw std::runtime_error("short TIFF: " + tiff.string());
  ink_.resize(static_cast<std::size_t>(width_) * height_);
  for (std::size_t i = 0; i < ink_.size(); ++i) {
    const auto v = static_cast<std::uint8_t>(pixels[i]);
    ink_[i] = photometric == 0 ? v : static_cast<std::uint8_t>(255 - v);  // 0: WhiteIsZero
  }
}

int Plate::max_ink(int left, int top, int right, int bottom) const {
  left = std::clamp(left, 0, width_);
  right = std::clamp(right, 0, width_);
  top = std::clamp(top, 0, height_);
  bottom = std::clamp(bottom, 0, height_);
  int best = 0;
  for (int y = top; y < bottom; ++y)
    for (int x = left; x < right; ++x) best = std::max(best, ink(x, y));
  return best;
}

}  // namespace print_tools
