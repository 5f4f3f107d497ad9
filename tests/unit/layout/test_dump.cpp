#include <catch2/catch.hpp>

#include <cstdlib>
#include <fstream>
#include <sstream>

#include "draw/dump.hpp"
#include "layout/layout.hpp"
#include "layout_fixture.hpp"

// The display list of a small fixture, against a reviewed copy in tests/fixtures/layout/. A
// change to layout shows up here as a readable diff; after checking the new pages, update the
// copy with BROCHURE_UPDATE_GOLDEN=1.
TEST_CASE("the display-list dump of a small fixture is stable") {
  const auto pub = layout_test::publication("cli/small.xml");
  text::FontSet fonts(layout_test::font_config());
  util::Diagnostics diagnostics;
  auto doc = layout::lay_out(pub, layout_test::handbook_layout(), "vi", fonts, diagnostics);
  REQUIRE(doc);
  const std::string dump = draw::dump(*doc, {true});
  const std::string golden_path = std::string(BROCHURE_FIXTURES) + "/layout/small.vi.dump.txt";
  // Updating never passes: the new copy is written and the test fails until it runs again
  // without the variable, after the diff has been looked at.
  if (const char* update = std::getenv("BROCHURE_UPDATE_GOLDEN"); update && *update) {
    std::ofstream(golden_path) << dump;
    FAIL("wrote " << golden_path << "; review its diff, then run again without BROCHURE_UPDATE_GOLDEN");
  }
  std::ifstream in(golden_path);
  REQUIRE(in);
  std::stringstream golden;
  golden << in.rdbuf();
  CHECK(dump == golden.str());
  // And twice in a row the same: no state leaks between runs.
  util::Diagnostics again;
  auto second = layout::lay_out(pub, layout_test::handbook_layout(), "vi", fonts, again);
  CHECK(draw::dump(*second, {true}) == dump);
}
