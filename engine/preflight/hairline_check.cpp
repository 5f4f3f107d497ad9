#include <algorithm>
#include <cstdio>
#include <map>

#include "preflight/document_checks.hpp"
#include "preflight/item_facts.hpp"

namespace preflight {

// Lines thinner than a quarter point break up or vanish on press.
constexpr double thinnest_stroke = 0.25;

void check_hairlines(const draw::Document& document, Report& report) {
  struct Occurrence {
    int strokes = 0;
    double thinnest = thinnest_stroke;
    draw::Rect area;
  };
  std::map<int, Occurrence> pages;
  for_each_item(document, [&](int page, const draw::Page&, const draw::Item& item) {
    const auto* path = std::get_if<draw::Path>(&item.content);
    if (!path || !path->stroke || path->stroke->width >= thinnest_stroke - 1e-6) return;
    Occurrence& o = pages[page];
    ++o.strokes;
    o.thinnest = std::min(o.thinnest, path->stroke->width);
    o.area = o.area.united(path->bounds());
  });
  for (const auto& [page, o] : pages) {
    char width[16];
    std::snprintf(width, sizeof width, "%.2f", o.thinnest);
    report.findings.push_back({Level::warning, "hairline", page,
                               std::to_string(o.strokes) + " stroke" + (o.strokes == 1 ? "" : "s") +
                                   " thinner than 0.25 pt (down to " + width +
                                   " pt) may break up on press; make " + (o.strokes == 1 ? "it" : "them") + " at least 0.25 pt",
                               o.area});
  }
}

}  // namespace preflight
