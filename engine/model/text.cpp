#include "model/text.hpp"

#include <cstdio>

namespace model {

const Translation* Text::in(std::string_view lang) const {
  const Translation* neutral = nullptr;
  for (const auto& t : translations) {
    if (t.lang == lang) return &t;
    if (t.lang.empty()) neutral = &t;
  }
  return neutral;
}

static void append_plain(const std::vector<Inline>& content, std::string& out) {
  for (const auto& node : content) {
    switch (node.kind) {
      case InlineKind::text: out += node.text; break;
      case InlineKind::line_break: out += ' '; break;
      case InlineKind::number: out += node.amount.value; break;
      case InlineKind::label: out += "{" + node.key + "}"; break;  // the words are the layout's
      default: append_plain(node.children, out);
    }
  }
}

std::string Text::plain(std::string_view lang) const {
  std::string out;
  if (const auto* t = in(lang)) append_plain(t->content, out);
  return out;
}

}  // namespace model
