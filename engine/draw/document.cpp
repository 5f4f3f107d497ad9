#include "draw/document.hpp"

#include <algorithm>
#include <limits>
#include <type_traits>

namespace draw {

Path Path::rectangle(const Rect& r) {
  Path p;
  using Op = PathSegment::Op;
  p.segments = {{Op::move, {{r.x, r.y}}},
                {Op::line, {{r.right(), r.y}}},
                {Op::line, {{r.right(), r.bottom()}}},
                {Op::line, {{r.x, r.bottom()}}},
                {Op::close, {}}};
  return p;
}

Path Path::line(Point a, Point b) {
  Path p;
  p.segments = {{PathSegment::Op::move, {a}}, {PathSegment::Op::line, {b}}};
  return p;
}

Rect Path::bounds() const {
  double l = std::numeric_limits<double>::max(), t = l;
  double r = std::numeric_limits<double>::lowest(), b = r;
  for (const auto& s : segments) {
    int n = s.op == PathSegment::Op::curve ? 3 : s.op == PathSegment::Op::close ? 0 : 1;
    for (int i = 0; i < n; ++i) {
      l = std::min(l, s.p[i].x);
      r = std::max(r, s.p[i].x);
      t = std::min(t, s.p[i].y);
      b = std::max(b, s.p[i].y);
    }
  }
  if (l > r) return {};
  double half = stroke ? stroke->width / 2 : 0;
  return Rect{l, t, r - l, b - t}.outset(half);
}

void translate(GlyphRun& run, double dx, double dy) {
  for (auto& g : run.glyphs) {
    g.x += dx;
    g.y += dy;
  }
  run.ink.x += dx;
  run.ink.y += dy;
}

void translate(Path& path, double dx, double dy) {
  for (auto& s : path.segments)
    for (auto& p : s.p) {
      p.x += dx;
      p.y += dy;
    }
}

void translate(Item& item, double dx, double dy) {
  std::visit(
      [&](auto& content) {
        using T = std::decay_t<decltype(content)>;
        if constexpr (std::is_same_v<T, ImagePlacement>) {
          content.rect.x += dx;
          content.rect.y += dy;
        } else {
          translate(content, dx, dy);
        }
      },
      item.content);
}

void translate(Link& link, double dx, double dy) {
  link.area.x += dx;
  link.area.y += dy;
}

FontId Document::intern_font(const FontFace& face) {
  auto it = std::find(fonts.begin(), fonts.end(), face);
  if (it != fonts.end()) return static_cast<FontId>(it - fonts.begin());
  fonts.push_back(face);
  return static_cast<FontId>(fonts.size() - 1);
}

SwatchId Document::intern_swatch(const Swatch& swatch) {
  if (auto id = find_swatch(swatch.name)) return *id;
  swatches.push_back(swatch);
  return static_cast<SwatchId>(swatches.size() - 1);
}

std::optional<SwatchId> Document::find_swatch(const std::string& name) const {
  for (std::size_t i = 0; i < swatches.size(); ++i)
    if (swatches[i].name == name) return static_cast<SwatchId>(i);
  return std::nullopt;
}

ImageId Document::intern_image(const ImageResource& image) {
  for (std::size_t i = 0; i < images.size(); ++i)
    if (images[i].file == image.file) return static_cast<ImageId>(i);
  images.push_back(image);
  return static_cast<ImageId>(images.size() - 1);
}

ElementId Document::add_element(Element element) {
  structure.push_back(std::move(element));
  return static_cast<ElementId>(structure.size() - 1);
}

}  // namespace draw

namespace draw {

bool text_overprints(const Swatch& swatch, double size, const PrintSetup& print) {
  if (swatch.overprint) return true;
  const bool black_only = !swatch.registration && swatch.cmyk.c <= 0 && swatch.cmyk.m <= 0 && swatch.cmyk.y <= 0 &&
                          swatch.cmyk.k > 0;
  return black_only && size < print.small_text;
}

Paint press_text_paint(const std::vector<Swatch>& swatches, const GlyphRun& run, const PrintSetup& print) {
  if (run.size >= print.small_text || run.fill.swatch >= swatches.size()) return run.fill;
  const std::string& substitute = swatches[run.fill.swatch].small_text;
  if (substitute.empty()) return run.fill;
  for (std::size_t i = 0; i < swatches.size(); ++i)
    if (swatches[i].name == substitute) return {static_cast<SwatchId>(i), run.fill.tint};
  return run.fill;
}

}  // namespace draw
