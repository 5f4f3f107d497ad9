// The parts of a donut: sector paths whose ends lie at the angles asked for (clockwise from
// twelve o'clock, y down as on the page) and whose Bézier arcs stay on the circle.
#include <catch2/catch.hpp>

#include <cmath>

#include "layout/chart_arcs.hpp"

namespace {

using Op = draw::PathSegment::Op;

// A cubic Bézier at t.
draw::Point at(draw::Point p0, const draw::PathSegment& s, double t) {
  const double u = 1 - t;
  return {u * u * u * p0.x + 3 * u * u * t * s.p[0].x + 3 * u * t * t * s.p[1].x + t * t * t * s.p[2].x,
          u * u * u * p0.y + 3 * u * u * t * s.p[0].y + 3 * u * t * t * s.p[1].y + t * t * t * s.p[2].y};
}

}  // namespace

TEST_CASE("on_circle: twelve, three, six and nine o'clock", "[chart]") {
  const draw::Point c{100, 100};
  CHECK(layout::on_circle(c, 10, 0).x == Approx(100));
  CHECK(layout::on_circle(c, 10, 0).y == Approx(90));   // up is smaller y
  CHECK(layout::on_circle(c, 10, 90).x == Approx(110)); // clockwise: right
  CHECK(layout::on_circle(c, 10, 180).y == Approx(110));
  CHECK(layout::on_circle(c, 10, 270).x == Approx(90));
}

TEST_CASE("ring sector: starts and ends at its angles, arcs of at most 90° on the circle", "[chart]") {
  const draw::Point c{50, 60};
  // 181.8° (a part of 50.5 %) from 0°: ceil(181.8 / 90) = 3 pieces of 60.6° on each circle.
  const auto path = layout::ring_sector(c, 40, 22, 0, 181.8);
  REQUIRE(path.segments.front().op == Op::move);
  CHECK(path.segments.front().p[0].x == Approx(50));
  CHECK(path.segments.front().p[0].y == Approx(20));
  int outer = 0, inner = 0;
  draw::Point pen = path.segments.front().p[0];
  double worst = 0;
  for (const auto& s : path.segments) {
    if (s.op == Op::curve) {
      const double r = std::hypot(s.p[2].x - c.x, s.p[2].y - c.y);
      (r > 30 ? outer : inner)++;
      for (double t = 0.1; t < 1; t += 0.1) {
        const draw::Point p = at(pen, s, t);
        worst = std::max(worst, std::fabs(std::hypot(p.x - c.x, p.y - c.y) - r) / r);
      }
    }
    if (s.op == Op::line) {
      // The step from the outer arc's end to the inner one: on the ray at 181.8°.
      const double angle = std::atan2(s.p[0].x - c.x, -(s.p[0].y - c.y)) * 180 / M_PI;
      CHECK(angle + 360 == Approx(181.8).margin(1e-6));
      CHECK(std::hypot(s.p[0].x - c.x, s.p[0].y - c.y) == Approx(22));
    }
    if (s.op != Op::close) pen = s.op == Op::curve ? s.p[2] : s.p[0];
  }
  CHECK(outer == 3);
  CHECK(inner == 3);
  CHECK(worst < 0.0003);  // the cubic approximation of a quarter circle is off by 0.027 %
  CHECK(path.segments.back().op == Op::close);
}
