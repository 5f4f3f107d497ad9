#pragma once
// Value labels of a chart that never overlap: each label tries its places in order (above its
// bar, then higher up; at the bar's end, then beyond) and takes the first that collides with no
// label placed before it and stays inside the chart; a label with no such place is dropped.
#include <cstddef>
#include <vector>

#include "draw/geometry.hpp"

namespace layout {

struct LabelRequest {
  std::vector<draw::Rect> places;  // where the label may go, best first
};

struct LabelPlacement {
  // For each request, the index of the place it took; -1: dropped.
  std::vector<int> chosen;
  std::vector<std::size_t> dropped;  // the requests without a place, in order
};

// True when the segment a–b runs through `r` (touching its edge counts): a line chart's label
// must not sit on a segment of the line.
bool crosses(const draw::Rect& r, draw::Point a, draw::Point b);

// `bounds`: the area labels must stay in. `obstacles`: what labels must not cover (bars).
// `gap`: the least distance between two labels.
LabelPlacement place_labels(const std::vector<LabelRequest>& requests, const draw::Rect& bounds,
                            const std::vector<draw::Rect>& obstacles, double gap);

}  // namespace layout
