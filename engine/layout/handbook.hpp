#pragma once
// The handbook: a saddle-stitched booklet. Outside and inside covers, contents, chapters opening
// on right-hand pages, running heads and folios, page count padded to a multiple of four.
#include "draw/document.hpp"
#include "layout/style_resolver.hpp"
#include "model/publication.hpp"
#include "text/font_set.hpp"

namespace layout {

void compose_handbook(const model::Publication& publication, StyleResolver& styles, text::FontSet& fonts);

}  // namespace layout
