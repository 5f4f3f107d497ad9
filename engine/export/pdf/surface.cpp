#include "export/pdf/surface.hpp"

#include <algorithm>
#include <cmath>

namespace exporter::pdf {

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

draw::Rect placement_clip(const draw::Page& page, const draw::Placement& placement, const draw::Sheet& sheet) {
  constexpr double edge = 0.01;
  const draw::Rect trim{placement.origin.x, placement.origin.y, page.width, page.height};
  double left = trim.left(), top = trim.top(), right = trim.right(), bottom = trim.bottom();
  if (std::abs(trim.left()) < edge) left -= sheet.bleed;
  if (std::abs(trim.top()) < edge) top -= sheet.bleed;
  if (std::abs(trim.right() - sheet.width) < edge) right += sheet.bleed;
  if (std::abs(trim.bottom() - sheet.height) < edge) bottom += sheet.bleed;
  return {left, top, right - left, bottom - top};
}

}  // namespace exporter::pdf
