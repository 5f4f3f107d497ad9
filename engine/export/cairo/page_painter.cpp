#include "export/cairo/page_painter.hpp"

#include <string>
#include <variant>

#include "export/cairo/glyph_text.hpp"
#include "export/cairo/screen_color.hpp"

namespace exporter::cairo {
namespace {

// Glyph positions come from the layout, measured unhinted at 1 pt per unit: hinting here
// would move glyphs away from where the line breaker put them.
void use_layout_font_metrics(cairo_t* cr) {
  FontOptions options(cairo_font_options_create());
  cairo_font_options_set_hint_style(options.get(), CAIRO_HINT_STYLE_NONE);
  cairo_font_options_set_hint_metrics(options.get(), CAIRO_HINT_METRICS_OFF);
  cairo_set_font_options(cr, options.get());
}

void trace(cairo_t* cr, const draw::Path& path) {
  using Op = draw::PathSegment::Op;
  for (const draw::PathSegment& s : path.segments) {
    switch (s.op) {
      case Op::move: cairo_move_to(cr, s.p[0].x, s.p[0].y); break;
      case Op::line: cairo_line_to(cr, s.p[0].x, s.p[0].y); break;
      case Op::curve: cairo_curve_to(cr, s.p[0].x, s.p[0].y, s.p[1].x, s.p[1].y, s.p[2].x, s.p[2].y); break;
      case Op::close: cairo_close_path(cr); break;
    }
  }
}

bool draws_on_pixels(cairo_t* cr) {
  return cairo_surface_get_type(cairo_get_target(cr)) == CAIRO_SURFACE_TYPE_IMAGE;
}

}  // namespace

PagePainter::PagePainter(const draw::Document& document, double image_ppi)
    : document_(document), fonts_(document.fonts), images_(document.images) {
  images_.limit_resolution(document, image_ppi);
}

void PagePainter::paint_page(cairo_t* cr, std::size_t index) {
  const draw::Page& page = document_.pages.at(index);
  cairo_save(cr);
  use_layout_font_metrics(cr);
  cairo_rectangle(cr, 0, 0, page.width, page.height);
  cairo_clip(cr);
  for (const draw::Item& item : page.items)
    std::visit([&](const auto& content) { paint(cr, content); }, item.content);
  cairo_restore(cr);
  check(cairo_status(cr), "cannot draw page " + std::to_string(index + 1));
}

void PagePainter::paint_sheet(cairo_t* cr, const draw::Sheet& sheet) {
  for (const draw::Placement& placement : sheet.placements) {
    cairo_save(cr);
    cairo_translate(cr, placement.origin.x, placement.origin.y);
    paint_page(cr, static_cast<std::size_t>(placement.page));
    cairo_restore(cr);
  }
}

void PagePainter::set_source(cairo_t* cr, draw::Paint paint) const {
  const draw::Rgb rgb = screen_color(document_.swatch(paint), paint.tint);
  cairo_set_source_rgb(cr, rgb.r, rgb.g, rgb.b);
}

void PagePainter::paint(cairo_t* cr, const draw::GlyphRun& run) {
  if (run.glyphs.empty()) return;
  const GlyphText text = glyph_text(run);
  set_source(cr, run.fill);
  cairo_set_font_face(cr, fonts_.face(run.font));
  cairo_matrix_t font_matrix;
  cairo_matrix_init_scale(&font_matrix, run.size * run.horizontal_scale, run.size);
  cairo_set_font_matrix(cr, &font_matrix);
  const int glyph_count = static_cast<int>(text.glyphs.size());
  if (text.has_text())
    cairo_show_text_glyphs(cr, text.utf8.data(), static_cast<int>(text.utf8.size()), text.glyphs.data(),
                           glyph_count, text.clusters.data(), static_cast<int>(text.clusters.size()),
                           cairo_text_cluster_flags_t{});
  else
    cairo_show_glyphs(cr, text.glyphs.data(), glyph_count);
}

void PagePainter::paint(cairo_t* cr, const draw::Path& path) {
  if (path.segments.empty() || (!path.fill && !path.stroke)) return;
  cairo_save(cr);
  trace(cr, path);
  if (path.fill) {
    set_source(cr, *path.fill);
    cairo_fill_preserve(cr);
  }
  if (path.stroke) {
    set_source(cr, path.stroke->paint);
    cairo_set_line_width(cr, path.stroke->width);
    cairo_set_dash(cr, path.stroke->dash.data(), static_cast<int>(path.stroke->dash.size()), 0);
    cairo_stroke_preserve(cr);
  }
  cairo_new_path(cr);
  cairo_restore(cr);
}

void PagePainter::paint(cairo_t* cr, const draw::ImagePlacement& placement) {
  cairo_surface_t* image = images_.surface(placement.image);
  const int width = cairo_image_surface_get_width(image), height = cairo_image_surface_get_height(image);
  const draw::Rect& r = placement.rect;
  if (width <= 0 || height <= 0 || r.empty()) return;
  cairo_save(cr);
  cairo_rectangle(cr, r.x, r.y, r.width, r.height);
  cairo_clip(cr);
  cairo_translate(cr, r.x, r.y);
  cairo_scale(cr, r.width / width, r.height / height);
  cairo_set_source_surface(cr, image, 0, 0);
  // On pixels, padding keeps scaled edges from fading into transparency. Not in a PDF: there
  // Cairo would pad by re-encoding the image, losing the JPEG pass-through.
  if (draws_on_pixels(cr)) cairo_pattern_set_extend(cairo_get_source(cr), CAIRO_EXTEND_PAD);
  cairo_paint(cr);
  cairo_restore(cr);
}

}  // namespace exporter::cairo
