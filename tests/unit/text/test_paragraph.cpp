#include <chrono>
#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>

#include "text_fixture.hpp"
#include "text/hyphenator.hpp"

using namespace text_test;

TEST_CASE("a character no font covers is an error naming the code point, language and source line") {
  text::FontSet fonts(font_config());
  util::Diagnostics diagnostics;
  // U+1200 ETHIOPIC SYLLABLE HA: no Noto face in fonts.conf has it.
  auto p = set(fonts, "Quảng Ngãi ሀ", style("Noto Serif", "vi"), 200, diagnostics);
  CHECK(diagnostics.has_errors());
  CHECK(diagnostics.contains("test.xml:7: error: no font covers U+1200"));
  CHECK(diagnostics.contains("language \"vi\""));
  // No box is drawn in its place.
  for (const auto& run : p.lines.at(0).runs)
    for (const auto& g : run.glyphs) CHECK((g.id & PANGO_GLYPH_UNKNOWN_FLAG) == 0);
}

TEST_CASE("a character outside the font chain is reported, not silently substituted") {
  text::FontSet fonts(font_config());
  util::Diagnostics diagnostics;
  // Noto Serif has no Han: Pango finds it in a CJK face, which the chain did not name.
  set(fonts, "Dung Quất 榕", style("Noto Serif", "vi"), 200, diagnostics);
  CHECK_FALSE(diagnostics.has_errors());
  CHECK(diagnostics.contains("U+6995"));
  CHECK(diagnostics.contains("falls back to"));
}

TEST_CASE("clusters give back the source text, all six scripts") {
  text::FontSet fonts(font_config());
  struct Sample { std::string lang, family, text; };
  std::vector<Sample> samples = {
      {"vi", "Noto Serif", "Khu kinh tế Dung Quất: Ễ Ậ Ở"},
      {"en", "Noto Serif", "Efficient offices"},
      {"ru", "Noto Serif", "Экономическая зона Зунгкуат"},
      {"zh", "Noto Serif CJK SC", "广义省榕桔经济区"},
      {"ko", "Noto Serif CJK KR", "꽝응아이성 중꾸앗 경제구역"},
      {"ja", "Noto Serif CJK JP", "クアンガイ省ズンクアット経済区"},
  };
  for (const auto& s : samples) {
    util::Diagnostics diagnostics;
    auto p = set(fonts, s.text, style(s.family, s.lang), 1000, diagnostics);
    REQUIRE(p.lines.size() == 1);
    CHECK(line_text(p.lines[0]) == s.text);
    CHECK(diagnostics.empty());
  }
}

TEST_CASE("a ligature is one glyph standing for several characters") {
  text::FontSet fonts(font_config());
  util::Diagnostics diagnostics;
  auto p = set(fonts, "office", style("Noto Serif", "en"), 1000, diagnostics);
  const auto& run = p.lines.at(0).runs.at(0);
  CHECK(run.glyphs.size() < 6);
  bool found = false;
  for (const auto& c : run.clusters) found |= (c.text == "ffi" || c.text == "ff") && c.glyph_count == 1;
  CHECK(found);
}

TEST_CASE("Korean body text breaks only at spaces") {
  text::FontSet fonts(font_config());
  util::Diagnostics diagnostics;
  const std::string korean =
      "꽝응아이성은 중꾸앗 경제구역과 산업단지를 중심으로 정유, 철강, 중공업 분야의 투자를 유치하고 있습니다. "
      "심해항과 고속도로가 투자자에게 물류 경쟁력을 제공합니다.";
  text::StyledText styled;
  styled.append(korean, style("Noto Serif CJK KR", "ko"), {});
  text::ParagraphFormat format;
  format.width = 120;
  format.align = text::Align::justify;
  format.keep_all = true;  // the layout's language setting, not the language tag
  auto p = text::typeset(fonts, styled, format, diagnostics);
  REQUIRE(p.lines.size() > 3);
  // Every line boundary falls at a space: joining the lines with one space gives the source back
  // (Pango hides the space at a line end); a break inside a word would add a space.
  std::string rebuilt;
  for (std::size_t i = 0; i < p.lines.size(); ++i) {
    std::string t = line_text(p.lines[i]);
    if (!t.empty() && t.back() == ' ') t.pop_back();
    rebuilt += (i ? " " : "") + t;
  }
  CHECK(rebuilt == korean);
}

TEST_CASE("without keep-all Pango would break Korean inside words (the test above can fail)") {
  text::FontSet fonts(font_config());
  util::Diagnostics diagnostics;
  text::StyledText styled;
  auto s = style("Noto Serif CJK KR", "ko");  // keep-all is not set in the format
  styled.append("꽝응아이성은중꾸앗경제구역과산업단지를중심으로", s, {});
  text::ParagraphFormat format;
  format.width = 60;
  auto p = text::typeset(fonts, styled, format, diagnostics);
  CHECK(p.lines.size() > 1);
}

TEST_CASE("justified Chinese lines fill the measure although they have no spaces") {
  text::FontSet fonts(font_config());
  util::Diagnostics diagnostics;
  const std::string zh = "广义省位于越南中部沿海地区，东临东海，西接长山山脉。榕桔经济区拥有深水港、炼油厂和钢铁联合企业，"
                         "是国家炼油、石化和能源中心。投资者可以在这里找到完善的基础设施和有力的支持。";
  auto p = set(fonts, zh, style("Noto Serif CJK SC", "zh"), 150, diagnostics, text::Align::justify);
  REQUIRE(p.lines.size() > 2);
  for (std::size_t i = 0; i + 1 < p.lines.size(); ++i) {
    const auto& runs = p.lines[i].runs;
    const auto& last = runs.back().glyphs.back();
    CHECK(last.x + last.advance == Approx(150).margin(0.6));
  }
}

TEST_CASE("stacked Vietnamese diacritics never touch the line above") {
  text::FontSet fonts(font_config());
  util::Diagnostics diagnostics;
  // Tight leading on purpose: the ink of ỄẬỞ reaches above the nominal line box.
  auto p = set(fonts, "ỄẬỞ ỄẬỞ ỄẬỞ ỄẬỞ ỄẬỞ ỄẬỞ ỄẬỞ ỄẬỞ ỄẬỞ ỄẬỞ ỄẬỞ ỄẬỞ", style("Noto Serif", "vi", 12),
               60, diagnostics, text::Align::left, 11);
  REQUIRE(p.lines.size() > 2);
  for (std::size_t i = 1; i < p.lines.size(); ++i) {
    const auto& above = p.lines[i - 1];
    const auto& line = p.lines[i];
    // Gap between the lowest ink above and the highest ink of this line.
    CHECK(line.advance - above.ink_bottom + line.ink_top >= 0.49);
    CHECK(line.advance > 11);  // the leading had to grow
  }
}

TEST_CASE("normal text keeps the nominal leading") {
  text::FontSet fonts(font_config());
  util::Diagnostics diagnostics;
  auto p = set(fonts, "The province lies on the central coast of Vietnam, between the sea and the mountains.",
               style("Noto Serif", "en", 9.5), 100, diagnostics, text::Align::justify, 13.5);
  REQUIRE(p.lines.size() > 2);
  for (std::size_t i = 1; i < p.lines.size(); ++i) CHECK(p.lines[i].advance == Approx(13.5));
  CHECK(p.height() == Approx(13.5 * p.lines.size()));
}

TEST_CASE("hyphenation inserts soft hyphens and Pango breaks there with a visible hyphen") {
  auto en = text::Hyphenator::load("/usr/share/hyphen/hyph_en_US.dic");
  auto ru = text::Hyphenator::load("/usr/share/hyphen/hyph_ru_RU.dic");
  REQUIRE(en);
  REQUIRE(ru);
  CHECK(en->hyphenate("investment").find("\u00AD") != std::string::npos);
  CHECK(en->hyphenate("a tax") == "a tax");  // short words stay whole
  std::string ru_word = ru->hyphenate("инвестиционный");
  CHECK(ru_word.find("\u00AD") != std::string::npos);
  std::string plain = ru_word;
  for (std::size_t at; (at = plain.find("\u00AD")) != std::string::npos;) plain.erase(at, 2);
  CHECK(plain == "инвестиционный");

  text::FontSet fonts(font_config());
  util::Diagnostics diagnostics;
  auto p = set(fonts, en->hyphenate("Internationalisation considerations characterise infrastructure investment"),
               style("Noto Serif", "en"), 70, diagnostics);
  bool hyphen_at_line_end = false;
  for (const auto& line : p.lines) {
    std::string t = line_text(line);
    hyphen_at_line_end |= t.size() >= 2 && t.compare(t.size() - 2, 2, "\u00AD") == 0;
  }
  CHECK(hyphen_at_line_end);
}

TEST_CASE("links become clickable areas on the lines they cover") {
  text::FontSet fonts(font_config());
  util::Diagnostics diagnostics;
  text::StyledText styled;
  auto s = style("Noto Serif", "en");
  styled.append("Visit ", s, {});
  styled.append("dungquat.quangngai.gov.vn", s, {}, "https://dungquat.quangngai.gov.vn");
  styled.append(" today.", s, {});
  text::ParagraphFormat format;
  format.width = 400;
  auto p = text::typeset(fonts, styled, format, diagnostics);
  REQUIRE(p.lines.at(0).links.size() == 1);
  const auto& link = p.lines[0].links[0];
  CHECK(link.href == "https://dungquat.quangngai.gov.vn");
  CHECK(link.area.x > 20);
  CHECK(link.area.width > 80);
}

namespace {
// The widest white gap between neighbouring clusters of a line, in ems: the extra space after
// a character, or the whole width a space takes (Pango justifies by widening space glyphs).
double widest_gap(const text::Line& line, double size) {
  double widest = 0;
  const draw::Glyph* previous = nullptr;
  bool previous_is_space = false;
  for (const auto& run : line.runs)
    for (const auto& c : run.clusters) {
      const auto& g = run.glyphs[c.first_glyph];
      if (previous) widest = std::max(widest, g.x - previous->x - (previous_is_space ? 0 : previous->advance));
      previous = &run.glyphs[c.first_glyph + c.glyph_count - 1];
      previous_is_space = c.text == " ";
    }
  return widest / size;
}
}  // namespace

TEST_CASE("justified by characters, a Latin name in a Chinese line does not tear the line apart") {
  text::FontSet fonts(font_config());
  const std::string zh = "李山岛距大陆约30公里，从Sa Kỳ港乘快艇即可到达。岛上有五座火山口和古老的寺庙，"
                         "也是Khao lề thế lính Hoàng Sa祭祀活动的举办地。榕桔经济区的Dung Quất港可停靠大型船舶。";
  text::StyledText styled;
  styled.append(zh, style("Noto Serif CJK SC", "zh"), {});
  text::ParagraphFormat format;
  format.width = 160;
  format.align = text::Align::justify;
  format.leading = 14;
  format.justify_characters = true;
  util::Diagnostics diagnostics;
  auto p = text::typeset(fonts, styled, format, diagnostics);
  REQUIRE(p.lines.size() > 3);
  for (std::size_t i = 0; i + 1 < p.lines.size(); ++i) {
    const auto& line = p.lines[i];
    const auto& last = line.runs.back().glyphs.back();
    CHECK(last.x + last.advance == Approx(160).margin(0.6));
    CHECK(widest_gap(line, 10) < 0.6);  // a space is about 0.25 em; spread slack stays small
  }

  // Stretching spaces alone, as Pango does, leaves the same text with a gaping line.
  format.justify_characters = false;
  auto spaces_only = text::typeset(fonts, styled, format, diagnostics);
  double worst = 0;
  for (std::size_t i = 0; i + 1 < spaces_only.lines.size(); ++i) worst = std::max(worst, widest_gap(spaces_only.lines[i], 10));
  CHECK(worst > 0.6);
}

TEST_CASE("a link covers its own characters where justification moved them, and no neighbour") {
  text::FontSet fonts(font_config());
  util::Diagnostics diagnostics;
  text::StyledText styled;
  auto s = style("Noto Serif CJK JP", "ja");
  styled.append("適用される優遇措置を確認します。詳しくは、", s, {});
  styled.append("投資優遇措置", s, {}, "#incentives");
  styled.append("の章を参照してください。ズンクアット経済区の投資登録証明書には優遇措置が記載されます。", s, {});
  text::ParagraphFormat format;
  format.width = 150;
  format.align = text::Align::justify;
  format.justify_characters = true;
  format.leading = 14;
  auto p = text::typeset(fonts, styled, format, diagnostics);
  std::string covered;
  for (const auto& line : p.lines)
    for (const auto& link : line.links) {
      CHECK(link.href == "#incentives");
      double first = 1e9, last = -1e9;
      for (const auto& run : line.runs)
        for (const auto& c : run.clusters) {
          const auto& g = run.glyphs[c.first_glyph];
          const double middle = g.x + g.advance / 2;
          if (middle > link.area.left() && middle < link.area.right()) {
            covered += c.text;
            first = std::min(first, g.x);
            last = std::max(last, g.x + g.advance);
          }
        }
      // The area starts and ends exactly at its glyphs, wherever justification put them.
      CHECK(link.area.left() == Approx(first).margin(0.01));
      CHECK(link.area.right() == Approx(last).margin(0.01));
    }
  CHECK(covered == "投資優遇措置");
}

TEST_CASE("a justified line ended by <br/> keeps its natural spacing, the lines before it fill the measure") {
  text::FontSet fonts(font_config());
  util::Diagnostics diagnostics;
  text::StyledText styled;
  const auto s = style("Noto Serif", "vi");
  styled.append("Ủy ban nhân dân tỉnh Quảng Ngãi ban hành quyết định này. KT. CHỦ TỊCH", s, {});
  styled.line_break(s, {});
  styled.append("PHÓ CHỦ TỊCH", s, {});
  text::ParagraphFormat format;
  format.width = 180;
  format.align = text::Align::justify;
  format.leading = 14;
  auto p = text::typeset(fonts, styled, format, diagnostics);
  REQUIRE(p.lines.size() == 3);
  CHECK(p.lines[0].width == Approx(180).margin(0.05));  // justified
  // "… KT. CHỦ TỊCH" stands at its natural width, as the same words set unbroken: its spaces are the font's.
  const std::string second = line_text(p.lines[1]);
  CHECK(second.find("CHỦ TỊCH") != std::string::npos);
  auto alone = set(fonts, second, s, 1000, diagnostics);
  REQUIRE(alone.lines.size() == 1);
  CHECK(p.lines[1].width == Approx(alone.lines[0].width).margin(0.01));
  CHECK(p.lines[1].width < 179);
}

TEST_CASE("a paragraph of 2,000 words is broken in time linear in its length") {
  text::FontSet fonts(font_config());
  util::Diagnostics diagnostics;
  auto seconds_for = [&](int words) {
    std::string t;
    for (int i = 0; i < words; ++i) t += (i % 7 == 0 ? "investment " : i % 5 == 0 ? "of " : "province ");
    text::StyledText styled;
    styled.append(t, style("Noto Serif", "en"), {});
    text::ParagraphFormat format;
    format.width = 240;
    format.align = text::Align::justify;
    const auto start = std::chrono::steady_clock::now();
    auto p = text::typeset(fonts, styled, format, diagnostics);
    CHECK(p.lines.size() > static_cast<std::size_t>(words / 12));
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  };
  seconds_for(200);  // warm the font caches
  // The fastest of three runs: a shared machine (or a sanitizer build beside other tests) adds
  // noise to single timings, never speed.
  auto fastest = [&](int words) { return std::min({seconds_for(words), seconds_for(words), seconds_for(words)}); };
  const double short_one = fastest(500), long_one = fastest(2000);
  // Four times the words: linear is 4× the time, quadratic 16×; 10× leaves room for noise.
  CHECK(long_one < 10 * short_one + 0.05);
}

TEST_CASE("a justified line with holes the composer could not avoid is named in a note, if the language asks") {
  text::FontSet fonts(font_config());
  // "incomprehensibilities" cannot go up onto the first line, whose one space takes all the slack.
  const std::string words = "An example incomprehensibilities";
  auto typeset_with = [&](double loose_note, util::Diagnostics& diagnostics) {
    text::StyledText styled;
    styled.append(words, style("Noto Serif", "en"), {"test.xml", 7, 0});
    text::ParagraphFormat format;
    format.width = 140;
    format.align = text::Align::justify;
    format.leading = 14;
    format.loose_note = loose_note;
    return text::typeset(fonts, styled, format, diagnostics);
  };
  util::Diagnostics noted;
  const auto p = typeset_with(3, noted);
  REQUIRE(p.lines.size() == 2);
  CHECK(noted.contains("test.xml:7: note: a justified line in language \"en\" has word spaces about"));
  CHECK(noted.contains("\"An example\""));
  util::Diagnostics quiet;
  typeset_with(0, quiet);
  CHECK(quiet.empty());
}

TEST_CASE("glyph scaling: a justified line's glyphs widen or narrow by at most the language's share, and fill the measure") {
  text::FontSet fonts(font_config());
  util::Diagnostics diagnostics;
  const auto s = style("Noto Serif", "en");
  const std::string words =
      "The second complex adds VND 85 trillion and 5.6 million tonnes a year, mainly hot-rolled coil, with about "
      "8,000 new jobs. It brings the group's total capacity to about 14 million tonnes a year; the trial run of its "
      "first line was scheduled for early 2025, and the port beside it takes ships of up to 200,000 tonnes.";
  auto typeset_with = [&](double scaling) {
    text::StyledText styled;
    styled.append(words, s, {});
    text::ParagraphFormat format;
    format.width = 170;
    format.align = text::Align::justify;
    format.leading = 14;
    format.glyph_scaling = scaling;
    return text::typeset(fonts, styled, format, diagnostics);
  };
  const auto plain = typeset_with(0);
  for (const auto& line : plain.lines)
    for (const auto& run : line.runs) CHECK(run.horizontal_scale == 1);

  const auto scaled = typeset_with(0.02);
  REQUIRE(scaled.lines.size() >= 4);
  int wider = 0, narrower = 0;
  for (std::size_t i = 0; i < scaled.lines.size(); ++i) {
    const auto& line = scaled.lines[i];
    INFO("line " << i << ": " << line_text(line));
    const double scale = line.runs.front().horizontal_scale;
    for (const auto& run : line.runs) CHECK(run.horizontal_scale == scale);  // one scale per line
    CHECK(scale >= 0.98 - 1e-9);
    CHECK(scale <= 1.02 + 1e-9);
    if (i + 1 == scaled.lines.size()) {
      CHECK(scale == 1);  // the last line keeps its natural width
      continue;
    }
    CHECK(line.width == Approx(170).margin(0.05));
    wider += scale > 1;
    narrower += scale < 1;
    // The advances are the shaped ones times the scale: the same words set alone at natural width.
    const std::string text = line_text(line);
    const auto alone = set(fonts, text, s, 1000, diagnostics);
    REQUIRE(alone.lines.size() == 1);
    const auto& natural = alone.lines[0].runs.front().glyphs;
    const auto& glyphs = line.runs.front().glyphs;
    for (std::size_t g = 0; g < std::min<std::size_t>(5, std::min(natural.size(), glyphs.size())); ++g)
      CHECK(glyphs[g].advance == Approx(natural[g].advance * scale).margin(1e-6));
  }
  CHECK(wider + narrower > 0);
}
