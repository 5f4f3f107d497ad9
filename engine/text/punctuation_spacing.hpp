#pragma once
// Adjacent CJK punctuation (JLReq 3.1.4, clreq 3.2.3): a full-width comma, full stop or bracket
// carries half an em of blank beside its mark, so two of them in a row show a full em of
// nothing ("）、", "。」", "、「"). Set solid, one of the two gives up its blank half: the font's
// own half-width alternate (the OpenType `halt` feature) knows on which side the blank is.
#include <cstddef>
#include <vector>

namespace text {

// Full-width opening brackets: the mark stands in the right half of the em box.
bool is_cjk_opening_bracket(char32_t c);
// Full-width closing brackets, commas and full stops: the mark stands in the left half.
bool is_cjk_closing_punctuation(char32_t c);

// Indices of the characters of `chars` to set at half width: the first of a closing mark
// followed by a closing or an opening one, the second of two opening brackets.
std::vector<std::size_t> halved_punctuation(const std::vector<char32_t>& chars);

}  // namespace text
