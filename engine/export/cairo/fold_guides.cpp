#include "export/cairo/fold_guides.hpp"

#include <array>

namespace exporter::cairo {
namespace {

void fold_line(cairo_t* cr, double x, double top, double bottom) {
  cairo_move_to(cr, x, top);
  cairo_line_to(cr, x, bottom);
}

}  // namespace

void draw_fold_guides(cairo_t* cr, const draw::Document& document, const draw::Sheet& sheet) {
  cairo_save(cr);
  for (const draw::Fold& fold : sheet.folds) fold_line(cr, fold.x, 0, sheet.height);
  for (const draw::Placement& placement : sheet.placements) {
    const draw::Page& page = document.pages.at(static_cast<std::size_t>(placement.page));
    for (const draw::Fold& fold : page.folds)
      fold_line(cr, placement.origin.x + fold.x, placement.origin.y, placement.origin.y + page.height);
  }
  static constexpr std::array<double, 2> dash{3, 2};
  cairo_set_source_rgb(cr, 0.45, 0.45, 0.45);
  cairo_set_line_width(cr, 0.3);
  cairo_set_dash(cr, dash.data(), static_cast<int>(dash.size()), 0);
  cairo_stroke(cr);
  cairo_restore(cr);
}

}  // namespace exporter::cairo
