#pragma once
// What readers call a page: the PDF viewer's page box and the contact sheet show the same name.
#include <cstddef>
#include <string>

#include "draw/document.hpp"

namespace draw {

// The folio of page `index` (0-based) when it has one. An unnumbered page (cover, blank) is
// named by its position in the document, "1" for the first page, unless a folio already says
// that number: then it becomes the lower-case roman numeral of its position ("i"), the book
// convention for unnumbered pages, so that "go to page 1" always lands on the folio 1.
std::string page_label(const draw::Document& document, std::size_t index);

// "i", "ii", "iv", "xlii" for 1 ≤ n ≤ 3999; the decimal number otherwise.
std::string lower_roman(int n);

}  // namespace draw
