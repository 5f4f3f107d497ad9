#include "export/cairo/image_cache.hpp"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <map>
#include <mutex>

#include "export/cairo/jpeg_image.hpp"
#include "export/cairo/png_image.hpp"

namespace exporter::cairo {

ImageCache::ImageCache(std::vector<draw::ImageResource> images)
    : images_(std::move(images)), decoded_(images_.size()), max_width_px_(images_.size(), 0) {}

std::vector<int> screen_widths(const draw::Document& document, double ppi) {
  std::vector<double> widest(document.images.size(), 0);  // points
  for (const auto& page : document.pages)
    for (const auto& item : page.items)
      if (const auto* placed = std::get_if<draw::ImagePlacement>(&item.content); placed && placed->image < widest.size())
        widest[placed->image] = std::max(widest[placed->image], placed->rect.width);
  std::vector<int> widths(document.images.size(), 0);
  for (std::size_t i = 0; i < widths.size(); ++i)
    if (ppi > 0 && document.images[i].format == draw::ImageFormat::png)
      widths[i] = static_cast<int>(std::ceil(widest[i] / 72.0 * ppi));
  return widths;
}

void ImageCache::limit_resolution(const draw::Document& document, double ppi) {
  std::vector<int> widths = screen_widths(document, ppi);
  widths.resize(images_.size(), 0);
  max_width_px_ = std::move(widths);
}

// Scales `image` to `width` pixels (height in proportion). Cairo's GOOD filter averages the
// pixels it drops when scaling this far down, and is many times faster than BEST.
static Surface scaled_down(cairo_surface_t* image, int width) {
  const int w = cairo_image_surface_get_width(image), h = cairo_image_surface_get_height(image);
  const int height = std::max(1, static_cast<int>(std::lround(static_cast<double>(h) * width / w)));
  Surface scaled(cairo_image_surface_create(cairo_image_surface_get_format(image), width, height));
  Context cr(cairo_create(scaled.get()));
  cairo_scale(cr.get(), static_cast<double>(width) / w, static_cast<double>(height) / h);
  cairo_set_source_surface(cr.get(), image, 0, 0);
  cairo_pattern_set_filter(cairo_get_source(cr.get()), CAIRO_FILTER_GOOD);
  cairo_pattern_set_extend(cairo_get_source(cr.get()), CAIRO_EXTEND_PAD);
  cairo_set_operator(cr.get(), CAIRO_OPERATOR_SOURCE);
  cairo_paint(cr.get());
  cairo_surface_flush(scaled.get());
  return scaled;
}

// Files decoded once per process: a job paints each image for its digital PDF, its previews
// and its contact sheet, and inflating a 600 ppi PNG costs more than painting it three times.
// Jobs run in processes of their own, so this holds one job's images (or, with --jobs 1, the
// images every job shares).
static Surface decoded_file(const draw::ImageResource& image) {
  static std::mutex mutex;
  static std::map<std::filesystem::path, Surface> decoded;
  std::lock_guard lock(mutex);
  Surface& slot = decoded[image.file];
  if (!slot) slot = image.format == draw::ImageFormat::jpeg ? decode_jpeg(image.file) : decode_png(image.file);
  return Surface(cairo_surface_reference(slot.get()));
}

cairo_surface_t* ImageCache::surface(draw::ImageId id) {
  Surface& slot = decoded_.at(id);
  if (!slot) {
    const draw::ImageResource& image = images_.at(id);
    slot = decoded_file(image);
    // Only when it saves something worth a second look: a fifth more pixels than needed.
    const int limit = max_width_px_.at(id);
    if (limit > 0 && cairo_image_surface_get_width(slot.get()) > limit * 5 / 4) slot = scaled_down(slot.get(), limit);
  }
  return slot.get();
}

}  // namespace exporter::cairo
