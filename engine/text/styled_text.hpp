#pragma once
// The input of a paragraph: UTF-8 text with style spans, each span knowing its source line.
#include <string>
#include <string_view>
#include <vector>

#include "draw/color.hpp"
#include "util/source_location.hpp"

namespace text {

struct TextStyle {
  std::string family;  // fontconfig family chain, "Noto Serif CJK JP, Noto Serif"
  int weight = 400;
  bool italic = false;
  double size = 10;  // pt
  draw::Paint paint;
  std::string language;  // BCP 47; selects glyph forms (Han in zh/ja/ko) and line breaking
  double letter_spacing = 0;  // pt
  double baseline_shift = 0;  // pt, positive = up
  bool no_break = false;  // no line break inside
  bool operator==(const TextStyle&) const = default;
};

struct Span {
  std::size_t start = 0, end = 0;  // byte range in StyledText::utf8()
  TextStyle style;
  util::SourceLocation where;
  std::string link;  // "https://…", "mailto:…", "#id"; empty = none
};

class StyledText {
 public:
  void append(std::string_view text, const TextStyle& style, const util::SourceLocation& where,
              const std::string& link = {});
  // A forced line break inside the paragraph (<br/>), as U+2028 LINE SEPARATOR.
  void line_break(const TextStyle& style, const util::SourceLocation& where);

  const std::string& utf8() const { return text_; }
  const std::vector<Span>& spans() const { return spans_; }
  bool empty() const { return text_.empty(); }
  // The span covering byte `offset` (the last one when offset is at the end).
  const Span* span_at(std::size_t offset) const;

 private:
  std::string text_;
  std::vector<Span> spans_;
};

}  // namespace text
