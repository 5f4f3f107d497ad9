// base="…": the derived file merges keyed entries (styles and languages attribute by attribute,
// swatches and masters whole), adds new ones, removes what says remove="true", and replaces
// whole the elements that appear once.
// Fixtures: minimal-handbook.xml (the base) and derived-leaflet.xml.
#include <catch2/catch.hpp>

#include "layout_files.hpp"
#include "style/reader.hpp"
#include "util/units.hpp"

using style_test::fixture;
using style_test::listing;
using util::mm;

namespace {

style::Layout derived() {
  util::Diagnostics diagnostics;
  auto layout = style::read_layout(fixture("derived-leaflet.xml"), diagnostics);
  INFO(listing(diagnostics));
  REQUIRE(layout);
  CHECK(diagnostics.empty());
  return *layout;
}

}  // namespace

TEST_CASE("inheritance: the derived file gives id, kind and file, the base what the derived file does not write") {
  const auto layout = derived();
  CHECK(layout.id == "derived-leaflet");
  CHECK(layout.kind == style::LayoutKind::leaflet);
  CHECK(layout.file == fixture("derived-leaflet.xml"));
  CHECK(layout.where.file == fixture("derived-leaflet.xml").string());
  CHECK(layout.columns == 2);
  CHECK(layout.gutter == Approx(mm(6)));
  CHECK(layout.margins.outer == Approx(mm(15)));
  CHECK(layout.print.output_profile == fixture("no-such-profile.icc"));
  REQUIRE(layout.master("body-right"));
  CHECK(layout.master("body-right")->where.file == fixture("minimal-handbook.xml").string());
  CHECK(layout.character_style("strong"));
}

TEST_CASE("inheritance: a written element replaces the base's whole, defaults included") {
  const auto layout = derived();
  CHECK(layout.page.width == Approx(mm(297)));
  CHECK(layout.page.height == Approx(mm(210)));
  CHECK(layout.page.bleed == Approx(mm(2)));
  CHECK_FALSE(layout.page.facing);
  CHECK(layout.page.safe_margin == Approx(mm(5)));  // the default, as the derived <page> has none
}

TEST_CASE("inheritance: swatches of the same name are replaced in place, new ones added") {
  const auto layout = derived();
  std::vector<std::string> names;
  for (const auto& s : layout.swatches) names.push_back(s.name);
  CHECK(names == std::vector<std::string>{"black", "paper", "sea", "coral"});
  CHECK(layout.swatch("sea")->cmyk.c == Approx(0.90));
  CHECK(layout.swatch("sea")->cmyk.k == Approx(0.20));
  CHECK(layout.swatch("coral")->cmyk.m == Approx(0.60));
}

TEST_CASE("inheritance: languages of the same code are replaced, new ones added") {
  const auto layout = derived();
  std::vector<std::string> codes;
  for (const auto& l : layout.languages) codes.push_back(l.code);
  CHECK(codes == std::vector<std::string>{"en", "vi", "ko"});
  CHECK(layout.language("en")->fonts.at(style::FontRole::text) == "Noto Sans");
  CHECK(layout.language("vi")->fonts.at(style::FontRole::text) == "Noto Serif");
  CHECK(layout.language("ko")->keep_all);
}

TEST_CASE("inheritance: styles start as a copy of their parent") {
  const auto layout = derived();
  // parent="body" on "body": the base's body, changed where the derived file says.
  const auto* body = layout.paragraph_style("body");
  REQUIRE(body);
  CHECK(body->size == Approx(9));
  CHECK(body->leading == Approx(12));
  CHECK(body->min_size == Approx(7.5));
  CHECK(body->align == style::Align::justify);
  CHECK(body->where.file == fixture("derived-leaflet.xml").string());
  CHECK(body->where.line == 15);

  // A new style whose parent is in the base; the parent's own parent chain came along.
  const auto* title = layout.paragraph_style("title");
  REQUIRE(title);
  CHECK(title->font == style::FontRole::display);
  CHECK(title->weight == 700);
  CHECK(title->size == Approx(24));
  CHECK(title->color == "coral");
  CHECK(title->align == style::Align::left);

  // Inside the base: h2 and h3 start from h1, list from body.
  const auto* h2 = layout.paragraph_style("h2");
  REQUIRE(h2);
  CHECK(h2->font == style::FontRole::display);
  CHECK(h2->color == "sea");
  CHECK(h2->size == Approx(14));
  // Styles are resolved when the whole chain is read: list, based on body in the base, follows
  // the derived file's change of body.
  const auto* list = layout.paragraph_style("list");
  REQUIRE(list);
  CHECK(list->size == Approx(9));
  CHECK(list->leading == Approx(12));
  CHECK(list->align == style::Align::left);
  CHECK(list->left_indent == Approx(mm(4)));
}

TEST_CASE("inheritance: sheets of the derived layout, with panel margins and flow options") {
  const auto layout = derived();
  REQUIRE(layout.sheets.size() == 1);
  const auto& panels = layout.sheets[0].panels;
  REQUIRE(panels.size() == 3);
  CHECK(panels[0].margins.top == Approx(mm(20)));   // margin-top
  CHECK(panels[0].margins.left == Approx(mm(8)));   // <panel-margins>
  CHECK(panels[0].background == "sea");
  REQUIRE(panels[0].rects.size() == 1);
  CHECK(panels[0].rects[0].tint == Approx(0.5));
  CHECK(panels[0].rects[0].color == "coral");
  CHECK(panels[1].x == Approx(mm(97)));
  CHECK(panels[2].x == Approx(mm(197)));
  CHECK(panels[2].columns == 2);
  CHECK(panels[2].gutter == Approx(mm(4)));
  CHECK(panels[2].fit_shrink);
  CHECK(panels[2].min_scale == Approx(0.85));
  CHECK(panels[2].vertical_align == "bottom");
  CHECK(panels[2].restyle == std::map<std::string, std::string>{{"h1", "title"}});
  CHECK_FALSE(panels[0].fit_shrink);
  CHECK(layout.reading_order == std::vector<std::string>{"front", "flap", "back"});
}

TEST_CASE("inheritance: a base that leads back to the derived file is an error") {
  util::Diagnostics diagnostics;
  CHECK_FALSE(style::read_layout(fixture("bad-base-loop-a.xml"), diagnostics));
  INFO(listing(diagnostics));
  CHECK(diagnostics.error_count() == 1);
  CHECK(diagnostics.contains("bad-base-loop-b.xml:2:1: error: layout inheritance loops: bad-base-loop-a.xml → "
                             "bad-base-loop-b.xml → bad-base-loop-a.xml"));
}
