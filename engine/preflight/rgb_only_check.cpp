#include <set>

#include "preflight/document_checks.hpp"
#include "preflight/item_facts.hpp"

namespace preflight {

// A swatch the layout gave only as RGB has no CMYK the printer agreed to; the print edition
// would print whatever CMYK it was derived to.
void check_rgb_only_colors(const draw::Document& document, Report& report) {
  std::set<draw::SwatchId> reported;
  for_each_item(document, [&](int page, const draw::Page&, const draw::Item& item) {
    for (const draw::Paint& paint : item_paints(item)) {
      if (paint.swatch >= document.swatches.size()) continue;
      const draw::Swatch& swatch = document.swatches[paint.swatch];
      if (!swatch.rgb_only || !reported.insert(paint.swatch).second) continue;
      report.findings.push_back({Level::error, "rgb-only-color", page,
                                 "swatch \"" + swatch.name +
                                     "\" has only an RGB value; give it the CMYK value agreed with the printer in the layout",
                                 item_bounds(item), item_source(document, item)});
    }
  });
}

}  // namespace preflight
