#include "export/pdf/downsample.hpp"

#include <algorithm>
#include <cmath>
#include <vector>

namespace exporter::pdf {
namespace {

// Box filter over one plane of `channels` interleaved bytes per pixel.
std::string shrink(const std::string& from, int channels, int w, int h, int new_w, int new_h) {
  std::string to(static_cast<std::size_t>(new_w) * new_h * channels, '\0');
  std::vector<unsigned> sum(static_cast<std::size_t>(new_w) * channels);
  std::vector<int> x_start(new_w + 1);
  for (int x = 0; x <= new_w; ++x) x_start[x] = static_cast<int>(static_cast<long long>(x) * w / new_w);
  for (int y = 0; y < new_h; ++y) {
    const int y0 = static_cast<int>(static_cast<long long>(y) * h / new_h);
    const int y1 = std::max(y0 + 1, static_cast<int>(static_cast<long long>(y + 1) * h / new_h));
    std::fill(sum.begin(), sum.end(), 0u);
    for (int sy = y0; sy < y1; ++sy) {
      const auto* row = reinterpret_cast<const unsigned char*>(from.data()) + static_cast<std::size_t>(sy) * w * channels;
      for (int x = 0; x < new_w; ++x)
        for (int sx = x_start[x]; sx < std::max(x_start[x] + 1, x_start[x + 1]); ++sx)
          for (int c = 0; c < channels; ++c) sum[static_cast<std::size_t>(x) * channels + c] += row[sx * channels + c];
    }
    for (int x = 0; x < new_w; ++x) {
      const unsigned count = static_cast<unsigned>((y1 - y0) * std::max(1, x_start[x + 1] - x_start[x]));
      for (int c = 0; c < channels; ++c)
        to[(static_cast<std::size_t>(y) * new_w + x) * channels + c] =
            static_cast<char>((sum[static_cast<std::size_t>(x) * channels + c] + count / 2) / count);
    }
  }
  return to;
}

}  // namespace

PngPixels downsample(const PngPixels& pixels, int width) {
  if (width <= 0 || width >= pixels.width) return pixels;
  const int height = std::max(1, static_cast<int>(std::lround(static_cast<double>(pixels.height) * width / pixels.width)));
  PngPixels out;
  out.width = width;
  out.height = height;
  out.channels = pixels.channels;
  out.samples = shrink(pixels.samples, pixels.channels, pixels.width, pixels.height, width, height);
  if (!pixels.alpha.empty()) out.alpha = shrink(pixels.alpha, 1, pixels.width, pixels.height, width, height);
  return out;
}

}  // namespace exporter::pdf
