#include "text/punctuation_spacing.hpp"

namespace text {

bool is_cjk_opening_bracket(char32_t c) {
  switch (c) {
    case U'（': case U'〔': case U'［': case U'｛': case U'〈': case U'《': case U'「': case U'『':
    case U'【': case U'〖': case U'〘': case U'〝': case U'｟':
      return true;
    default:
      return false;
  }
}

bool is_cjk_closing_punctuation(char32_t c) {
  switch (c) {
    case U'）': case U'〕': case U'］': case U'｝': case U'〉': case U'》': case U'」': case U'』':
    case U'】': case U'〗': case U'〙': case U'〟': case U'｠':
    case U'、': case U'，': case U'。': case U'．':
      return true;
    default:
      return false;
  }
}

std::vector<std::size_t> halved_punctuation(const std::vector<char32_t>& chars) {
  std::vector<std::size_t> halved;
  for (std::size_t i = 0; i + 1 < chars.size(); ++i) {
    const char32_t mark = chars[i], next = chars[i + 1];
    // "）、" "。」" "、「": the blank after the first mark already separates them.
    if (is_cjk_closing_punctuation(mark) && (is_cjk_closing_punctuation(next) || is_cjk_opening_bracket(next)))
      halved.push_back(i);
    // "「（": the second bracket's blank before its mark would double the first's.
    else if (is_cjk_opening_bracket(mark) && is_cjk_opening_bracket(next))
      halved.push_back(i + 1);
  }
  return halved;
}

}  // namespace text
