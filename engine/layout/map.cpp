// Maps drawn from a base drawing of named shapes (model/map_file): the shapes in the looks of
// the layout's <map-style>, markers and icons at the places, names in the language's fonts placed
// where they collide with no other name or marker (or left out with a warning), a scale bar and a
// north arrow. Vector paths and text only, so the print edition carries it in CMYK swatches.
#include <algorithm>
#include <cmath>
#include <numbers>
#include <optional>

#include "layout/block_builder.hpp"
#include "layout/chart_arcs.hpp"
#include "layout/chart_labels.hpp"
#include "layout/set_text.hpp"

namespace layout {

namespace {

using Op = draw::PathSegment::Op;

// Equirectangular: longitudes shrink by the cosine of the latitude of true scale, so distances
// there are true in every direction; good enough for a province, and exact along that latitude.
struct Projection {
  const model::MapBase& base;
  double k = 1, scale = 1;  // scale: points per degree of latitude
  double width = 0, height = 0;

  Projection(const model::MapBase& b, double w) : base(b), width(w) {
    k = std::cos(b.true_scale * std::numbers::pi / 180.0);
    scale = w / ((b.east - b.west) * k);
    height = (b.north - b.south) * scale;
  }
  draw::Point operator()(const model::GeoPoint& p) const {
    return {(p.lon - base.west) * k * scale, (base.north - p.lat) * scale};
  }
  // A degree of latitude is 111.195 km on a sphere of the mean Earth radius (6371.0 km).
  double points_per_km() const { return scale / 111.195; }
};

draw::Point clamp(draw::Point p, const draw::Rect& frame) {
  return {std::clamp(p.x, frame.x, frame.right()), std::clamp(p.y, frame.y, frame.bottom())};
}

// The shape through `points`: straight, or a Catmull-Rom curve through every point as cubic
// Béziers (controls a sixth of the chord between the neighbours away). Controls are kept
// inside the frame, so a smooth curve, which stays in the hull of its controls, does too.
draw::Path shape_path(const std::vector<draw::Point>& points, const std::vector<bool>& corners, bool closed, bool smooth,
                      const draw::Rect& frame) {
  draw::Path path;
  const std::size_t n = points.size();
  if (n < 2) return path;
  path.segments.push_back({Op::move, {points[0]}});
  const std::size_t pieces = closed ? n : n - 1;
  for (std::size_t i = 0; i < pieces; ++i) {
    const draw::Point p1 = points[i], p2 = points[(i + 1) % n];
    if (!smooth) {
      if (i + 1 < n) path.segments.push_back({Op::line, {p2}});
      continue;
    }
    // At a corner (or an open end) the curve leaves along the chord: its own point stands in
    // for the neighbour beyond it.
    const bool sharp1 = corners[i] || (!closed && i == 0), sharp2 = corners[(i + 1) % n] || (!closed && i + 2 >= n);
    const draw::Point p0 = sharp1 ? p1 : points[(i + n - 1) % n];
    const draw::Point p3 = sharp2 ? p2 : points[(i + 2) % n];
    const draw::Point c1 = clamp({p1.x + (p2.x - p0.x) / 6, p1.y + (p2.y - p0.y) / 6}, frame);
    const draw::Point c2 = clamp({p2.x - (p3.x - p1.x) / 6, p2.y - (p3.y - p1.y) / 6}, frame);
    path.segments.push_back({Op::curve, {c1, c2, p2}});
  }
  if (closed) path.segments.push_back({Op::close, {}});
  return path;
}

// The point a share `t` of the way along a polyline, by length.
draw::Point along(const std::vector<draw::Point>& points, double t) {
  double total = 0;
  for (std::size_t i = 1; i < points.size(); ++i) total += std::hypot(points[i].x - points[i - 1].x, points[i].y - points[i - 1].y);
  double left = total * std::clamp(t, 0.0, 1.0);
  for (std::size_t i = 1; i < points.size(); ++i) {
    const double d = std::hypot(points[i].x - points[i - 1].x, points[i].y - points[i - 1].y);
    if (left <= d && d > 0) {
      const double f = left / d;
      return {points[i - 1].x + f * (points[i].x - points[i - 1].x), points[i - 1].y + f * (points[i].y - points[i - 1].y)};
    }
    left -= d;
  }
  return points.back();
}

// Whether segments a–b and c–d cross (proper or touching), by the signs of the cross products.
bool segments_cross(draw::Point a, draw::Point b, draw::Point c, draw::Point d) {
  auto side = [](draw::Point p, draw::Point q, draw::Point r) { return (q.x - p.x) * (r.y - p.y) - (q.y - p.y) * (r.x - p.x); };
  const double d1 = side(c, d, a), d2 = side(c, d, b), d3 = side(a, b, c), d4 = side(a, b, d);
  return ((d1 > 0) != (d2 > 0) || d1 == 0 || d2 == 0) && ((d3 > 0) != (d4 > 0) || d3 == 0 || d4 == 0) &&
         std::min(a.x, b.x) <= std::max(c.x, d.x) && std::min(c.x, d.x) <= std::max(a.x, b.x) &&
         std::min(a.y, b.y) <= std::max(c.y, d.y) && std::min(c.y, d.y) <= std::max(a.y, b.y);
}

// The largest length of 1, 2 or 5 × 10ⁿ km that is at most `most` km.
int scale_length(double most) {
  double best = 1;
  for (double decade = 1; decade <= 1e5; decade *= 10)
    for (double m : {1.0, 2.0, 5.0})
      if (m * decade <= most) best = m * decade;
  return static_cast<int>(best);
}

std::string fill(std::string pattern, const std::string& field, const std::string& value) {
  if (auto at = pattern.find(field); at != std::string::npos) pattern.replace(at, field.size(), value);
  return pattern;
}

class MapPainter {
 public:
  MapPainter(BlockBuilder& builder, const model::Map& map, const model::MapBase& base, double width,
             const text::IconFont* icons)
      : builder_(builder), styles_(builder.styles()), map_(map), ms_(styles_.layout().map_style),
        project_(base, width), icons_(icons), scale_(styles_.scale()) {}

  double height() const { return project_.height; }

  void paint(Box& box) {
    box_ = &box;
    const draw::Rect frame{0, 0, project_.width, project_.height};
    for (const auto& shape : project_.base.shapes) paint_shape(shape, frame);
    for (const auto& p : map_.places) place(p);
    for (const auto& route : map_.routes) route_label(route);
    scale_bar();
    north_arrow();
    names();
  }

  // "Map: Quảng Ngãi; Kon Tum; …": every name on the map, in the order the content gives them.
  std::string alternative_text() {
    const auto& language = styles_.language();
    std::string names;
    auto add = [&](const model::Text& text) {
      const std::string name = text.plain(language.code);
      if (name.empty()) return;
      if (!names.empty()) names += language.chart_separator;
      names += name;
    };
    for (const auto& place : map_.places) add(place.name);
    for (const auto& area : map_.areas) add(area.name);
    for (const auto& route : map_.routes) add(route.name);
    return fill(language.map_alt, "{names}", names);
  }

 private:
  BlockBuilder& builder_;
  StyleResolver& styles_;
  const model::Map& map_;
  const style::MapStyle& ms_;
  Projection project_;
  const text::IconFont* icons_;
  double scale_;
  Box* box_ = nullptr;
  std::vector<draw::Rect> obstacles_;  // markers, shields, the scale bar and north arrow
  struct ClearLine {
    draw::Point a, b;
    double half_width = 0;
    bool keep_clear = false;  // of a keep-clear class: crossed only when nothing else is free
  };
  std::vector<ClearLine> clear_lines_;  // the drawn lines, which names had better not cross

  // Who chooses first: the major places, then routes (a name along a short line has few places),
  // then the other places, and last the names of areas, which have room to move.
  enum class Order { major, route, place, area };

  // A name waiting for its place: where it may go, best first.
  struct Name {
    SetText text;
    std::vector<draw::Rect> places;
    // Per place: a name away from its marker (the second ring of places) gets a leader line
    // from the marker's edge.
    std::vector<bool> leader;
    std::vector<int> cost;  // per place: 0 clear, 1 across a drawn line, 2 across a keep-clear one
    draw::Point anchor{};
    double anchor_radius = 0;
    std::string what;  // for the warning: "the <place> \"Lý Sơn\""
    Order order = Order::place;
    util::SourceLocation where;
  };
  std::vector<Name> names_;

  const std::string& lang() const { return styles_.language().code; }

  void add(draw::Path path) {
    box_->items.push_back({std::move(path), false, builder_.current_element()});
  }
  draw::Paint paint(const std::string& swatch, double tint = 1.0) { return styles_.paint(swatch, map_.where, tint); }
  draw::Stroke stroke(const std::string& swatch, double width, double tint = 1.0, std::vector<double> dash = {}) {
    return draw::Stroke{paint(swatch, tint), width, std::move(dash)};
  }

  void paint_shape(const model::MapShape& shape, const draw::Rect& frame) {
    std::vector<draw::Point> points;
    for (const auto& p : shape.points) points.push_back(project_(p));
    const style::MapClass* look = ms_.find(shape.style_class);
    if (!look) {
      styles_.diagnostics().warning(shape.where, "the layout's <map-style> has no <class name=\"" + shape.style_class +
                                                     "\">; the shape \"" + shape.id + "\" is drawn as a hairline");
      draw::Path path = shape_path(points, shape.corners, shape.closed, shape.smooth, frame);
      path.stroke = stroke(ms_.marker, 0.25);
      add(std::move(path));
      return;
    }
    const draw::Path outline = shape_path(points, shape.corners, shape.closed, shape.smooth, frame);
    if (!look->casing.empty()) {
      draw::Path casing = outline;
      casing.stroke = stroke(look->casing, look->casing_width);
      add(std::move(casing));
    }
    if (look->keep_clear && shape.closed) obstacles_.push_back(outline.bounds());
    // Every drawn line is one a name had better not cross (small black text over a line is hard
    // to read, and over an edge of colour it is no longer on one ground); a keep-clear line
    // (the expressway) counts more. The straight segments between the points stand in for
    // the curve.
    if (!look->stroke.empty() || !look->casing.empty()) {
      const std::size_t n = points.size(), segments = shape.closed ? n : n - 1;
      for (std::size_t i = 0; i < segments; ++i)
        clear_lines_.push_back({points[i], points[(i + 1) % n], std::max(look->width, look->casing_width) / 2,
                                look->keep_clear && !shape.closed});
    }
    draw::Path path = outline;
    if (shape.closed && !look->fill.empty()) path.fill = paint(look->fill, look->fill_tint);
    if (!look->stroke.empty()) path.stroke = stroke(look->stroke, look->width, look->stroke_tint, look->dash);
    if (path.fill || path.stroke) add(std::move(path));
  }

  // The marker (or icon disc) of a place, kept clear of names; returns its radius.
  double marker(const model::MapPlace& place, draw::Point at) {
    const double size = ms_.marker_size * scale_;
    double r = 0;
    if (!place.icon.empty()) {
      r = size * 0.95;
      draw::Path disc = circle(at, r);
      disc.fill = paint(ms_.marker);
      add(std::move(disc));
      if (icons_) {
        if (auto icon = icons_->outline(place.icon, r * 1.45)) {
          draw::translate(*icon, at.x - r * 0.725, at.y - r * 0.725);
          icon->fill = paint(ms_.marker_fill);
          add(std::move(*icon));
        } else {
          styles_.diagnostics().error(place.where, "no icon named \"" + place.icon + "\" in " + text::kIconFamily +
                                                       "; the names are those of fonts.google.com/icons, such as "
                                                       "flight, factory, directions_boat");
        }
      }
    } else {
      switch (place.marker) {
        case model::MapMarker::capital: {
          r = size;
          draw::Path ring = circle(at, r);
          ring.fill = paint(ms_.marker_fill);
          ring.stroke = stroke(ms_.marker, 0.75 * scale_);
          add(std::move(ring));
          draw::Path dot = circle(at, r * 0.45);
          dot.fill = paint(ms_.marker);
          add(std::move(dot));
          break;
        }
        case model::MapMarker::town: {
          r = size * 0.5;
          draw::Path ring = circle(at, r);
          ring.fill = paint(ms_.marker_fill);
          ring.stroke = stroke(ms_.marker, 0.65 * scale_);
          add(std::move(ring));
          break;
        }
        case model::MapMarker::dot: {
          r = size * 0.35;
          draw::Path dot = circle(at, r);
          dot.fill = paint(ms_.accent);
          add(std::move(dot));
          break;
        }
        case model::MapMarker::square: {
          r = size * 0.6;
          draw::Path square = draw::Path::rectangle({at.x - r, at.y - r, 2 * r, 2 * r});
          square.fill = paint(ms_.accent);
          square.stroke = stroke(ms_.marker_fill, 0.5 * scale_);
          add(std::move(square));
          break;
        }
        case model::MapMarker::none: break;
      }
    }
    if (r > 0) obstacles_.push_back({at.x - r, at.y - r, 2 * r, 2 * r});
    return r;
  }

  // A place: its marker, and the places its name may take round it, best first.
  void place(const model::MapPlace& place) {
    const draw::Point at = project_(place.at);
    const double r = marker(place, at);
    Name name;
    name.text = set_text(builder_, place.name, place.major ? ms_.major_style : ms_.label_style, 1e5, text::Align::left,
                         place.where);
    // 2 pt of air between a marker and its name: at 1.2 pt a 150 dpi separation already saw the
    // marker's white inside under the name's first letter.
    const double w = name.text.width, h = name.text.height, g = 2 * scale_ + r;
    const double d = r * 0.7 + 0.8 * scale_;  // the diagonal places: off the marker's corner
    const draw::Rect right{at.x + g, at.y - h / 2, w, h}, left{at.x - g - w, at.y - h / 2, w, h},
        above{at.x - w / 2, at.y - g - h, w, h}, below{at.x - w / 2, at.y + g, w, h};
    std::vector<draw::Rect> places{right, left, above, below, {at.x + d, at.y - d - h, w, h}, {at.x + d, at.y + d, w, h},
                                   {at.x - d - w, at.y - d - h, w, h}, {at.x - d - w, at.y + d, w, h}};
    // Then the same a line further out, each joined to the marker by a leader; not straight to
    // the right or left, where a leader would read as a dash of the name ("チューライ—").
    const std::size_t near = places.size();
    const double out = h * 1.2, diagonal = out * std::numbers::sqrt2 / 2;
    const draw::Point directions[] = {{0, 0}, {0, 0}, {0, -out}, {0, out},
                                      {diagonal, -diagonal}, {diagonal, diagonal}, {-diagonal, -diagonal}, {-diagonal, diagonal}};
    for (std::size_t i = 0; i < near; ++i)
      places.push_back(i < 2 ? draw::Rect{} : draw::Rect{places[i].x + directions[i].x, places[i].y + directions[i].y, w, h});
    // The side the content prefers comes first, near and then further out.
    static const std::vector<std::string> sides{"right", "left", "above", "below",
                                                "above-right", "below-right", "above-left", "below-left"};
    const auto side = std::find(sides.begin(), sides.end(), place.side);
    std::vector<bool> leader(near, false);
    leader.resize(2 * near, true);
    if (side != sides.end()) {
      const auto first = side - sides.begin();
      const auto n = static_cast<std::ptrdiff_t>(near);
      std::rotate(places.begin(), places.begin() + first, places.begin() + first + 1);
      std::rotate(places.begin() + 1, places.begin() + n + first, places.begin() + n + first + 1);
      std::rotate(leader.begin(), leader.begin() + first, leader.begin() + first + 1);
      std::rotate(leader.begin() + 1, leader.begin() + n + first, leader.begin() + n + first + 1);
    }
    name.places = std::move(places);
    name.leader = std::move(leader);
    name.anchor = at;
    name.anchor_radius = r;
    name.what = "<place> \"" + place.name.plain(lang()) + "\"";
    name.where = place.where;
    name.order = place.major ? Order::major : Order::place;
    names_.push_back(std::move(name));
  }

  const model::MapShape* shape(const std::string& id) const { return project_.base.shape(id); }

  std::vector<draw::Point> projected(const model::MapShape& shape) const {
    std::vector<draw::Point> points;
    for (const auto& p : shape.points) points.push_back(project_(p));
    return points;
  }

  // A road number on a shield on its line, or a route's name centred on it.
  void route_label(const model::MapRoute& route) {
    const model::MapShape* line = shape(route.shape);
    if (!line) return;
    const auto points = projected(*line);
    if (!route.shield.empty()) {
      const draw::Point at = along(points, route.along);
      SetText number = set_literal(builder_, route.shield, ms_.label_style, route.where);
      const double pad = 1.2 * scale_, w = number.width + 2 * pad, h = number.height;
      const draw::Rect shield{at.x - w / 2, at.y - h / 2, w, h};
      draw::Path box = draw::Path::rectangle(shield);
      box.fill = paint(ms_.marker_fill);
      box.stroke = stroke(ms_.marker, 0.55 * scale_);
      add(std::move(box));
      builder_.draw_lines(*box_, number.paragraph, shield.x + pad, shield.y);
      obstacles_.push_back(shield);
    }
    if (route.name.empty()) return;
    Name name;
    name.text = set_text(builder_, route.name, ms_.label_style, 1e5, text::Align::left, route.where);
    // Beside the line (over it, under it, right or left of it) at its place, then a little
    // either way along it.
    const double w = name.text.width, h = name.text.height, gap = 1.5 * scale_;
    for (double t : {route.along, route.along - 0.1, route.along + 0.1, route.along - 0.2, route.along + 0.2}) {
      const draw::Point at = along(points, t);
      name.places.push_back({at.x - w / 2, at.y - gap - h, w, h});
      name.places.push_back({at.x - w / 2, at.y + gap, w, h});
      name.places.push_back({at.x + gap, at.y - h / 2, w, h});
      name.places.push_back({at.x - gap - w, at.y - h / 2, w, h});
      for (double sx : {-1.0, 1.0})  // the four corners: beside a diagonal line
        for (double sy : {-1.0, 1.0})
          name.places.push_back({sx > 0 ? at.x + gap : at.x - gap - w, sy > 0 ? at.y + gap : at.y - gap - h, w, h});
    }
    // Not across its own line where it runs steeply.
    std::erase_if(name.places, [&](const draw::Rect& r) {
      for (std::size_t i = 1; i < points.size(); ++i)
        if (crosses(r, points[i - 1], points[i])) return true;
      return false;
    });
    name.what = "<route> \"" + route.name.plain(lang()) + "\"";
    name.order = Order::route;
    name.where = route.where;
    names_.push_back(std::move(name));
  }

  void area_names() {
    for (const auto& area : map_.areas) {
      draw::Point at{};
      if (area.at) {
        at = project_(*area.at);
      } else if (const model::MapShape* s = shape(area.shape)) {
        const auto points = projected(*s);
        auto [left, right] = std::minmax_element(points.begin(), points.end(), [](auto a, auto b) { return a.x < b.x; });
        auto [top, bottom] = std::minmax_element(points.begin(), points.end(), [](auto a, auto b) { return a.y < b.y; });
        at = {(left->x + right->x) / 2, (top->y + bottom->y) / 2};
      }
      Name name;
      name.text = set_text(builder_, area.name, ms_.region_style, 1e5, text::Align::left, area.where);
      const double w = name.text.width, h = name.text.height;
      for (double dy : {0.0, -1.0, 1.0, -2.0, 2.0}) name.places.push_back({at.x - w / 2, at.y - h / 2 + dy * h, w, h});
      // At the frame's edge a name slides inwards rather than being left out.
      for (auto& r : name.places) r.x = std::clamp(r.x, 0.0, std::max(0.0, project_.width - w));
      name.what = "<area> \"" + area.name.plain(lang()) + "\"";
      name.order = Order::area;
      name.where = area.where;
      names_.push_back(std::move(name));
    }
  }

  // Places across no drawn line come first, then those across lines, and last those across a
  // keep-clear line (an expressway) or whose leader would cross one: a name on a busy coast may
  // still cross the road rather than be lost. Within each, the order stays.
  void avoid_clear_lines(Name& n) const {
    auto cost = [&](std::size_t i) {
      const draw::Rect& place = n.places[i];
      if (place.empty()) return 0;
      const auto leader = i < n.leader.size() && n.leader[i] ? leader_line(n.anchor, n.anchor_radius, place) : std::nullopt;
      int worst = 0;
      for (const auto& line : clear_lines_) {
        if (crosses(place.outset(line.half_width), line.a, line.b)) worst = std::max(worst, line.keep_clear ? 2 : 1);
        if (line.keep_clear && leader && segments_cross(leader->first, leader->second, line.a, line.b)) worst = 2;
      }
      return worst;
    };
    std::vector<std::size_t> order(n.places.size());
    std::vector<int> costs(n.places.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i, costs[i] = cost(i);
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return costs[a] < costs[b]; });
    std::vector<draw::Rect> places;
    std::vector<bool> leader;
    n.cost.clear();
    for (std::size_t i : order) {
      places.push_back(n.places[i]);
      n.cost.push_back(costs[i]);
      if (!n.leader.empty()) leader.push_back(n.leader[i]);
    }
    n.places = std::move(places);
    n.leader = std::move(leader);
  }

  // Every name in its first free place, in the order above and then the content's.
  void names() {
    area_names();
    std::stable_sort(names_.begin(), names_.end(), [](const Name& a, const Name& b) { return a.order < b.order; });
    std::vector<LabelRequest> requests;
    for (auto& n : names_) {
      avoid_clear_lines(n);
      requests.push_back({n.places});
    }
    const LabelPlacement placed =
        place_labels(requests, {0, 0, project_.width, project_.height}, obstacles_, 1.0 * scale_);
    for (std::size_t i = 0; i < names_.size(); ++i) {
      if (placed.chosen[i] < 0) {
        styles_.diagnostics().warning(names_[i].where, "the " + names_[i].what + " (" + lang() +
                                                           ") has no room on the map beside the other names and "
                                                           "markers, and is left out; move it, give it label=\"…\" "
                                                           "another side, or shorten it");
        continue;
      }
      const std::size_t chosen = static_cast<std::size_t>(placed.chosen[i]);
      const draw::Rect& r = names_[i].places[chosen];
      // A name that must cross a line stands on a box of the paper colour (the halo the old
      // picture drew round its letters): the line stops at it, the name stays on one ground, and
      // small black text prints on the black plate alone.
      if (chosen < names_[i].cost.size() && names_[i].cost[chosen] > 0) {
        draw::Path ground = draw::Path::rectangle(r.outset(0.6 * scale_));
        ground.fill = paint(ms_.marker_fill);
        add(std::move(ground));
      }
      builder_.draw_lines(*box_, names_[i].text.paragraph, r.x, r.y);
      if (chosen < names_[i].leader.size() && names_[i].leader[chosen]) leader(names_[i].anchor, names_[i].anchor_radius, r);
    }
  }

  // A hairline from the marker's edge to the nearest point of its name's box, less a little air.
  std::optional<std::pair<draw::Point, draw::Point>> leader_line(draw::Point at, double radius, const draw::Rect& name) const {
    const draw::Point near{std::clamp(at.x, name.x, name.right()), std::clamp(at.y, name.y + name.height * 0.25,
                                                                           name.bottom() - name.height * 0.25)};
    const double dx = near.x - at.x, dy = near.y - at.y, length = std::hypot(dx, dy);
    const double air = 0.8 * scale_;
    if (length <= radius + 2 * air) return std::nullopt;
    return std::pair{draw::Point{at.x + dx / length * (radius + air), at.y + dy / length * (radius + air)},
                     draw::Point{near.x - dx / length * air, near.y - dy / length * air}};
  }
  void leader(draw::Point at, double radius, const draw::Rect& name) {
    const auto ends = leader_line(at, radius, name);
    if (!ends) return;
    draw::Path line = draw::Path::line(ends->first, ends->second);
    line.stroke = stroke(ms_.marker, 0.4 * scale_);
    add(std::move(line));
  }

  // Bottom left: a bar of a round number of kilometres, half dark, half light, its length above.
  void scale_bar() {
    const double ppk = project_.points_per_km();
    const int km = scale_length(project_.width * 0.25 / ppk);
    const double length = km * ppk, bar = 2.2 * scale_, margin = 5 * scale_;
    const double x = margin, y = project_.height - margin - bar;
    const std::string words = fill(styles_.language().map_scale, "{n}",
                                   styles_.format({std::to_string(km), 0, {}, false, {}}, map_.where));
    SetText label = set_literal(builder_, words, ms_.label_style, map_.where);
    for (int half = 0; half < 2; ++half) {
      draw::Path piece = draw::Path::rectangle({x + half * length / 2, y, length / 2, bar});
      piece.fill = paint(half == 0 ? ms_.marker : ms_.marker_fill);
      piece.stroke = stroke(ms_.marker, 0.4 * scale_);
      add(std::move(piece));
    }
    const double label_y = y - label.height - 0.5 * scale_;
    builder_.draw_lines(*box_, label.paragraph, x, label_y);
    obstacles_.push_back({x, label_y, std::max(length, label.width), y + bar - label_y});
  }

  // Bottom right: an arrow in two halves pointing north, the language's letter under it.
  void north_arrow() {
    const double s = 4.6 * scale_, margin = 5 * scale_;
    SetText letter = set_literal(builder_, styles_.language().map_north, ms_.label_style, map_.where);
    const double cx = project_.width - margin - std::max(2.3 * scale_, letter.width / 2);
    const double letter_y = project_.height - margin - letter.height;
    const double base = letter_y - 1 * scale_, tip = base - 2.2 * s;
    for (int side : {1, -1}) {
      draw::Path half;
      half.segments = {{Op::move, {{cx, tip}}}, {Op::line, {{cx + side * s / 2, base}}},
                       {Op::line, {{cx, base - s * 0.25}}}, {Op::close, {}}};
      half.fill = paint(ms_.accent, side > 0 ? 1.0 : 0.45);
      add(std::move(half));
    }
    builder_.draw_lines(*box_, letter.paragraph, cx - letter.width / 2, letter_y);
    const double w = std::max(s, letter.width);
    obstacles_.push_back({cx - w / 2, tip, w, letter_y + letter.height - tip});
  }
};

}  // namespace

void BlockBuilder::map(const model::Map& m, BlockOutput& out, const Measure& measure) {
  ++figure_count_;
  if (!m.drawing) return;  // reported by the reader
  const double width = drawn_width(m.width, measure);
  Box box = drawn_box(width, measure, m.id, m.where);
  bool wants_icons = false;
  for (const auto& place : m.places) wants_icons = wants_icons || !place.icon.empty();
  MapPainter painter(*this, m, *m.drawing, width, wants_icons ? icons(m.where) : nullptr);
  // The whole drawing, its names included, is one Figure.
  const draw::ElementId figure = figure_element(m.alt, m.alt.empty() ? painter.alternative_text() : "", m.where);
  const draw::ElementId outer = element_;
  element_ = figure;
  painter.paint(box);
  element_ = outer;
  add_captioned_figure(out, std::move(box), painter.height(), width, m.caption, m.where);
}

}  // namespace layout
