#pragma once
// The clusters of a glyph run as the text layer of the PDF needs them: every glyph covered,
// and clusters that start with a combining mark folded into the cluster before them. Without
// the folding, text extraction puts a space between a letter and its accent (Russian stress
// marks, Vietnamese written with decomposed diacritics).
#include <vector>

#include "draw/items.hpp"

namespace exporter::pdf {

// In glyph order; glyphs the run's clusters leave out get a cluster with empty text.
std::vector<draw::Cluster> text_clusters(const draw::GlyphRun& run);

}  // namespace exporter::pdf
