#include "layout/runt.hpp"

namespace layout {
namespace {

bool continuation_byte(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// Byte offset where the bound tail starts: after the second-last space, or four characters
// from the end when the tail holds no space.
std::size_t tail_start(const std::string& s) {
  std::size_t end = s.find_last_not_of(' ');
  if (end == std::string::npos) return 0;
  const std::size_t last_space = s.rfind(' ', end);
  if (last_space != std::string::npos) {
    const std::size_t before = s.find_last_not_of(' ', last_space);
    if (before == std::string::npos) return 0;
    const std::size_t second = s.rfind(' ', before);
    // A long tail (a title ending in a long run without spaces) would not fit a line; bind only
    // the last word then, which still keeps a single short word off its own line.
    return second == std::string::npos ? 0 : second + 1;
  }
  std::size_t at = s.size();
  for (int chars = 0; chars < 4 && at > 0;) {
    --at;
    if (!continuation_byte(s[at])) ++chars;
  }
  return at;
}

}  // namespace

text::StyledText without_runt(const text::StyledText& text) {
  const std::string& s = text.utf8();
  const std::size_t from = tail_start(s);
  if (from == 0) return text;
  text::StyledText out;
  for (const text::Span& span : text.spans()) {
    auto piece = [&](std::size_t a, std::size_t b, bool bound) {
      if (a >= b) return;
      text::TextStyle style = span.style;
      style.no_break = style.no_break || bound;
      out.append(std::string_view(s).substr(a, b - a), style, span.where, span.link);
    };
    piece(span.start, std::min(span.end, from), false);
    piece(std::max(span.start, from), span.end, true);
  }
  return out;
}

}  // namespace layout
