#pragma once
// Printer's marks around a page or sheet: crop marks, registration targets, a colour bar, the
// slug line and fold marks. They are ordinary draw items in the surface's coordinates, all
// outside the bleed and inside the MediaBox, so the print shop can trim without a phone call.
#include <string>
#include <vector>

#include "draw/document.hpp"
#include "export/pdf/surface.hpp"

namespace exporter::pdf_print {

using pdf::Surface;

// The inks the marks are drawn in, appended to the writer's swatches.
struct MarkInks {
  draw::SwatchId registration = 0;  // /Separation /All
  draw::SwatchId cyan = 0, magenta = 0, yellow = 0, black = 0;
};
MarkInks add_mark_inks(std::vector<draw::Swatch>& swatches);

struct SlugLine {
  draw::FontFace face;  // Noto Sans
  draw::FontId font = 0;
  std::string text;     // "qn-handbook · vi · print · page 3/48 · 2026-01-15T00:00:00Z"
};

// Line width of crop, fold and registration marks.
constexpr double mark_line_width = 0.25;

// Empty when the layout leaves no room outside the bleed (print.slug_height too small).
std::vector<draw::Item> printer_marks(const Surface& surface, const draw::PrintSetup& print,
                                      const std::vector<draw::Fold>& folds, const MarkInks& inks,
                                      const SlugLine& slug);

}  // namespace exporter::pdf_print
