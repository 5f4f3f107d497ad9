#pragma once
// The ToUnicode CMap of an embedded font: which text each two-byte character code stands for,
// so viewers can search and copy the text (DESIGN.md: bfchar blocks of at most 100 entries).
#include <cstdint>
#include <map>
#include <string>

namespace exporter::pdf {

// `text_of_code`: code → UTF-8 text (one character, or several for a ligature). Empty texts
// are left out.
std::string to_unicode_cmap(const std::map<std::uint16_t, std::string>& text_of_code);

}  // namespace exporter::pdf
