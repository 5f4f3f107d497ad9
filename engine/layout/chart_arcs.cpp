#include "layout/chart_arcs.hpp"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace layout {

namespace {

using Op = draw::PathSegment::Op;

double radians(double degrees) { return degrees * std::numbers::pi / 180.0; }

// Appends the arc from `from` to `to` degrees (either direction) as Béziers; the pen is at its start.
void arc(draw::Path& path, draw::Point c, double r, double from, double to) {
  const int pieces = std::max(1, static_cast<int>(std::ceil(std::fabs(to - from) / 90.0 - 1e-9)));
  const double step = (to - from) / pieces;
  for (int i = 0; i < pieces; ++i) {
    const double a = from + step * i, b = a + step;
    const double k = 4.0 / 3.0 * std::tan(radians(b - a) / 4.0) * r;
    const draw::Point p0 = on_circle(c, r, a), p3 = on_circle(c, r, b);
    // The tangent at angle t (clockwise from 12 o'clock, y down) is (cos t, sin t).
    const draw::Point p1{p0.x + k * std::cos(radians(a)), p0.y + k * std::sin(radians(a))};
    const draw::Point p2{p3.x - k * std::cos(radians(b)), p3.y - k * std::sin(radians(b))};
    path.segments.push_back({Op::curve, {p1, p2, p3}});
  }
}

}  // namespace

draw::Point on_circle(draw::Point centre, double radius, double degrees) {
  return {centre.x + radius * std::sin(radians(degrees)), centre.y - radius * std::cos(radians(degrees))};
}

draw::Path circle(draw::Point centre, double radius) {
  draw::Path path;
  path.segments.push_back({Op::move, {on_circle(centre, radius, 0)}});
  arc(path, centre, radius, 0, 360);
  path.segments.push_back({Op::close, {}});
  return path;
}

draw::Path ring_sector(draw::Point centre, double outer, double inner, double from_degrees, double to_degrees) {
  draw::Path path;
  path.segments.push_back({Op::move, {on_circle(centre, outer, from_degrees)}});
  arc(path, centre, outer, from_degrees, to_degrees);
  if (inner > 0) {
    path.segments.push_back({Op::line, {on_circle(centre, inner, to_degrees)}});
    arc(path, centre, inner, to_degrees, from_degrees);
  } else {
    path.segments.push_back({Op::line, {centre}});
  }
  path.segments.push_back({Op::close, {}});
  return path;
}

}  // namespace layout
