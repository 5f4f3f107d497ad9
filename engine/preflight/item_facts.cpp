#include "preflight/item_facts.hpp"

#include <cmath>
#include <cstdio>

#include "util/units.hpp"
#include "util/utf8.hpp"

namespace preflight {

std::vector<draw::Paint> item_paints(const draw::Item& item) {
  if (const auto* run = std::get_if<draw::GlyphRun>(&item.content)) return {run->fill};
  std::vector<draw::Paint> paints;
  if (const auto* path = std::get_if<draw::Path>(&item.content)) {
    if (path->fill) paints.push_back(*path->fill);
    if (path->stroke) paints.push_back(path->stroke->paint);
  }
  return paints;
}

draw::Rect item_bounds(const draw::Item& item) {
  if (const auto* run = std::get_if<draw::GlyphRun>(&item.content)) return run->ink;
  if (const auto* path = std::get_if<draw::Path>(&item.content)) return path->bounds();
  return std::get<draw::ImagePlacement>(item.content).rect;
}

util::SourceLocation item_source(const draw::Document& document, const draw::Item& item) {
  if (item.where.known()) return item.where;
  if (item.element >= 0 && static_cast<std::size_t>(item.element) < document.structure.size())
    return document.structure[static_cast<std::size_t>(item.element)].where;
  return {};
}

std::array<bool, 4> inks_of(const draw::Swatch& swatch, double tint) {
  if (swatch.registration) return {true, true, true, true};
  const draw::Cmyk& c = swatch.cmyk;
  return {c.c * tint > 0.005, c.m * tint > 0.005, c.y * tint > 0.005, c.k * tint > 0.005};
}

int ink_count(const draw::Swatch& swatch, double tint) {
  int n = 0;
  for (bool ink : inks_of(swatch, tint)) n += ink;
  return n;
}

std::string text_excerpt(const draw::GlyphRun& run, std::size_t limit) {
  std::string text;
  for (const draw::Cluster& c : run.clusters) text += c.text;
  std::size_t pos = 0, characters = 0;
  while (pos < text.size() && characters < limit) {
    util::next_code_point(text, pos);
    ++characters;
  }
  return pos < text.size() ? text.substr(0, pos) + "…" : text;
}

std::string mm_text(double points) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.1f mm", util::to_mm(points));
  return buffer;
}

std::string percent_text(double fraction) { return std::to_string(static_cast<int>(std::lround(fraction * 100))) + " %"; }

std::string cmyk_text(const draw::Cmyk& c) {
  auto p = [](double v) { return std::to_string(static_cast<int>(std::lround(v * 100))); };
  return p(c.c) + "/" + p(c.m) + "/" + p(c.y) + "/" + p(c.k);
}

}  // namespace preflight
