#include <cmath>
#include <map>
#include <set>

#include "preflight/cmyk_image_ink.hpp"
#include "preflight/document_checks.hpp"
#include "preflight/item_facts.hpp"

namespace preflight {

namespace {

// Coverage is compared to the limit after rounding to whole percent, as designers write it.
bool over_limit(double coverage, double limit) { return std::lround(coverage * 100) > std::lround(limit * 100); }

}  // namespace

// Total area coverage (C + M + Y + K) above the press's limit (print.max_ink) does not dry,
// sets off and smears; for swatches at the tints they are used at, and for CMYK images pixel
// by pixel. RGB images are separated by the RIP through the output profile, whose ink limit
// holds them (DESIGN.md, "Colour").
void check_ink_coverage(const draw::Document& document, Report& report) {
  const double limit = report.settings.max_ink;

  struct Use {
    double tint = 0;
    int page = 0;
    draw::Rect area;
    util::SourceLocation where;
  };
  std::map<draw::SwatchId, Use> heaviest;  // the darkest tint of each swatch, where first seen
  std::set<draw::ImageId> images;
  for_each_item(document, [&](int page, const draw::Page&, const draw::Item& item) {
    for (const draw::Paint& paint : item_paints(item)) {
      Use& use = heaviest[paint.swatch];
      if (paint.tint > use.tint) use = {paint.tint, page, item_bounds(item), item_source(document, item)};
    }
    if (const auto* placement = std::get_if<draw::ImagePlacement>(&item.content)) {
      if (!images.insert(placement->image).second || placement->image >= document.images.size()) return;
      const draw::ImageResource& image = document.images[placement->image];
      const auto ink = max_cmyk_image_ink(image);
      if (ink && over_limit(*ink, limit))
        report.findings.push_back({Level::error, "ink-coverage", page,
                                   "CMYK image " + image.file.filename().string() + " reaches " + percent_text(*ink) +
                                       " total ink; the limit is " + percent_text(limit) + " (" + report.settings.max_ink_source + ")" +
                                       " (convert it again with the printer's profile)",
                                   placement->rect, item_source(document, item)});
    }
  });

  for (const auto& [id, use] : heaviest) {
    if (id >= document.swatches.size()) continue;
    const draw::Swatch& swatch = document.swatches[id];
    const double coverage = swatch.cmyk.coverage() * use.tint;
    if (!over_limit(coverage, limit)) continue;
    std::string message = "swatch \"" + swatch.name + "\" (" + cmyk_text(swatch.cmyk) + ")";
    if (use.tint < 1) message += " at " + percent_text(use.tint) + " tint";
    message += " has " + percent_text(coverage) + " total ink; the limit is " + percent_text(limit) + " (" + report.settings.max_ink_source + ")";
    if (swatch.registration) message += " (registration colour belongs to printer's marks, not to the page)";
    report.findings.push_back({Level::error, "ink-coverage", use.page, message, use.area, use.where});
  }
}

}  // namespace preflight
