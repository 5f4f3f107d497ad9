#include "layout/chart_labels.hpp"

namespace layout {

namespace {

bool overlaps(const draw::Rect& a, const draw::Rect& b, double gap) {
  return a.x < b.right() + gap && b.x < a.right() + gap && a.y < b.bottom() + gap && b.y < a.bottom() + gap;
}

}  // namespace

LabelPlacement place_labels(const std::vector<LabelRequest>& requests, const draw::Rect& bounds,
                            const std::vector<draw::Rect>& obstacles, double gap) {
  LabelPlacement out;
  std::vector<draw::Rect> taken;
  for (std::size_t r = 0; r < requests.size(); ++r) {
    int chosen = -1;
    const auto& places = requests[r].places;
    for (std::size_t p = 0; p < places.size() && chosen < 0; ++p) {
      const draw::Rect& place = places[p];
      if (!bounds.contains(place)) continue;
      bool free = true;
      for (const auto& other : taken) free = free && !overlaps(place, other, gap);
      // Bars may touch a label (it sits on them), never run through it.
      for (const auto& bar : obstacles) free = free && !overlaps(place, bar, -0.01);
      if (free) chosen = static_cast<int>(p);
    }
    out.chosen.push_back(chosen);
    if (chosen < 0) out.dropped.push_back(r);
    else taken.push_back(places[static_cast<std::size_t>(chosen)]);
  }
  return out;
}

}  // namespace layout
