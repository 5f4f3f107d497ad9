#include "text/styled_text.hpp"

namespace text {

void StyledText::append(std::string_view text, const TextStyle& style, const util::SourceLocation& where,
                        const std::string& link) {
  if (text.empty()) return;
  std::size_t start = text_.size();
  text_ += text;
  // Merge with the previous span when nothing changes: fewer Pango attributes, longer runs.
  if (!spans_.empty() && spans_.back().end == start && spans_.back().style == style &&
      spans_.back().link == link && spans_.back().where.line == where.line) {
    spans_.back().end = text_.size();
    return;
  }
  spans_.push_back({start, text_.size(), style, where, link});
}

void StyledText::line_break(const TextStyle& style, const util::SourceLocation& where) {
  append("\u2028", style, where);
}

const Span* StyledText::span_at(std::size_t offset) const {
  for (const auto& span : spans_)
    if (offset >= span.start && offset < span.end) return &span;
  return spans_.empty() ? nullptr : &spans_.back();
}

}  // namespace text
