#include "export/pdf/screen_png.hpp"

#include <zlib.h>

#include <map>
#include <mutex>
#include <utility>

#include "export/pdf/downsample.hpp"
#include "export/pdf/png_pixels.hpp"
#include "util/diagnostics.hpp"

namespace exporter::pdf {
namespace {

std::string deflated(const std::string& bytes, const std::filesystem::path& file) {
  uLongf size = compressBound(static_cast<uLong>(bytes.size()));
  std::string out(size, '\0');
  if (compress2(reinterpret_cast<Bytef*>(out.data()), &size, reinterpret_cast<const Bytef*>(bytes.data()),
                static_cast<uLong>(bytes.size()), Z_DEFAULT_COMPRESSION) != Z_OK)
    util::fail({file.string(), 0, 0}, "cannot compress the image");
  out.resize(size);
  return out;
}

}  // namespace

std::shared_ptr<const ScreenPng> screen_png(const std::filesystem::path& file, int max_width) {
  static std::mutex mutex;
  static std::map<std::pair<std::filesystem::path, int>, std::shared_ptr<const ScreenPng>> made;
  std::lock_guard lock(mutex);
  auto& slot = made[{file, max_width}];
  if (slot) return slot;
  PngPixels pixels = decode_png(file);
  if (max_width > 0 && max_width < pixels.width) pixels = downsample(pixels, max_width);
  auto png = std::make_shared<ScreenPng>();
  png->width = pixels.width;
  png->height = pixels.height;
  png->channels = pixels.channels;
  png->deflated_samples = deflated(pixels.samples, file);
  if (!pixels.alpha.empty()) png->deflated_alpha = deflated(pixels.alpha, file);
  slot = png;
  return slot;
}

}  // namespace exporter::pdf
