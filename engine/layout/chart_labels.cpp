#include "layout/chart_labels.hpp"

#include <algorithm>

namespace layout {

namespace {

bool overlaps(const draw::Rect& a, const draw::Rect& b, double gap) {
  return a.x < b.right() + gap && b.x < a.right() + gap && a.y < b.bottom() + gap && b.y < a.bottom() + gap;
}

}  // namespace

bool crosses(const draw::Rect& r, draw::Point a, draw::Point b) {
  // Liang–Barsky: clip the segment's parameter range [0, 1] to each of the four edges.
  double t0 = 0, t1 = 1;
  const double dx = b.x - a.x, dy = b.y - a.y;
  const double p[4] = {-dx, dx, -dy, dy};
  const double q[4] = {a.x - r.x, r.right() - a.x, a.y - r.y, r.bottom() - a.y};
  for (int i = 0; i < 4; ++i) {
    if (p[i] == 0) {
      if (q[i] < 0) return false;  // parallel to this edge and outside it
      continue;
    }
    const double t = q[i] / p[i];
    if (p[i] < 0) t0 = std::max(t0, t);
    else t1 = std::min(t1, t);
    if (t0 > t1) return false;
  }
  return true;
}

LabelPlacement place_labels(const std::vector<LabelRequest>& requests, const draw::Rect& bounds,
                            const std::vector<draw::Rect>& obstacles, double gap) {
  LabelPlacement out;
  std::vector<draw::Rect> taken;
  for (std::size_t r = 0; r < requests.size(); ++r) {
    int chosen = -1;
    const auto& places = requests[r].places;
    for (std::size_t p = 0; p < places.size() && chosen < 0; ++p) {
      const draw::Rect& place = places[p];
      if (place.empty() || !bounds.contains(place)) continue;  // an empty place was ruled out
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
