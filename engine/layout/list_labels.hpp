#pragma once
// The labels of numbered lists: a counter in the list's numbering (decimal, the language's
// alphabet, roman) in the language's label pattern ("{n}." or "{n})"), optionally after the
// label of the item the list is nested in ("1.2.").
#include <string>

#include "model/blocks.hpp"
#include "style/layout.hpp"

namespace layout {

// The counter alone: 3 → "3", "c", "C", "iii", "III". Letters past the end of the alphabet
// double up ("aa", "ab", …) as in CSS lower-alpha.
std::string list_counter(model::Numbering numbering, int n, const style::LanguageSettings& language);

// The printed label of item number `n`; `parent` is the enclosing item's label when the list
// inherits it (its trailing punctuation kept: "1." + "2" + "." = "1.2.").
std::string list_label(const model::List& list, int n, const std::string& parent,
                       const style::LanguageSettings& language);

}  // namespace layout
