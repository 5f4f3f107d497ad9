#pragma once
// The six capital letters before a subset font's name ("ABCDEF+NotoSans-Regular", PDF 1.7,
// 9.6.4). Derived from the font and its glyph set, so the same document always gets the same
// tags and two different subsets of one font get different ones.
#include <string>

#include "export/pdf/font_subset.hpp"

namespace exporter::pdf {

std::string subset_tag(const SubsetFont& font);

}  // namespace exporter::pdf
