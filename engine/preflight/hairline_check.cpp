#include <algorithm>
#include <cstdio>
#include <map>

#include "preflight/document_checks.hpp"
#include "preflight/item_facts.hpp"

namespace preflight {

// Lines thinner than the profile's min-line (a quarter point by default) break up or vanish on
// press.
void check_hairlines(const draw::Document& document, Report& report) {
  const double thinnest_stroke = report.settings.min_line;
  struct Occurrence {
    int strokes = 0;
    double thinnest = 0;
    draw::Rect area;
    util::SourceLocation where;
  };
  std::map<int, Occurrence> pages;
  for_each_item(document, [&](int page, const draw::Page&, const draw::Item& item) {
    const auto* path = std::get_if<draw::Path>(&item.content);
    if (!path || !path->stroke || path->stroke->width >= thinnest_stroke - 1e-6) return;
    Occurrence& o = pages[page];
    if (o.strokes++ == 0) {
      o.thinnest = path->stroke->width;
      o.where = item_source(document, item);
    }
    o.thinnest = std::min(o.thinnest, path->stroke->width);
    o.area = o.area.united(path->bounds());
  });
  for (const auto& [page, o] : pages) {
    char width[16], least[16];
    std::snprintf(width, sizeof width, "%.2f", o.thinnest);
    std::snprintf(least, sizeof least, "%g", thinnest_stroke);
    report.findings.push_back({Level::warning, "hairline", page,
                               std::to_string(o.strokes) + " stroke" + (o.strokes == 1 ? "" : "s") + " thinner than " +
                                   least + " pt (down to " + width + " pt) may break up on press; make " +
                                   (o.strokes == 1 ? "it" : "them") + " at least " + least + " pt",
                               o.area, o.where});
  }
}

}  // namespace preflight
