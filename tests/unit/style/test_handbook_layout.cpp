#include <algorithm>
#include <cmath>
// handbook-a4.xml, the reference for the format: every part read with the values it writes.
#include <catch2/catch.hpp>

#include <fstream>
#include <string>

#include "layout_files.hpp"
#include "style/reader.hpp"
#include "util/units.hpp"

using style_test::listing;
using util::mm;

namespace {

const style::Layout& handbook() {
  static util::Diagnostics diagnostics;
  static const auto layout = style::read_layout(style_test::shipped_layout("handbook-a4.xml"), diagnostics);
  INFO(listing(diagnostics));
  REQUIRE(layout);
  REQUIRE(diagnostics.empty());
  return *layout;
}

// The line of handbook-a4.xml where `needle` first occurs: source locations are checked against
// the file itself, so editing the layout does not break the tests.
int line_of(const std::string& needle) {
  std::ifstream in(style_test::shipped_layout("handbook-a4.xml"));
  std::string line;
  for (int number = 1; std::getline(in, line); ++number)
    if (line.find(needle) != std::string::npos) return number;
  FAIL("handbook-a4.xml has no line with " << needle);
  return 0;
}

}  // namespace

TEST_CASE("handbook-a4: page, margins, columns and print settings") {
  const auto& layout = handbook();
  CHECK(layout.id == "handbook-a4");
  CHECK(layout.kind == style::LayoutKind::handbook);
  CHECK(layout.page.width == Approx(595.28).margin(0.01));
  CHECK(layout.page.height == Approx(841.89).margin(0.01));
  CHECK(layout.page.bleed == Approx(8.50).margin(0.01));
  CHECK(layout.page.safe_margin == Approx(mm(5)));
  CHECK(layout.page.facing);
  CHECK(layout.margins.top == Approx(mm(22)));
  CHECK(layout.margins.bottom == Approx(mm(22)));
  CHECK(layout.margins.inner == Approx(mm(20)));
  CHECK(layout.margins.outer == Approx(mm(16)));
  CHECK(layout.columns == 2);
  CHECK(layout.gutter == Approx(mm(7)));

  CHECK(layout.print.marks);
  CHECK(layout.print.slug == Approx(mm(16)));
  CHECK(layout.print.max_ink == Approx(3.0));
  CHECK(layout.print.output_profile ==
        style_test::shipped_layout("handbook-a4.xml").parent_path() / "color" / "FOGRA39L-argyll.icc");
  CHECK(layout.print.output_condition == "FOGRA39");
  CHECK(layout.print.output_condition_info == "Coated FOGRA39 (ISO 12647-2:2004)");
  CHECK(layout.print.where.line == line_of("<print "));
  CHECK(layout.sheets.empty());
  CHECK(layout.reading_order.empty());
}

TEST_CASE("handbook-a4: swatches keep their order, CMYK in 0..1 and RGB from #rrggbb") {
  const auto& layout = handbook();
  std::vector<std::string> names;
  for (const auto& s : layout.swatches) names.push_back(s.name);
  CHECK(names == std::vector<std::string>{"black", "paper", "sea", "sea-light", "cane", "sand", "grey"});

  const auto* sea = layout.swatch("sea");
  REQUIRE(sea);
  CHECK(sea->cmyk.c == Approx(1.00));
  CHECK(sea->cmyk.m == Approx(0.55));
  CHECK(sea->cmyk.y == Approx(0.00));
  CHECK(sea->cmyk.k == Approx(0.30));
  CHECK(sea->rgb.r == Approx(0x00 / 255.0));
  CHECK(sea->rgb.g == Approx(0x55 / 255.0));
  CHECK(sea->rgb.b == Approx(0x87 / 255.0));
  CHECK_FALSE(sea->overprint);
  CHECK_FALSE(sea->rgb_only);

  const auto* black = layout.swatch("black");
  REQUIRE(black);
  CHECK(black->cmyk.k == Approx(1.0));
  CHECK(black->cmyk.coverage() == Approx(1.0));
  CHECK(black->overprint);
}

TEST_CASE("handbook-a4: seven languages with their fonts, scales and words") {
  const auto& layout = handbook();
  std::vector<std::string> codes;
  for (const auto& l : layout.languages) codes.push_back(l.code);
  CHECK(codes == std::vector<std::string>{"vi", "en", "zh", "ru", "ko", "ja", "zh-Hant"});
  // Traditional Chinese: the TC faces, Taiwan's full-width punctuation, its own words.
  const auto* hant = layout.language("zh-Hant");
  REQUIRE(hant);
  CHECK(hant->fonts.at(style::FontRole::text) == "Noto Serif CJK TC");
  CHECK(hant->fonts.at(style::FontRole::display) == "Noto Sans CJK TC");
  CHECK(hant->justify_characters);
  CHECK_FALSE(hant->compress_punctuation);
  CHECK(hant->table_label == "表{n}");
  REQUIRE(hant->label("source"));
  CHECK(hant->label("source")->text == "資料來源：");
  // Every language has the same labels.
  for (const auto& l : layout.languages) {
    INFO(l.code);
    CHECK(l.labels.size() == hant->labels.size());
  }

  const auto* zh = layout.language("zh");
  REQUIRE(zh);
  CHECK(zh->size_scale == Approx(0.94));
  CHECK(zh->leading_scale == Approx(1.08));
  CHECK(zh->fonts.at(style::FontRole::text) == "Noto Serif CJK SC");
  CHECK(zh->fonts.at(style::FontRole::display) == "Noto Sans CJK SC");
  CHECK(zh->continued == "（续）");
  CHECK_FALSE(zh->keep_all);

  const auto* ko = layout.language("ko");
  REQUIRE(ko);
  CHECK(ko->keep_all);
  CHECK(ko->name == "한국어");

  const auto* ru = layout.language("ru");
  REQUIRE(ru);
  CHECK(ru->decimal_separator.empty());  // ICU's, from the locale
  CHECK(ru->compact_short);
  CHECK(ru->currency_formats.at("USD") == "{n} долл. США");
  CHECK(ru->hyphenation == "hyph_ru_RU.dic");
  CHECK(layout.language("en")->size_scale == Approx(1.0));
  CHECK(layout.language("vi")->figure_label == "Hình {n}");
  CHECK(layout.language("ja")->bullet == "・");
  CHECK(layout.language("ja")->caption_separator == "\u3000");
  CHECK(layout.language("en")->caption_separator == ". ");
  CHECK(layout.language("vi")->notes_title == "Ghi chú");
  // Korean is justified at its word spaces, never inside a Hangul word; Chinese and Japanese
  // between ideographs too.
  CHECK_FALSE(layout.language("ko")->justify_characters);
  CHECK(layout.language("ja")->justify_characters);
  CHECK_FALSE(layout.language("ru")->justify_characters);
  CHECK(layout.language("ru")->hyphen_min_left == 2);
  CHECK(layout.language("ru")->hyphen_min_right == 2);
  CHECK(layout.language("en")->hyphen_min_right == 3);
  CHECK(layout.language("zh")->ideograph_latin_space == Approx(0.25));
  CHECK(std::find(ru->breaking.keep_with_next.begin(), ru->breaking.keep_with_next.end(), "с") !=
        ru->breaking.keep_with_next.end());
  CHECK(std::find(ru->breaking.units.begin(), ru->breaking.units.end(), "га") != ru->breaking.units.end());
  CHECK(ko->where.line == line_of("<language code=\"ko\""));
}

TEST_CASE("handbook-a4: chart style and chart words") {
  const auto& layout = handbook();
  const auto& chart = layout.chart_style;
  CHECK(chart.where.line == line_of("<chart-style"));
  CHECK(chart.palette == std::vector<std::string>{"sea", "cane", "sand", "grey"});
  CHECK(chart.accent == "sand");
  CHECK(chart.max_intervals == 6);
  CHECK(std::abs(chart.plot_height - 36 * 72 / 25.4) < 0.01);
  CHECK(layout.language("zh")->chart_value == "{category}：{value}");
  CHECK(layout.language("ja")->chart_separator == "、");
  CHECK(layout.language("en")->chart_series == "{series}: {values}.");  // the default
}

TEST_CASE("handbook-a4: paragraph and character styles") {
  const auto& layout = handbook();
  CHECK(layout.paragraph_styles.size() == 38);  // 29 + four chart and three map styles + the bases label and heading

  const auto* body = layout.paragraph_style("body");
  REQUIRE(body);
  CHECK(body->font == style::FontRole::text);
  CHECK(body->weight == 400);
  CHECK(body->size == Approx(9.5));
  CHECK(body->leading == Approx(13.5));
  CHECK(body->align == style::Align::justify);
  CHECK(body->space_after == Approx(5));
  CHECK(body->color == "black");
  CHECK(body->hyphenate);
  CHECK(body->min_lines == 2);
  CHECK(body->min_size == 0);
  CHECK(body->where.line == line_of("<style name=\"body\""));
  CHECK(body->where.file == style_test::shipped_layout("handbook-a4.xml").string());

  const auto* h1 = layout.paragraph_style("h1");
  REQUIRE(h1);
  CHECK(h1->font == style::FontRole::display);
  CHECK(h1->weight == 700);
  CHECK(h1->size == Approx(24));
  CHECK(h1->color == "sea");
  CHECK(h1->keep_with_next);
  CHECK(layout.paragraph_style("list")->left_indent == Approx(mm(4.5)));
  CHECK(layout.paragraph_style("cover-tagline")->italic);
  CHECK(layout.paragraph_style("h2")->space_before == Approx(10));

  CHECK(layout.character_styles.size() == 4);
  const auto* highlight = layout.character_style("highlight");
  REQUIRE(highlight);
  CHECK(highlight->color == "sea");
  CHECK(highlight->weight == 700);
  CHECK_FALSE(highlight->italic.has_value());
  CHECK(layout.character_style("emphasis")->italic == true);
  CHECK_FALSE(layout.character_style("strong")->color.has_value());
}

TEST_CASE("handbook-a4: table style") {
  const auto& table = handbook().table;
  CHECK(table.cell_padding == Approx(mm(1.6)));
  CHECK(table.rule_width == Approx(0.5));
  CHECK(table.rule_color == "sea");
  CHECK(table.header_fill == "sea");
  CHECK(table.zebra_fill == "sea-light");
  CHECK(table.header_style == "table-head");
  CHECK(table.cell_style == "table-cell");
  CHECK(table.where.line == line_of("<table-style "));
}

TEST_CASE("handbook-a4: masters with their artwork, frames, folios and running heads") {
  const auto& layout = handbook();
  std::vector<std::string> names;
  for (const auto& [name, master] : layout.masters) names.push_back(name);
  CHECK(names == std::vector<std::string>{"back-cover", "body-left", "body-right", "cover", "inside-cover", "notes",
                                          "opener"});

  const auto* cover = layout.master("cover");
  REQUIRE(cover);
  REQUIRE(cover->rects.size() == 2);
  CHECK(cover->rects[0].color == "sea");
  CHECK(cover->rects[0].bleeds);
  CHECK(cover->rects[0].tint == Approx(1.0));
  CHECK(cover->rects[0].rect.width == Approx(mm(210)));
  CHECK(cover->rects[1].color == "sand");
  CHECK(cover->rects[1].rect.y == Approx(mm(262)));
  REQUIRE(cover->frames.size() == 3);
  CHECK(cover->frames[0].name == "cover-title");
  CHECK(cover->frames[2].name == "cover-publisher");
  CHECK_FALSE(cover->folio);
  CHECK(cover->where.line == line_of("<master name=\"cover\">"));

  const auto* opener = layout.master("opener");
  REQUIRE(opener);
  REQUIRE(opener->frames.size() == 2);
  const auto& title = opener->frames[0];
  CHECK(title.name == "opener-title");
  CHECK(title.vertical_align == "bottom");
  CHECK(title.columns == 1);
  CHECK_FALSE(title.fit_shrink);
  const auto& body = opener->frames[1];
  CHECK(body.name == "body");
  CHECK(body.rect.x == Approx(mm(20)));
  CHECK(body.rect.y == Approx(mm(72)));
  CHECK(body.rect.width == Approx(mm(174)));
  CHECK(body.rect.height == Approx(mm(203)));
  CHECK(body.columns == 2);
  CHECK(body.gutter == Approx(mm(7)));
  CHECK(body.vertical_align == "top");
  REQUIRE(opener->folio);
  CHECK(opener->folio->position == style::Position::bottom_outer);
  CHECK(opener->folio->offset == Approx(mm(12)));
  CHECK(opener->folio->style == "folio");
  CHECK_FALSE(opener->running_head);

  const auto* left = layout.master("body-left");
  REQUIRE(left);
  CHECK(left->frames.empty());
  REQUIRE(left->running_head);
  CHECK(left->running_head->position == style::Position::top_outer);
  CHECK(left->running_head->offset == Approx(mm(13)));
  CHECK(left->running_head->style == "running-head");
  CHECK(left->running_head->where.line == line_of("<master name=\"body-left\">") + 1);
}

TEST_CASE("handbook: the printer's preflight profile, its thresholds and the image conversion") {
  const style::Layout& layout = handbook();
  CHECK(layout.preflight.profile == draw::PreflightProfile::cmyk_only);
  CHECK(layout.preflight.small_text == Approx(9));
  CHECK(layout.preflight.min_line == Approx(0.25));
  CHECK(layout.preflight.min_resolution == Approx(300));
  CHECK(layout.preflight.where.line == line_of("<preflight "));
  CHECK(layout.print.intent == draw::RenderingIntent::relative_colorimetric);
  CHECK(layout.print.black_point_compensation);
  CHECK_FALSE(layout.print.convert_rgb_images.has_value());  // the profile decides: cmyk-only converts
  CHECK(layout.swatch("sea")->small_text == "black");
}
