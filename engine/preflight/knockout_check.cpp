#include <algorithm>
#include <cstdio>
#include <map>
#include <string>
#include <tuple>

#include "preflight/document_checks.hpp"
#include "preflight/item_facts.hpp"

namespace preflight {

namespace {

const char* const ink_names[4] = {"cyan", "magenta", "yellow", "black"};

// Area of the overlap of two rectangles; 0 when they only touch.
double overlap(const draw::Rect& a, const draw::Rect& b) {
  const double w = std::min(a.right(), b.right()) - std::max(a.left(), b.left());
  const double h = std::min(a.bottom(), b.bottom()) - std::max(a.top(), b.top());
  return w > 0 && h > 0 ? w * h : 0;
}

// The inks of what was painted under `text` before it on the page: filled shapes and images
// (an image may carry any ink) that cover at least a quarter of the text's box.
std::array<bool, 4> inks_below(const draw::Document& document, const draw::Page& page, const draw::Item& text) {
  const draw::Rect box = item_bounds(text);
  const double enough = box.width * box.height / 4;
  std::array<bool, 4> below{};
  for (const draw::Item& item : page.items) {
    if (&item == &text) break;
    if (std::holds_alternative<draw::GlyphRun>(item.content)) continue;
    if (overlap(item_bounds(item), box) < enough) continue;
    if (std::holds_alternative<draw::ImagePlacement>(item.content)) return {true, true, true, true};
    const auto& path = std::get<draw::Path>(item.content);
    if (!path.fill || path.fill->swatch >= document.swatches.size()) continue;
    const auto inks = inks_of(document.swatches[path.fill->swatch], path.fill->tint);
    for (int i = 0; i < 4; ++i) below[i] = below[i] || inks[i];
  }
  return below;
}

}  // namespace

// Small text that knocks out a tint of an ink it does not print in itself leaves a paper-white
// outline wherever the plates misregister (a halo round thin letters). The print writer makes
// small text in a tint of black overprint (draw::text_overprints); any other small inked text
// over a tint is reported. White (paper) text is a reverse, meant to knock out, and not counted.
void check_small_text_knockouts(const draw::Document& document, Report& report) {
  const Settings& settings = report.settings;
  struct Occurrence {
    int runs = 0;
    draw::Rect area;
    std::string example;
    std::string halo;  // the inks the text cuts out of
    util::SourceLocation where;
  };
  std::map<std::tuple<int, draw::SwatchId, std::string>, Occurrence> found;
  for_each_item(document, [&](int number, const draw::Page& page, const draw::Item& item) {
    const auto* run = std::get_if<draw::GlyphRun>(&item.content);
    if (!run || run->size >= settings.small_text) return;
    const draw::Paint paint = draw::press_text_paint(document.swatches, *run, document.print);
    if (paint.swatch >= document.swatches.size()) return;
    const draw::Swatch& swatch = document.swatches[paint.swatch];
    if (draw::text_overprints(swatch, run->size, document.print)) return;
    const auto own = inks_of(swatch, paint.tint);
    if (ink_count(swatch, paint.tint) == 0) return;  // a reverse
    const auto below = inks_below(document, page, item);
    std::string halo;
    for (int i = 0; i < 4; ++i)
      if (below[i] && !own[i]) halo += std::string(halo.empty() ? "" : ", ") + ink_names[i];
    if (halo.empty()) return;
    const util::SourceLocation where = item_source(document, item);
    Occurrence& o = found[{number, paint.swatch, where.str()}];
    if (o.runs++ == 0) {
      o.example = text_excerpt(*run);
      o.halo = halo;
      o.where = where;
    }
    o.area = o.area.united(run->ink);
  });
  for (const auto& [key, o] : found) {
    const draw::Swatch& swatch = document.swatches[std::get<1>(key)];
    char limit[16];
    std::snprintf(limit, sizeof limit, "%g", settings.small_text);
    report.findings.push_back(
        {settings.strict(), "small-text-knockout", std::get<0>(key),
         std::to_string(o.runs) + " run" + (o.runs == 1 ? "" : "s") + " of text under " + limit + " pt (\"" + o.example +
             "\") in swatch \"" + swatch.name + "\" (" + cmyk_text(swatch.cmyk) + ") knock" + (o.runs == 1 ? "s" : "") +
             " out the " + o.halo + " of the tint below: a white halo shows when the plates misregister; set it in a "
             "tint of black (which overprints) or give its swatch overprint=\"true\"",
         o.area, o.where});
  }
}

}  // namespace preflight
