#pragma once
// Paints the display list onto any Cairo context: the PDF surface of the digital edition and
// the image surfaces of the previews share this one painter, so they cannot drift apart.
#include <cairo.h>

#include <cstddef>

#include "draw/document.hpp"
#include "export/cairo/font_cache.hpp"
#include "export/cairo/image_cache.hpp"

namespace exporter::cairo {

class PagePainter {
 public:
  // Keeps a reference to `document`; fonts and images are loaded as pages need them. PNG
  // images finer than `image_ppi` where they are placed are drawn from a copy at that
  // resolution (0 = as they are).
  explicit PagePainter(const draw::Document& document, double image_ppi = 0);

  // Paints page `index` in user space units of points, its trim's top-left corner at the
  // current origin, clipped to the trim (screens show the trim; bleed is for the printer).
  // Paper is left to the caller: white for previews, nothing in a PDF.
  // Throws util::Failure when a font or image cannot be read or Cairo fails.
  void paint_page(cairo_t* cr, std::size_t index);

  // Paints every page placed on `sheet`, each clipped to its own trim so that a panel never
  // shows its neighbour's bleed.
  void paint_sheet(cairo_t* cr, const draw::Sheet& sheet);

 private:
  void paint(cairo_t* cr, const draw::GlyphRun& run);
  void paint(cairo_t* cr, const draw::Path& path);
  void paint(cairo_t* cr, const draw::ImagePlacement& placement);
  void set_source(cairo_t* cr, draw::Paint paint) const;

  const draw::Document& document_;
  FontCache fonts_;
  ImageCache images_;
};

}  // namespace exporter::cairo
