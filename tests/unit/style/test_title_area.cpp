// <title-area>: where a panel's opening headings are set apart from its text (the flyer's title
// on its sea-blue band). Small layouts derived from tests/fixtures/panels/layouts/panels-base.xml
// are written to the scratch folder, each with one panel definition under test.
#include <catch2/catch.hpp>

#include <fstream>
#include <vector>

#include "layout_files.hpp"
#include "test_scratch.hpp"
#include "style/reader.hpp"
#include "util/units.hpp"

using style_test::listing;
using util::mm;

namespace {

// A layout deriving from panels-base whose right panel (80 × 100 mm, margin-top 8 mm unless
// `attributes` says otherwise) holds `children`.
std::filesystem::path card(const std::string& name, const std::string& children, const std::string& attributes = "") {
  // The case's own folder: ctest -j runs the cases side by side, and a base file copied over
  // while another case read it was read truncated now and then.
  const auto folder = test_support::test_scratch("title-area");
  std::filesystem::create_directories(folder);
  std::filesystem::copy_file(std::filesystem::path(BROCHURE_FIXTURES) / "panels" / "layouts" / "panels-base.xml",
                             folder / "panels-base.xml", std::filesystem::copy_options::overwrite_existing);
  const auto path = folder / (name + ".xml");
  std::ofstream(path) << "<layout id=\"" << name << "\" kind=\"leaflet\" base=\"panels-base\">\n"
                      << "  <sheets>\n    <sheet name=\"card\">\n      <panel name=\"left\" width=\"70mm\"/>\n"
                      << "      <panel name=\"right\" width=\"80mm\"" << attributes << ">\n"
                      << children << "\n      </panel>\n    </sheet>\n  </sheets>\n</layout>\n";
  return path;
}

// The numbers of the lines of `path` that contain `needle`.
std::vector<int> lines_with(const std::filesystem::path& path, const std::string& needle) {
  std::ifstream in(path);
  std::vector<int> found;
  int number = 0;
  for (std::string line; std::getline(in, line);)
    if (++number, line.find(needle) != std::string::npos) found.push_back(number);
  return found;
}

// "12:7": the line and column (1-based, in bytes of ASCII text) of the last `needle`.
std::string last_position(const std::filesystem::path& path, const std::string& needle) {
  std::ifstream in(path);
  std::string position;
  int number = 0;
  for (std::string line; std::getline(in, line);)
    if (auto at = line.rfind(needle); ++number, at != std::string::npos)
      position = std::to_string(number) + ":" + std::to_string(at + 1);
  return position;
}

}  // namespace

TEST_CASE("title area: its rectangle, alignment and restyles are read; a panel without one has none") {
  util::Diagnostics diagnostics;
  auto layout = style::read_layout(card("title-ok", R"(        <title-area x="6mm" y="4mm" width="68mm" height="20mm" valign="top">
          <restyle style="h1" as="h2"/>
        </title-area>)", R"( margin-top="30mm")"), diagnostics);
  INFO(listing(diagnostics));
  REQUIRE(layout);
  CHECK(diagnostics.empty());
  const auto* right = layout->panel("right");
  REQUIRE(right);
  REQUIRE(right->title);
  CHECK(right->title->rect.x == Approx(mm(6)));
  CHECK(right->title->rect.y == Approx(mm(4)));
  CHECK(right->title->rect.width == Approx(mm(68)));
  CHECK(right->title->rect.height == Approx(mm(20)));
  CHECK(right->title->vertical_align == "top");
  CHECK(right->title->restyle == std::map<std::string, std::string>{{"h1", "h2"}});
  CHECK(right->restyle.empty());  // the title area's restyles are its own
  CHECK_FALSE(layout->panel("left")->title);
}

TEST_CASE("title area: bottom-aligned unless it says otherwise") {
  util::Diagnostics diagnostics;
  auto layout = style::read_layout(
      card("title-default", R"(<title-area x="6mm" y="4mm" width="68mm" height="20mm"/>)", R"( margin-top="30mm")"),
      diagnostics);
  INFO(listing(diagnostics));
  REQUIRE(layout);
  CHECK(layout->panel("right")->title->vertical_align == "bottom");
}

TEST_CASE("title area: beyond the panel, over the text, twice or with an unknown style is an error at its line") {
  struct Case {
    const char* name;
    std::string children, attributes, expected;
  };
  const Case cases[] = {
      {"title-beyond", R"(<title-area x="6mm" y="4mm" width="80mm" height="20mm"/>)", R"( margin-top="30mm")",
       "error: the <title-area> of panel \"right\" spans x 6.00 mm to 86.00 mm, y 4.00 mm to 24.00 mm, beyond "
       "the panel (80.00 mm × 100.00 mm); keep it inside"},
      {"title-over-text", R"(<title-area x="6mm" y="4mm" width="68mm" height="20mm"/>)", "",
       "error: the <title-area> of panel \"right\" (y 4.00 mm to 24.00 mm) overlaps the panel's text, which "
       "starts at margin-top 8.00 mm"},
      {"title-twice", "<title-area x=\"6mm\" y=\"4mm\" width=\"68mm\" height=\"20mm\"/>\n"
                      "<title-area x=\"6mm\" y=\"4mm\" width=\"68mm\" height=\"20mm\"/>", R"( margin-top="30mm")",
       "error: panel \"right\" has two <title-area>s; the first is on line {first}"},
      {"title-unknown-style",
       R"(<title-area x="6mm" y="4mm" width="68mm" height="20mm"><restyle style="h1" as="flyer-title"/></title-area>)",
       R"( margin-top="30mm")",
       "error: unknown paragraph style \"flyer-title\" in a <restyle> of the <title-area> of panel \"right\""},
  };
  for (const auto& c : cases) {
    INFO(c.name);
    util::Diagnostics diagnostics;
    const auto path = card(c.name, c.children, c.attributes);
    auto layout = style::read_layout(path, diagnostics);
    INFO(listing(diagnostics));
    CHECK_FALSE(layout);
    CHECK(diagnostics.error_count() == 1);
    // The error stands at the last <title-area>; "{first}" is the line of the first one.
    const auto lines = lines_with(path, "<title-area");
    REQUIRE_FALSE(lines.empty());
    std::string expected = c.expected;
    if (auto at = expected.find("{first}"); at != std::string::npos) expected.replace(at, 7, std::to_string(lines.front()));
    CHECK(diagnostics.contains(path.filename().string() + ":" + last_position(path, "<title-area") + ": " + expected));
  }
}

TEST_CASE("flyer: the front's title area lies on its sea-blue band, above the text") {
  util::Diagnostics diagnostics;
  auto layout = style::read_layout(style_test::shipped_layout("flyer-a4.xml"), diagnostics);
  INFO(listing(diagnostics));
  REQUIRE(layout);
  const auto* front = layout->panel("front");
  REQUIRE(front);
  REQUIRE(front->title);
  REQUIRE_FALSE(front->rects.empty());
  const auto& band = front->rects[0];
  CHECK(band.color == "sea");
  CHECK(band.rect.contains(front->title->rect));
  CHECK(front->title->rect.bottom() < front->margins.top);
  for (const auto& [from, to] : front->title->restyle) {
    INFO(from << " as " << to);
    REQUIRE(layout->paragraph_style(to));
    CHECK(layout->paragraph_style(to)->color != "sea");  // light on the dark band
    CHECK(layout->paragraph_style(to)->color != "black");
  }
  CHECK(front->title->restyle.count("h1") == 1);
}
