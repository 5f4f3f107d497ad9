#pragma once
// Shapes one line of text with HarfBuzz into a glyph run, for the words the writer sets itself
// (the slug line). Document text comes shaped from layout; this is only for printer's marks.
#include <string>

#include "draw/items.hpp"

namespace exporter::pdf_print {

// `face` is the font at `font` in the writer's font list. The run's baseline starts at
// `origin`. Throws util::Failure when the font file cannot be read.
draw::GlyphRun shape_line(const draw::FontFace& face, draw::FontId font, double size, draw::Point origin,
                          const std::string& text, draw::Paint paint);

// The advance width of a run, from its first glyph to the end of its last.
double run_width(const draw::GlyphRun& run);

}  // namespace exporter::pdf_print
