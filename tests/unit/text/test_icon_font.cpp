// Icons by name from Material Icons, as outlines: a known name gives a closed path inside its
// square, an unknown one nothing; two different icons are different shapes.
#include <catch2/catch.hpp>

#include "text/icon_font.hpp"
#include "text_fixture.hpp"

using namespace text_test;

TEST_CASE("icons: the private font configuration offers Material Icons, and nothing else sneaks into text chains") {
  CHECK(font_config().has_family(text::kIconFamily));
}

TEST_CASE("icons: a name becomes a closed outline inside its square; an unknown name none") {
  std::string why;
  auto icons = text::IconFont::open(font_config(), why);
  INFO(why);
  REQUIRE(icons);
  const double size = 30;
  auto factory = icons->outline("factory", size);
  REQUIRE(factory);
  const draw::Rect bounds = factory->bounds();
  INFO(bounds.x << " " << bounds.y << " " << bounds.width << " " << bounds.height);
  CHECK(bounds.x >= -0.01);
  CHECK(bounds.y >= -0.01);
  CHECK(bounds.right() <= size + 0.01);
  CHECK(bounds.bottom() <= size + 0.01);
  CHECK(bounds.width > size * 0.5);  // a real picture, not a dot: Material draws in a 20/24 of the square
  CHECK(factory->segments.front().op == draw::PathSegment::Op::move);
  CHECK(factory->segments.back().op == draw::PathSegment::Op::close);

  auto groups = icons->outline("groups", size);
  REQUIRE(groups);
  CHECK(groups->segments.size() != factory->segments.size());
  CHECK_FALSE(icons->outline("no_such_icon_anywhere", size));
  CHECK_FALSE(icons->outline("", size));
  // A plain word that is no icon name shapes to several glyphs, not one.
  CHECK_FALSE(icons->outline("factoryx", size));
}
