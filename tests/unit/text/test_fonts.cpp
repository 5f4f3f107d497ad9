#include <catch2/catch.hpp>

#include <set>

#include "text_fixture.hpp"

using namespace text_test;

TEST_CASE("the private font configuration offers exactly the Noto families the layouts name") {
  const auto& families = font_config().families();
  for (const char* f : {"Noto Serif", "Noto Sans", "Noto Serif CJK SC", "Noto Serif CJK JP", "Noto Serif CJK KR",
                        "Noto Sans CJK SC", "Noto Sans CJK JP", "Noto Sans CJK KR"})
    CHECK(families.count(f) == 1);
  // Nothing else from the machine leaks in.
  CHECK(families.count("DejaVu Sans") == 0);
  CHECK(families.count("Noto Sans Arabic") == 0);
}

TEST_CASE("a missing font configuration is an error naming the file") {
  util::Diagnostics diagnostics;
  CHECK_FALSE(text::FontConfig::load("/nonexistent/fonts.conf", diagnostics));
  CHECK(diagnostics.contains("/nonexistent/fonts.conf"));
}

TEST_CASE("one Han character takes the Chinese, Japanese or Korean form from its language") {
  text::FontSet fonts(font_config());
  // U+6D77 海 is drawn differently in the SC, JP and KR designs.
  struct Choice { std::string lang, family, expected_family; };
  std::vector<Choice> choices = {{"zh", "Noto Serif CJK SC", "Noto Serif CJK SC"},
                                 {"ja", "Noto Serif CJK JP", "Noto Serif CJK JP"},
                                 {"ko", "Noto Serif CJK KR", "Noto Serif CJK KR"}};
  std::set<std::uint32_t> glyph_ids;
  for (const auto& c : choices) {
    util::Diagnostics diagnostics;
    auto p = set(fonts, "海", style(c.family, c.lang), 100, diagnostics);
    REQUIRE(p.lines.size() == 1);
    REQUIRE(p.lines[0].runs.size() == 1);
    const auto& run = p.lines[0].runs[0];
    CHECK(run.language == c.lang);
    const draw::FontFace& face = fonts.face(run.font);
    CHECK(face.family == c.expected_family);
    CHECK(face.file.filename() == "NotoSerifCJK-Regular.ttc");
    glyph_ids.insert(run.glyphs.at(0).id);
    CHECK(diagnostics.empty());
  }
  CHECK(glyph_ids.size() == 3);
}
