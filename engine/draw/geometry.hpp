#pragma once
// Page geometry in PostScript points. Origin at the top-left corner of the trim box, y downwards;
// the bleed lies at negative coordinates and beyond the trim size.
#include <algorithm>

namespace draw {

struct Point {
  double x = 0, y = 0;
};

struct Rect {
  double x = 0, y = 0, width = 0, height = 0;

  double left() const { return x; }
  double top() const { return y; }
  double right() const { return x + width; }
  double bottom() const { return y + height; }
  bool empty() const { return width <= 0 || height <= 0; }
  Rect inset(double d) const { return {x + d, y + d, width - 2 * d, height - 2 * d}; }
  Rect outset(double d) const { return inset(-d); }
  bool contains(const Rect& r, double tolerance = 0.01) const {
    return r.x >= x - tolerance && r.y >= y - tolerance && r.right() <= right() + tolerance &&
           r.bottom() <= bottom() + tolerance;
  }
  Rect united(const Rect& r) const {
    if (empty()) return r;
    if (r.empty()) return *this;
    double l = std::min(x, r.x), t = std::min(y, r.y);
    return {l, t, std::max(right(), r.right()) - l, std::max(bottom(), r.bottom()) - t};
  }
};

}  // namespace draw
