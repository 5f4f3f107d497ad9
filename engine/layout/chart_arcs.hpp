#pragma once
// The parts of a donut chart as vector paths: a sector of a ring between two angles, its arcs
// as cubic Béziers of at most 90° each (the usual 4/3·tan(θ/4) control distance, off the true
// circle by under 0.03 % of the radius).
#include "draw/items.hpp"

namespace layout {

// Angles in degrees, clockwise from twelve o'clock, as a reader goes round a dial; y grows
// downwards as on the page. `inner` 0 gives a pie slice.
draw::Path ring_sector(draw::Point centre, double outer, double inner, double from_degrees, double to_degrees);

// A whole circle, clockwise from twelve o'clock, as four quarter Béziers.
draw::Path circle(draw::Point centre, double radius);

// The point at `degrees` on the circle of `radius` round `centre`, in the same convention.
draw::Point on_circle(draw::Point centre, double radius, double degrees);

}  // namespace layout
