// <png pixel-width="…">: the shipped infographic layout asks for its picture's width in pixels;
// anything but a whole number of pixels is an error at its line.
#include <catch2/catch.hpp>

#include "layout_files.hpp"
#include "style/reader.hpp"

using style_test::fixture;
using style_test::listing;
using style_test::shipped_layout;

TEST_CASE("png: the infographic layout is 540 pt wide and asks for 1080 pixels; others ask for none") {
  util::Diagnostics diagnostics;
  auto infographic = style::read_layout(shipped_layout("infographic-1080.xml"), diagnostics);
  INFO(listing(diagnostics));
  REQUIRE(infographic);
  CHECK(infographic->kind == style::LayoutKind::infographic);
  CHECK(infographic->png_pixel_width == 1080);
  CHECK(infographic->page.width == Approx(540));
  auto flyer = style::read_layout(shipped_layout("flyer-a4.xml"), diagnostics);
  REQUIRE(flyer);
  CHECK(flyer->png_pixel_width == 0);
}

TEST_CASE("png: a width with a unit is an error at its line") {
  util::Diagnostics diagnostics;
  auto layout = style::read_layout(fixture("bad-png.xml"), diagnostics);
  INFO(listing(diagnostics));
  CHECK_FALSE(layout);
  CHECK(diagnostics.error_count() == 1);
  CHECK(diagnostics.contains("bad-png.xml:3"));
  CHECK(diagnostics.contains("pixel-width"));
}
