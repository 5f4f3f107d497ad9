#include <algorithm>
#include <cstdio>
#include <map>
#include <tuple>

#include "preflight/document_checks.hpp"
#include "preflight/item_facts.hpp"

namespace preflight {

// Below the profile's small-text size (9 pt by default) the strokes of letters are not much
// wider than the plates' registration tolerance: text built from several inks gets colour
// fringes and looks blurred. One ink (usually 100 % K) keeps it sharp.
void check_small_text_inks(const draw::Document& document, Report& report) {
  const Settings& settings = report.settings;
  // One finding per page, swatch and source element, over all its small runs.
  struct Occurrence {
    int runs = 0;
    double smallest = 0;
    draw::Rect area;
    std::string example;
    util::SourceLocation where;
  };
  std::map<std::tuple<int, draw::SwatchId, std::string>, Occurrence> found;
  for_each_item(document, [&](int page, const draw::Page&, const draw::Item& item) {
    const auto* run = std::get_if<draw::GlyphRun>(&item.content);
    if (!run || run->size >= settings.small_text) return;
    const draw::Paint paint = draw::press_text_paint(document.swatches, *run, document.print);
    if (paint.swatch >= document.swatches.size()) return;
    if (ink_count(document.swatches[paint.swatch], paint.tint) < 2) return;
    const util::SourceLocation where = item_source(document, item);
    Occurrence& o = found[{page, paint.swatch, where.str()}];
    if (o.runs++ == 0) {
      o.example = text_excerpt(*run);
      o.smallest = run->size;
      o.where = where;
    }
    o.smallest = std::min(o.smallest, run->size);
    o.area = o.area.united(run->ink);
  });
  for (const auto& [key, o] : found) {
    const draw::Swatch& swatch = document.swatches[std::get<1>(key)];
    char size[16], limit[16];
    std::snprintf(size, sizeof size, "%.1f", o.smallest);
    std::snprintf(limit, sizeof limit, "%g", settings.small_text);
    const int inks = ink_count(swatch, 1);
    report.findings.push_back(
        {settings.strict(), "small-text-inks", std::get<0>(key),
         std::to_string(o.runs) + " run" + (o.runs == 1 ? "" : "s") + " of text under " + limit + " pt (down to " + size +
             " pt, \"" + o.example + "\") in swatch \"" + swatch.name + "\" (" + cmyk_text(swatch.cmyk) + ") print" +
             (o.runs == 1 ? "s" : "") + " in " + std::to_string(inks) +
             " inks and will blur when the plates misregister; give text this small one ink or 100 % K in its style",
         o.area, o.where});
  }
}

}  // namespace preflight
