#pragma once
// The engine's own font configuration, loaded once for all text tests.
#include "engine_fonts.hpp"
#include "text/font_config.hpp"
#include "text/font_set.hpp"
#include "text/paragraph.hpp"

namespace text_test {

inline const text::FontConfig& font_config() { return test_support::engine_fonts(); }

inline text::TextStyle style(const std::string& family, const std::string& lang, double size = 10) {
  text::TextStyle s;
  s.family = family;
  s.language = lang;
  s.size = size;
  return s;
}

inline text::Paragraph set(text::FontSet& fonts, const std::string& utf8, const text::TextStyle& s,
                           double width, util::Diagnostics& diagnostics,
                           text::Align align = text::Align::left, double leading = 14) {
  text::StyledText styled;
  styled.append(utf8, s, {"test.xml", 7, 0});
  text::ParagraphFormat format;
  format.width = width;
  format.align = align;
  format.leading = leading;
  return text::typeset(fonts, styled, format, diagnostics);
}

inline std::string line_text(const text::Line& line) {
  std::string out;
  for (const auto& run : line.runs)
    for (const auto& c : run.clusters) out += c.text;
  return out;
}

}  // namespace text_test
