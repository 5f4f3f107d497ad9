#include "draw/page_label.hpp"

#include <algorithm>
#include <array>
#include <utility>

namespace draw {

std::string lower_roman(int n) {
  if (n < 1 || n > 3999) return std::to_string(n);
  static constexpr std::array<std::pair<int, const char*>, 13> numerals{{{1000, "m"}, {900, "cm"},
      {500, "d"}, {400, "cd"}, {100, "c"}, {90, "xc"}, {50, "l"}, {40, "xl"}, {10, "x"}, {9, "ix"},
      {5, "v"}, {4, "iv"}, {1, "i"}}};
  std::string out;
  for (const auto& [value, letters] : numerals)
    for (; n >= value; n -= value) out += letters;
  return out;
}

std::string page_label(const draw::Document& document, std::size_t index) {
  const draw::Page& page = document.pages.at(index);
  if (!page.label.empty()) return page.label;
  const std::string position = std::to_string(index + 1);
  const bool taken = std::any_of(document.pages.begin(), document.pages.end(),
                                 [&](const draw::Page& p) { return p.label == position; });
  return taken ? lower_roman(static_cast<int>(index + 1)) : position;
}

}  // namespace draw
