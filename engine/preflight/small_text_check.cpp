#include <algorithm>
#include <cstdio>
#include <map>

#include "preflight/document_checks.hpp"
#include "preflight/item_facts.hpp"

namespace preflight {

// Under 6 pt, strokes of letters are thinner than the plates' registration tolerance: text
// built from several inks gets colour fringes. One ink (usually black) keeps it sharp.
constexpr double small_text_size = 6;

namespace {

int ink_count(const draw::Swatch& swatch, double tint) {
  if (swatch.registration) return 4;
  int n = 0;
  for (double v : {swatch.cmyk.c, swatch.cmyk.m, swatch.cmyk.y, swatch.cmyk.k}) n += v * tint > 0.005;
  return n;
}

}  // namespace

void check_small_text_inks(const draw::Document& document, Report& report) {
  // One finding per page and swatch, over all its small runs.
  struct Occurrence {
    int runs = 0;
    double smallest = small_text_size;
    draw::Rect area;
    std::string example;
  };
  std::map<std::pair<int, draw::SwatchId>, Occurrence> found;
  for_each_item(document, [&](int page, const draw::Page&, const draw::Item& item) {
    const auto* run = std::get_if<draw::GlyphRun>(&item.content);
    if (!run || run->size >= small_text_size || run->fill.swatch >= document.swatches.size()) return;
    if (ink_count(document.swatches[run->fill.swatch], run->fill.tint) < 2) return;
    Occurrence& o = found[{page, run->fill.swatch}];
    if (o.runs++ == 0) o.example = text_excerpt(*run);
    o.smallest = std::min(o.smallest, run->size);
    o.area = o.area.united(run->ink);
  });
  for (const auto& [key, o] : found) {
    const draw::Swatch& swatch = document.swatches[key.second];
    char size[16];
    std::snprintf(size, sizeof size, "%.1f", o.smallest);
    report.findings.push_back(
        {Level::warning, "small-text-inks", key.first,
         std::to_string(o.runs) + " run" + (o.runs == 1 ? "" : "s") + " of text under 6 pt (down to " + size +
             " pt, \"" + o.example + "\") in swatch \"" + swatch.name + "\" (" + cmyk_text(swatch.cmyk) +
             (o.runs == 1 ? ") uses" : ") use") + " several inks and will show colour fringes; set small text in one ink",
         o.area});
  }
}

}  // namespace preflight
