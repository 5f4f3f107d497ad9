// Value labels of a chart: the first free place wins, a label with none is dropped.
#include <catch2/catch.hpp>

#include "layout/chart_labels.hpp"

using draw::Rect;
using layout::LabelRequest;
using layout::place_labels;

TEST_CASE("labels that do not meet keep their first place", "[chart]") {
  const std::vector<LabelRequest> requests{{{Rect{0, 10, 20, 8}}}, {{Rect{30, 10, 20, 8}}}};
  const auto placed = place_labels(requests, Rect{0, 0, 100, 100}, {}, 1);
  CHECK(placed.chosen == std::vector<int>{0, 0});
  CHECK(placed.dropped.empty());
}

TEST_CASE("a label that would cover the one before moves to its next place", "[chart]") {
  // Two 20 pt labels over bars 15 pt apart overlap by 5 pt; the second goes one line up.
  const std::vector<LabelRequest> requests{
      {{Rect{0, 40, 20, 8}, Rect{0, 31, 20, 8}}},
      {{Rect{15, 40, 20, 8}, Rect{15, 31, 20, 8}}},
  };
  const auto placed = place_labels(requests, Rect{0, 0, 100, 100}, {}, 1);
  CHECK(placed.chosen == std::vector<int>{0, 1});
}

TEST_CASE("the gap counts: labels 0.5 pt apart collide at a 1 pt gap", "[chart]") {
  const std::vector<LabelRequest> requests{{{Rect{0, 0, 10, 8}}}, {{Rect{10.5, 0, 10, 8}}}};
  CHECK(place_labels(requests, Rect{0, 0, 100, 100}, {}, 1).dropped == std::vector<std::size_t>{1});
  CHECK(place_labels(requests, Rect{0, 0, 100, 100}, {}, 0.4).dropped.empty());
}

TEST_CASE("a label with no free place is dropped, and named", "[chart]") {
  // The second label's places: over the first label, then above the chart's top.
  const std::vector<LabelRequest> requests{
      {{Rect{0, 10, 20, 8}}},
      {{Rect{5, 10, 20, 8}, Rect{5, -5, 20, 8}}},
      {{Rect{60, 10, 20, 8}}},
  };
  const auto placed = place_labels(requests, Rect{0, 0, 100, 100}, {}, 1);
  CHECK(placed.chosen == std::vector<int>{0, -1, 0});
  CHECK(placed.dropped == std::vector<std::size_t>{1});
}

TEST_CASE("labels stay off the bars but may sit on them", "[chart]") {
  // A bar from y 20 down; a label resting on its top (y 12 … 20) is fine, one reaching into it
  // (y 15 … 23) goes to its next place.
  const std::vector<Rect> bars{{0, 20, 10, 80}};
  CHECK(place_labels({{{Rect{0, 12, 10, 8}}}}, Rect{0, 0, 100, 100}, bars, 1).chosen == std::vector<int>{0});
  CHECK(place_labels({{{Rect{0, 15, 10, 8}, Rect{0, 5, 10, 8}}}}, Rect{0, 0, 100, 100}, bars, 1).chosen ==
        std::vector<int>{1});
}

TEST_CASE("chart labels: a segment crosses a label's box when it runs through it or touches it") {
  const draw::Rect label{10, 10, 20, 8};  // x 10…30, y 10…18
  CHECK(layout::crosses(label, {0, 14}, {40, 14}));      // straight through
  CHECK(layout::crosses(label, {0, 30}, {30, 0}));       // a slope through its lower left corner area
  CHECK(layout::crosses(label, {15, 12}, {20, 14}));     // wholly inside
  CHECK(layout::crosses(label, {0, 18}, {40, 18}));      // along its bottom edge: touching counts
  CHECK_FALSE(layout::crosses(label, {0, 19}, {40, 19}));  // a point under it
  CHECK_FALSE(layout::crosses(label, {0, 20}, {9, 0}));   // a slope passing left of it
  CHECK_FALSE(layout::crosses(label, {31, 0}, {31, 40}));  // beside it
  CHECK_FALSE(layout::crosses(label, {0, 0}, {9, 9}));    // its line would cross, the segment stops short
}
