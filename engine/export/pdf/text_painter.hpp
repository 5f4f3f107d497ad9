#pragma once
// Glyph runs as PDF text: one text position per line (and wherever the baseline moves),
// glyphs through TJ with the adjustments that put each one where layout placed it, and
// ActualText around clusters whose text the ToUnicode map cannot give back by itself.
#include "draw/items.hpp"
#include "export/pdf/canvas.hpp"
#include "export/pdf/surface.hpp"

namespace exporter::pdf {

void paint_glyph_run(Canvas& canvas, const draw::GlyphRun& run, const PageSpace& space);

// True when extraction through ToUnicode alone would not give the cluster's text back:
// ligatures, several glyphs, or a glyph whose ToUnicode entry says something else.
bool needs_actual_text(const draw::GlyphRun& run, const draw::Cluster& cluster, const GlyphUsage& usage);

}  // namespace exporter::pdf
