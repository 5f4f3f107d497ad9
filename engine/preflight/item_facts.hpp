#pragma once
// What the document checks ask of pages and items: a walk over every item with its page
// number, an item's extent, the words of a glyph run, and lengths the way a designer reads
// them.
#include <array>
#include <string>
#include <vector>

#include "draw/document.hpp"

namespace preflight {

// `visit(page_number, page, item)` for every item of every page; page numbers are 1-based.
template <class Visit>
void for_each_item(const draw::Document& document, Visit visit) {
  for (std::size_t i = 0; i < document.pages.size(); ++i)
    for (const draw::Item& item : document.pages[i].items) visit(static_cast<int>(i + 1), document.pages[i], item);
}

// The paints an item uses: a run's fill, a path's fill and stroke; none for images.
std::vector<draw::Paint> item_paints(const draw::Item& item);

// Ink bounds of text, control-point bounds (with stroke) of paths, the rectangle of images.
draw::Rect item_bounds(const draw::Item& item);

// The run's text, cut to about `limit` characters: "Khu kinh tế Dung Quất có…".
std::string text_excerpt(const draw::GlyphRun& run, std::size_t limit = 32);

// Where the item came from: its own source, else its structure element's; may be unknown.
util::SourceLocation item_source(const draw::Document& document, const draw::Item& item);

// The process inks a swatch at a tint puts down, C M Y K (registration: all four). A tint under
// half a percent puts down nothing.
std::array<bool, 4> inks_of(const draw::Swatch& swatch, double tint);
int ink_count(const draw::Swatch& swatch, double tint);

// "2.1 mm"
std::string mm_text(double points);
// "305 %" for a coverage of 3.05
std::string percent_text(double fraction);
// "100/55/0/30"
std::string cmyk_text(const draw::Cmyk& cmyk);

}  // namespace preflight
