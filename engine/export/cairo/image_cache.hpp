#pragma once
// Decoded images for a Document, each decoded once however often it is placed.
#include <cairo.h>

#include <vector>

#include "draw/document.hpp"
#include "export/cairo/cairo_handles.hpp"

namespace exporter::cairo {

// The width in pixels each image of `document` is drawn from on screens (by ImageId): a PNG at
// `ppi` at the largest size the document places it; 0 = every pixel (JPEGs, and `ppi` 0). So
// a page's pixels depend on where else its images are placed (see png/page_digest.hpp).
std::vector<int> screen_widths(const draw::Document& document, double ppi);

class ImageCache {
 public:
  explicit ImageCache(std::vector<draw::ImageResource> images);

  // Screens need no print resolution: PNGs are scaled down, once, to `ppi` at the largest size
  // `document` places them (0 = keep every pixel). JPEGs keep their bytes, which a PDF embeds
  // as they are.
  void limit_resolution(const draw::Document& document, double ppi);

  // The image surface for `id`, decoded on first use. Throws util::Failure naming the file
  // when it cannot be read. The pointer stays valid while this cache lives.
  cairo_surface_t* surface(draw::ImageId id);

 private:
  std::vector<draw::ImageResource> images_;
  std::vector<Surface> decoded_;  // by ImageId; empty until first use
  std::vector<int> max_width_px_;  // by ImageId; 0 = no limit
};

}  // namespace exporter::cairo
