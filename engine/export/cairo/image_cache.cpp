#include "export/cairo/image_cache.hpp"

#include "export/cairo/jpeg_image.hpp"
#include "export/cairo/png_image.hpp"

namespace exporter::cairo {

ImageCache::ImageCache(std::vector<draw::ImageResource> images)
    : images_(std::move(images)), decoded_(images_.size()) {}

cairo_surface_t* ImageCache::surface(draw::ImageId id) {
  Surface& slot = decoded_.at(id);
  if (!slot) {
    const draw::ImageResource& image = images_.at(id);
    slot = image.format == draw::ImageFormat::jpeg ? decode_jpeg(image.file) : decode_png(image.file);
  }
  return slot.get();
}

}  // namespace exporter::cairo
