#include "export/pdf_print/printer_marks.hpp"

#include <algorithm>
#include <cmath>

#include "export/pdf_print/line_shaper.hpp"
#include "util/units.hpp"

namespace exporter::pdf_print {

namespace {

using draw::Item;
using draw::Paint;
using draw::Path;
using draw::Point;

// Marks keep this far from the MediaBox edge and from each other.
constexpr double clearance = 1.0;
constexpr double crop_mark_length = util::mm(8);
constexpr double slug_font_size = 6;
constexpr double smallest_slug_font_size = 3;

Item stroked(Path path, Paint ink, std::vector<double> dash = {}) {
  path.stroke = draw::Stroke{ink, mark_line_width, std::move(dash)};
  return {std::move(path), false};
}

Item filled(Path path, Paint ink) {
  path.fill = ink;
  return {std::move(path), false};
}

// A circle from four Bézier quarter arcs.
Path circle(Point c, double r) {
  constexpr double k = 0.5522847498;  // 4/3 (√2 − 1): the control distance of a quarter arc
  using Op = draw::PathSegment::Op;
  Path p;
  p.segments = {
      {Op::move, {{c.x + r, c.y}}},
      {Op::curve, {{c.x + r, c.y + k * r}, {c.x + k * r, c.y + r}, {c.x, c.y + r}}},
      {Op::curve, {{c.x - k * r, c.y + r}, {c.x - r, c.y + k * r}, {c.x - r, c.y}}},
      {Op::curve, {{c.x - r, c.y - k * r}, {c.x - k * r, c.y - r}, {c.x, c.y - r}}},
      {Op::curve, {{c.x + k * r, c.y - r}, {c.x + r, c.y - k * r}, {c.x + r, c.y}}},
      {Op::close, {}},
  };
  return p;
}

// Where the marks go: bands of width `slug` around the bleed.
struct Bands {
  double width, height;  // trim
  double offset;         // crop and fold marks start this far from the trim: outside the bleed
  double length;         // of crop and fold marks
  double centre;         // distance from the trim to the middle of a band
  double half_band;      // half the band's width, less clearance
};

void crop_marks(const Bands& b, Paint ink, std::vector<Item>& out) {
  const double near = b.offset, far = b.offset + b.length;
  for (double x : {0.0, b.width}) {
    for (double y : {0.0, b.height}) {
      const double out_x = x == 0 ? -1 : 1, out_y = y == 0 ? -1 : 1;  // away from the page
      out.push_back(stroked(Path::line({x + out_x * near, y}, {x + out_x * far, y}), ink));
      out.push_back(stroked(Path::line({x, y + out_y * near}, {x, y + out_y * far}), ink));
    }
  }
}

void fold_marks(const Bands& b, const std::vector<draw::Fold>& folds, Paint ink, std::vector<Item>& out) {
  const std::vector<double> dash = {2, 2};
  for (const draw::Fold& fold : folds) {
    out.push_back(stroked(Path::line({fold.x, -b.offset}, {fold.x, -b.offset - b.length}), ink, dash));
    out.push_back(stroked(Path::line({fold.x, b.height + b.offset}, {fold.x, b.height + b.offset + b.length}), ink, dash));
  }
}

// Crosshair and circle, with a disc in the middle: any misregistration shows as colour fringes.
double target_reach(const Bands& b) { return std::min(7.0, b.half_band); }

void registration_target(Point c, double reach, Paint ink, std::vector<Item>& out) {
  const double r = reach / 1.4;
  out.push_back(stroked(circle(c, r), ink));
  out.push_back(stroked(Path::line({c.x - reach, c.y}, {c.x + reach, c.y}), ink));
  out.push_back(stroked(Path::line({c.x, c.y - reach}, {c.x, c.y + reach}), ink));
  out.push_back(filled(circle(c, r / 2.5), ink));
}

// Along the top and bottom, the centre moves aside when a fold mark runs through it.
double target_x(const Bands& b, const std::vector<draw::Fold>& folds) {
  const double reach = target_reach(b);
  double x = b.width / 2;
  for (const draw::Fold& fold : folds)
    if (std::abs(fold.x - x) < reach + clearance) x = fold.x + 2 * reach + clearance;
  return x;
}

void registration_targets(const Bands& b, const std::vector<draw::Fold>& folds, Paint ink, std::vector<Item>& out) {
  const double reach = target_reach(b), x = target_x(b, folds);
  registration_target({x, -b.centre}, reach, ink, out);
  registration_target({x, b.height + b.centre}, reach, ink, out);
  registration_target({-b.centre, b.height / 2}, reach, ink, out);
  registration_target({b.width + b.centre, b.height / 2}, reach, ink, out);
}

// Solid C, M, Y, K and 75, 50, 25 % K, along the bottom left, between the crop mark and the
// registration target.
void color_bar(const Bands& b, double room, const MarkInks& inks, std::vector<Item>& out) {
  const Paint patches[] = {{inks.cyan, 1},    {inks.magenta, 1}, {inks.yellow, 1}, {inks.black, 1},
                           {inks.black, 0.75}, {inks.black, 0.5}, {inks.black, 0.25}};
  const double count = std::size(patches);
  const double size = std::min({util::mm(5), 2 * b.half_band, (room - 2 * clearance) / count});
  if (size < 2) return;  // no room for patches a densitometer could read
  double x = clearance + util::mm(2);
  const double y = b.height + b.centre - size / 2;
  for (const Paint& ink : patches) {
    out.push_back(filled(Path::rectangle({x, y, size, size}), ink));
    x += size;
  }
}

// Top left, from beside the crop mark to the registration target, shrunk to fit.
void slug_line(const Bands& b, double room, const SlugLine& slug, Paint ink, std::vector<Item>& out) {
  if (slug.text.empty()) return;
  const double x = clearance + util::mm(2);
  const double natural = run_width(shape_line(slug.face, slug.font, slug_font_size, {0, 0}, slug.text, ink));
  double size = std::min({slug_font_size, 1.2 * b.half_band});
  if (natural > 0) size = std::min(size, slug_font_size * (room - x - clearance) / natural);
  if (size < smallest_slug_font_size) return;
  const double baseline = -b.centre + 0.35 * size;  // cap height centred in the band
  out.push_back({shape_line(slug.face, slug.font, size, {x, baseline}, slug.text, ink), false});
}

}  // namespace

MarkInks add_mark_inks(std::vector<draw::Swatch>& swatches) {
  auto add = [&](draw::Swatch s) {
    swatches.push_back(std::move(s));
    return static_cast<draw::SwatchId>(swatches.size() - 1);
  };
  MarkInks inks;
  inks.registration = add({"marks:registration", {1, 1, 1, 1}, {0, 0, 0}, false, true, false});
  inks.cyan = add({"marks:cyan", {1, 0, 0, 0}, {0, 0.62, 0.89}, false, false, false});
  inks.magenta = add({"marks:magenta", {0, 1, 0, 0}, {0.89, 0, 0.48}, false, false, false});
  inks.yellow = add({"marks:yellow", {0, 0, 1, 0}, {1, 0.93, 0}, false, false, false});
  inks.black = add({"marks:black", {0, 0, 0, 1}, {0, 0, 0}, false, false, false});
  return inks;
}

std::vector<Item> printer_marks(const Surface& surface, const draw::PrintSetup& print,
                                const std::vector<draw::Fold>& folds, const MarkInks& inks, const SlugLine& slug) {
  Bands b;
  b.width = surface.trim_width();
  b.height = surface.trim_height();
  // Marks never reach into the bleed, whatever the layout asks.
  b.offset = std::max(print.mark_offset > 0 ? print.mark_offset : surface.bleed(), surface.bleed());
  const double reach = surface.bleed() + surface.slug();  // trim to MediaBox edge
  b.length = std::min(crop_mark_length, reach - b.offset - clearance);
  b.centre = surface.bleed() + surface.slug() / 2;
  b.half_band = surface.slug() / 2 - clearance;
  if (b.length < 3 || b.half_band < 2) return {};  // no room outside the bleed

  std::vector<Item> out;
  const Paint registration{inks.registration, 1};
  crop_marks(b, registration, out);
  fold_marks(b, folds, registration, out);
  registration_targets(b, folds, registration, out);
  const double room = target_x(b, folds) - target_reach(b) - clearance;  // left of the targets
  color_bar(b, room, inks, out);
  slug_line(b, room, slug, registration, out);
  return out;
}

}  // namespace exporter::pdf_print
