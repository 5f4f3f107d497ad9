// The leaflet and the flyer: panel geometry derived from the widths, and what they inherit.
#include <catch2/catch.hpp>

#include "layout_files.hpp"
#include "style/reader.hpp"
#include "util/units.hpp"

using style_test::listing;
using util::mm;
using util::to_mm;

namespace {

style::Layout read_shipped(const std::string& name) {
  util::Diagnostics diagnostics;
  auto layout = style::read_layout(style_test::shipped_layout(name), diagnostics);
  INFO(listing(diagnostics));
  REQUIRE(layout);
  CHECK(diagnostics.empty());
  return *layout;
}

std::vector<std::string> panel_names(const style::SheetDef& sheet) {
  std::vector<std::string> names;
  for (const auto& panel : sheet.panels) names.push_back(panel.name);
  return names;
}

}  // namespace

TEST_CASE("leaflet: A4 landscape, panels placed left to right with folds between them") {
  const auto layout = read_shipped("leaflet-trifold-a4.xml");
  CHECK(layout.id == "leaflet-trifold-a4");
  CHECK(layout.kind == style::LayoutKind::leaflet);
  CHECK(to_mm(layout.page.width) == Approx(297).margin(0.01));
  CHECK(to_mm(layout.page.height) == Approx(210).margin(0.01));
  CHECK(to_mm(layout.page.bleed) == Approx(3).margin(0.01));
  CHECK_FALSE(layout.page.facing);

  REQUIRE(layout.sheets.size() == 2);
  const auto& outside = layout.sheets[0];
  CHECK(outside.name == "outside");
  CHECK(panel_names(outside) == std::vector<std::string>{"flap", "back-cover", "front-cover"});
  REQUIRE(outside.panels.size() == 3);
  CHECK(to_mm(outside.panels[0].x) == Approx(0).margin(0.01));
  CHECK(to_mm(outside.panels[1].x) == Approx(97).margin(0.01));
  CHECK(to_mm(outside.panels[2].x) == Approx(197).margin(0.01));
  CHECK(to_mm(outside.panels[2].width) == Approx(100).margin(0.01));
  REQUIRE(outside.folds.size() == 2);
  CHECK(to_mm(outside.folds[0]) == Approx(97).margin(0.01));
  CHECK(to_mm(outside.folds[1]) == Approx(197).margin(0.01));

  const auto& inside = layout.sheets[1];
  CHECK(inside.name == "inside");
  CHECK(panel_names(inside) == std::vector<std::string>{"inside-left", "inside-middle", "inside-right"});
  REQUIRE(inside.panels.size() == 3);
  CHECK(to_mm(inside.panels[1].x) == Approx(100).margin(0.01));
  CHECK(to_mm(inside.panels[2].x) == Approx(200).margin(0.01));
  CHECK(to_mm(inside.panels[2].width) == Approx(97).margin(0.01));
  REQUIRE(inside.folds.size() == 2);
  CHECK(to_mm(inside.folds[0]) == Approx(100).margin(0.01));
  CHECK(to_mm(inside.folds[1]) == Approx(200).margin(0.01));

  CHECK(layout.reading_order == std::vector<std::string>{"front-cover", "flap", "inside-left", "inside-middle",
                                                         "inside-right", "back-cover"});
}

TEST_CASE("leaflet: panels copy-fit, take the default margins and carry their artwork") {
  const auto layout = read_shipped("leaflet-trifold-a4.xml");
  for (const auto& sheet : layout.sheets)
    for (const auto& panel : sheet.panels) {
      INFO(panel.name);
      CHECK(panel.fit_shrink);
      CHECK(panel.min_scale >= 0.75);
      CHECK(panel.min_scale < 1.0);
      CHECK(panel.margins.left == Approx(mm(8)));
      CHECK(panel.margins.right == Approx(mm(8)));
    }
  const auto* cover = layout.panel("front-cover");
  REQUIRE(cover);
  CHECK(cover->background == "sea");
  CHECK(cover->margins.top == Approx(mm(30)));
  CHECK(cover->min_scale == Approx(0.80));
  for (const auto& rect : cover->rects) CHECK(rect.bleeds);
  // Headings and text on the sea-blue ground take the light cover styles.
  CHECK(cover->restyle.at("h1") == "cover-title");
  CHECK(cover->restyle.at("lead") == "cover-tagline");
  for (const auto& [from, to] : cover->restyle) {
    INFO(from << " as " << to);
    REQUIRE(layout.paragraph_style(to));
    CHECK(layout.paragraph_style(to)->color != "sea");
    CHECK(layout.paragraph_style(to)->color != "black");
  }
  // The text panels a reader reads are spread down to their foot (valign="justify"), the
  // space between blocks opening by at most 6 mm; the back cover's contacts stand at its foot.
  for (const char* name : {"flap", "inside-left", "inside-middle", "inside-right"}) {
    INFO(name);
    REQUIRE(layout.panel(name));
    CHECK(layout.panel(name)->vertical_align == "justify");
    CHECK(layout.panel(name)->paragraph_spacing_limit == Approx(mm(6)));
  }
  CHECK(layout.panel("back-cover")->vertical_align == "bottom");
  CHECK(cover->paragraph_spacing_limit == 0);
  // Restyles belong to their panel: the cover's light styles do not reach the flap.
  for (const auto& [from, to] : layout.panel("flap")->restyle) CHECK(to.rfind("cover-", 0) != 0);

  const auto* flap = layout.panel("flap");
  REQUIRE(flap);
  CHECK(flap->background == "sea-light");
  CHECK(flap->margins.bottom == Approx(mm(10)));  // from <panel-margins>
  REQUIRE_FALSE(flap->rects.empty());
  CHECK(flap->rects[0].color == "sea");
  CHECK(flap->rects[0].rect.width == Approx(flap->width));
}

TEST_CASE("leaflet: swatches and languages come from the handbook, type is sized for panels") {
  const auto layout = read_shipped("leaflet-trifold-a4.xml");
  CHECK(layout.swatches.size() == 7);
  REQUIRE(layout.swatch("sea"));
  CHECK(layout.swatch("sea")->cmyk.m == Approx(0.55));
  CHECK(layout.languages.size() == 7);
  CHECK(layout.language("ko")->keep_all);
  CHECK(layout.masters.count("opener") == 1);

  const auto* body = layout.paragraph_style("body");
  REQUIRE(body);
  CHECK(body->size >= 8.5);
  CHECK(body->size <= 9.0);
  CHECK(body->min_size > 0);
  CHECK(body->min_size < body->size);
  // The rest of the handbook's body, through parent="body".
  CHECK(body->align == style::Align::justify);
  CHECK(body->hyphenate);
  CHECK(body->color == "black");

  const auto* title = layout.paragraph_style("title");
  REQUIRE(title);
  CHECK(title->font == style::FontRole::display);
  CHECK(title->weight == 700);
  CHECK(title->size > layout.paragraph_style("h1")->size);
  for (const auto& [name, style] : layout.paragraph_styles) {
    INFO(name);
    CHECK(style.size < 30);  // nothing of the handbook's 34 pt cover type survives on a 100 mm panel
  }
}

TEST_CASE("flyer: one A4 sheet a side, two columns, no folds") {
  const auto layout = read_shipped("flyer-a4.xml");
  CHECK(layout.kind == style::LayoutKind::flyer);
  CHECK(to_mm(layout.page.width) == Approx(210).margin(0.01));
  CHECK(to_mm(layout.page.height) == Approx(297).margin(0.01));
  REQUIRE(layout.sheets.size() == 2);
  CHECK(layout.sheets[0].name == "front");
  CHECK(layout.sheets[1].name == "back");
  for (const auto& sheet : layout.sheets) {
    REQUIRE(sheet.panels.size() == 1);
    CHECK(sheet.panels[0].name == sheet.name);
    CHECK(to_mm(sheet.panels[0].width) == Approx(210).margin(0.01));
    CHECK(sheet.panels[0].columns == 2);
    CHECK(sheet.folds.empty());
  }
  const auto* front = layout.panel("front");
  REQUIRE_FALSE(front->rects.empty());
  const auto& band = front->rects[0];
  CHECK(band.rect.y == 0);
  CHECK(band.color == "sea");
  CHECK(band.bleeds);
  CHECK(front->margins.top > band.rect.bottom());  // the text starts below the title band
  CHECK(layout.reading_order == std::vector<std::string>{"front", "back"});
  CHECK(layout.paragraph_style("title"));
}
