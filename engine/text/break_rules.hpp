#pragma once
// Where a language must not break a line, as the layout's language settings say it
// (<language units="ha km …" keep-with-next="в с к …">), so a designer can add a case without
// touching C++.
#include <string>
#include <vector>

namespace text {

struct BreakRules {
  // Words and signs that stay on the line of the number before them ("117 ha", "39件", "1 万").
  // An entry is matched at the start of the text after the number and its space; the class
  // names "ideograph", "kana" and "hangul" match any one character of that class.
  std::vector<std::string> units;
  // Short words that stay with the word after them (ru "с 1 июля", "в Куангнгае"); compared
  // without regard to case.
  std::vector<std::string> keep_with_next;
  // Words after which a break is allowed but costs as much as a hyphen (ru "для", "при"): kept
  // with the next word where the paragraph can afford it, not at the price of a 5× loose line.
  std::vector<std::string> prefer_with_next;
};

}  // namespace text
