#pragma once
// Leaflets and flyers: fixed panels on press sheets. Each panel's content is flowed into the
// panel's frame; text that does not fit is shrunk within the layout's limits (copy-fitting,
// reported) or is an overset error. Pages come in reading order; sheets place the panels for
// the press.
#include "layout/style_resolver.hpp"
#include "model/publication.hpp"
#include "text/font_set.hpp"

namespace layout {

void compose_panels(const model::Publication& publication, StyleResolver& styles, text::FontSet& fonts);

}  // namespace layout
