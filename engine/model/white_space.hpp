#pragma once
// White space in running text. XML white space (space, tab, CR, LF) is layout of the source
// file, not of the page: runs of it become one space, across element boundaries
// (`a <b> b</b>` gives "a " then "b"), and it goes at both ends of a translation and around a
// line break. Other spaces (U+00A0 no-break, U+3000 ideographic) are content and stay.
#include <vector>

#include "model/text.hpp"

namespace model {

// Collapses in place and drops text nodes left empty.
void collapse_white_space(std::vector<Inline>& content);

// True when the content prints something: a character or a number.
bool has_content(const std::vector<Inline>& content);

}  // namespace model
