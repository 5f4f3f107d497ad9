#pragma once
// A glyph run in the form cairo_show_text_glyphs() takes: glyphs plus the source text and the
// clusters that tie them together. That is what lets Cairo's PDF surface write ToUnicode maps
// and ActualText, so readers can search and copy ligatures, CJK and Vietnamese marks.
#include <cairo.h>

#include <string>
#include <vector>

#include "draw/items.hpp"

namespace exporter::cairo {

struct GlyphText {
  std::vector<cairo_glyph_t> glyphs;
  std::string utf8;                           // the clusters' text, in glyph order
  std::vector<cairo_text_cluster_t> clusters;  // empty when the run's clusters are unusable

  bool has_text() const { return !clusters.empty(); }
};

// Converts `run`. Its clusters are used only when they cover every glyph in order with valid
// UTF-8 (what Cairo requires); otherwise the glyphs are still drawn, only without text.
GlyphText glyph_text(const draw::GlyphRun& run);

}  // namespace exporter::cairo
