#include <catch2/catch.hpp>

#include "layout/column_fill.hpp"

using layout::Box;
using layout::Galley;

namespace {

Box line(double height, bool keep = false, double space = 0) {
  Box b;
  b.height = height;
  b.keep_with_previous = keep;
  b.space_before = space;
  return b;
}

}  // namespace

TEST_CASE("a column takes boxes until the next one does not fit") {
  Galley g{line(10), line(10), line(10), line(10)};
  auto s = layout::fill_column(g, 0, g.size(), 35);
  CHECK(s.end == 3);
  CHECK(s.height == Approx(30));
}

TEST_CASE("space before a box counts inside a column but not at its top") {
  Galley g{line(10, false, 50), line(10, false, 5), line(10, false, 5)};
  auto s = layout::fill_column(g, 0, g.size(), 45);
  CHECK(s.end == 3);
  CHECK(s.height == Approx(40));  // 10 + 15 + 15: the first box's 50 is dropped
  CHECK(layout::fill_column(g, 0, g.size(), 39).end == 2);
}

TEST_CASE("a break never separates a box from the one it keeps with") {
  // Lines 2 and 3 keep with their predecessors: the break backs up to before line 1.
  Galley g{line(10), line(10), line(10, true), line(10, true), line(10)};
  auto s = layout::fill_column(g, 0, g.size(), 35);
  CHECK(s.end == 1);
  CHECK_FALSE(g[s.end].keep_with_previous);
}

TEST_CASE("an unbreakable run taller than the column is cut where it overflows") {
  Galley g{line(10), line(10, true), line(10, true), line(10, true)};
  auto s = layout::fill_column(g, 0, g.size(), 25);
  CHECK(s.end == 2);
}

TEST_CASE("a forced break ends the column") {
  Galley g{line(10), line(10), line(10)};
  g[1].break_before = layout::BreakBefore::page;
  CHECK(layout::fill_column(g, 0, g.size(), 100).end == 1);
}

TEST_CASE("a table row that starts a column brings the repeated header with it") {
  auto header = std::make_shared<std::vector<Box>>(std::vector<Box>{line(12)});
  Galley g{line(10), line(10), line(10)};
  g[1].repeat_header = header;
  g[2].repeat_header = header;
  auto s = layout::fill_column(g, 1, g.size(), 32);
  CHECK(s.repeats_header);
  CHECK(s.end == 3);
  CHECK(s.height == Approx(32));
  CHECK(layout::fill_column(g, 1, g.size(), 31).end == 2);
}

TEST_CASE("balancing finds the lowest height that keeps the text in its columns") {
  Galley g;
  for (int i = 0; i < 10; ++i) g.push_back(line(10));
  CHECK(layout::balanced_height(g, 0, g.size(), 2, 200) == Approx(50).margin(0.5));
  // Keep rules can force a taller balance: lines 5..7 belong together.
  g[5].keep_with_previous = g[6].keep_with_previous = true;
  double h = layout::balanced_height(g, 0, g.size(), 2, 200);
  CHECK(h >= 60 - 0.01);
  CHECK(h <= 70 + 0.5);
}
