#pragma once
// One PDF page: a document page, or a press sheet with pages placed on it.
// It knows the page boxes and maps draw coordinates (points, origin at the top-left of the
// trim, y down) to PDF user space (origin at the bottom-left of the MediaBox, y up).
#include "draw/document.hpp"

namespace exporter::pdf {

// A box in PDF user space, as the page dictionary writes it.
struct PdfBox {
  double left = 0, bottom = 0, right = 0, top = 0;
};

class Surface {
 public:
  // Trim size, bleed on every side, and room for printer's marks outside the bleed.
  Surface(double trim_width, double trim_height, double bleed, double slug);

  double trim_width() const { return trim_width_; }
  double trim_height() const { return trim_height_; }
  double bleed() const { return bleed_; }
  double slug() const { return slug_; }

  // In draw coordinates.
  draw::Rect trim_rect() const { return {0, 0, trim_width_, trim_height_}; }
  draw::Rect bleed_rect() const { return trim_rect().outset(bleed_); }
  draw::Rect media_rect() const { return bleed_rect().outset(slug_); }

  // In PDF user space; the MediaBox starts at 0 0.
  PdfBox media_box() const { return to_pdf(media_rect()); }
  PdfBox bleed_box() const { return to_pdf(bleed_rect()); }
  PdfBox trim_box() const { return to_pdf(trim_rect()); }

  draw::Point to_pdf(draw::Point p) const { return {p.x + margin_, media_height_ - margin_ - p.y}; }
  PdfBox to_pdf(const draw::Rect& r) const;

 private:
  double trim_width_, trim_height_, bleed_, slug_;
  double margin_;        // bleed + slug: where the trim starts inside the MediaBox
  double media_height_;
};

// Where a document page's own coordinates land on a surface: at `origin` on a press sheet,
// at the trim origin on its own page.
class PageSpace {
 public:
  explicit PageSpace(const Surface& surface, draw::Point origin = {}) : surface_(surface), origin_(origin) {}
  draw::Point to_pdf(draw::Point p) const { return surface_.to_pdf(draw::Point{p.x + origin_.x, p.y + origin_.y}); }

 private:
  const Surface& surface_;
  draw::Point origin_;
};

// The surface of a document page, and of a press sheet.
Surface page_surface(const draw::Page& page, const draw::PrintSetup& print);
Surface sheet_surface(const draw::Sheet& sheet, const draw::PrintSetup& print);

// Where a page placed on a sheet is clipped: to its trim, extended by the sheet's bleed only on
// the sides that are sheet edges, so a panel never bleeds into its neighbour.
draw::Rect placement_clip(const draw::Page& page, const draw::Placement& placement, const draw::Sheet& sheet);

}  // namespace exporter::pdf
