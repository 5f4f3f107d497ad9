#pragma once
// Layout: flows one language of a publication into pages of a draw::Document.
#include <optional>
#include <string>

#include "draw/document.hpp"
#include "model/publication.hpp"
#include "style/layout.hpp"
#include "text/font_set.hpp"
#include "util/diagnostics.hpp"

namespace layout {

// nullopt when findings block output (overset text, missing glyphs, missing images, …); every
// finding is in `diagnostics`. The document serves every edition: pages in reading order for
// screens, and sheets (leaflets) for the press.
std::optional<draw::Document> lay_out(const model::Publication& publication, const style::Layout& layout,
                                      const std::string& language, text::FontSet& fonts,
                                      util::Diagnostics& diagnostics);

}  // namespace layout
