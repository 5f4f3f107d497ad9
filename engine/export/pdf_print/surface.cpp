#include "export/pdf_print/surface.hpp"

#include <algorithm>

namespace exporter::pdf_print {

Surface::Surface(double trim_width, double trim_height, double bleed, double slug)
    : trim_width_(trim_width),
      trim_height_(trim_height),
      bleed_(std::max(0.0, bleed)),
      slug_(std::max(0.0, slug)),
      margin_(bleed_ + slug_),
      media_height_(trim_height + 2 * margin_) {}

PdfBox Surface::to_pdf(const draw::Rect& r) const {
  draw::Point top_left = to_pdf(draw::Point{r.left(), r.top()});
  draw::Point bottom_right = to_pdf(draw::Point{r.right(), r.bottom()});
  return {top_left.x, bottom_right.y, bottom_right.x, top_left.y};
}

Surface page_surface(const draw::Page& page, const draw::PrintSetup& print) {
  return Surface(page.width, page.height, page.bleed, print.slug_height);
}

Surface sheet_surface(const draw::Sheet& sheet, const draw::PrintSetup& print) {
  return Surface(sheet.width, sheet.height, sheet.bleed, print.slug_height);
}

}  // namespace exporter::pdf_print
