#pragma once
// Decoded images for a Document, each decoded once however often it is placed.
#include <cairo.h>

#include <vector>

#include "draw/document.hpp"
#include "export/cairo/cairo_handles.hpp"

namespace exporter::cairo {

class ImageCache {
 public:
  explicit ImageCache(std::vector<draw::ImageResource> images);

  // The image surface for `id`, decoded on first use. Throws util::Failure naming the file
  // when it cannot be read. The pointer stays valid while this cache lives.
  cairo_surface_t* surface(draw::ImageId id);

 private:
  std::vector<draw::ImageResource> images_;
  std::vector<Surface> decoded_;  // by ImageId; empty until first use
};

}  // namespace exporter::cairo
