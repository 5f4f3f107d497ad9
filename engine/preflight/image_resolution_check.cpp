#include <algorithm>
#include <cmath>

#include "preflight/document_checks.hpp"
#include "preflight/item_facts.hpp"

namespace preflight {

// The effective resolution of each placed image: its pixels over the size it is placed at.
// Offset prints at 150 lines per inch; images want twice that in pixels per inch (the
// profile's min-resolution, 300 by default). Below half of it they look soft or pixelated.
void check_image_resolution(const draw::Document& document, Report& report) {
  const double wanted_ppi = report.settings.min_resolution;
  const double least_ppi = wanted_ppi / 2;
  for_each_item(document, [&](int page, const draw::Page&, const draw::Item& item) {
    const auto* placement = std::get_if<draw::ImagePlacement>(&item.content);
    if (!placement || placement->image >= document.images.size() || placement->rect.empty()) return;
    const draw::ImageResource& image = document.images[placement->image];
    if (image.width_px <= 0 || image.height_px <= 0) return;  // layout could not read it; the writer will say so
    const double ppi = std::min(image.width_px * 72.0 / placement->rect.width, image.height_px * 72.0 / placement->rect.height);
    if (ppi >= wanted_ppi) return;
    const Level level = ppi < least_ppi ? Level::error : Level::warning;
    const double largest_mm_wide = image.width_px / wanted_ppi * 25.4;
    report.findings.push_back(
        {level, "image-resolution", page,
         "image " + image.file.filename().string() + " is placed at " + std::to_string(static_cast<int>(std::lround(ppi))) +
             " ppi; print wants " + std::to_string(static_cast<int>(wanted_ppi)) + " (" +
             std::to_string(static_cast<int>(least_ppi)) + " at the very least): use a larger file or place it at most " +
             std::to_string(static_cast<int>(largest_mm_wide)) + " mm wide",
         placement->rect, item_source(document, item)});
  });
}

}  // namespace preflight
