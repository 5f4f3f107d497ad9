#include "export/pdf_digital/fold_guides.hpp"

namespace exporter::pdf_digital {

draw::Swatch fold_guide_swatch() {
  draw::Swatch grey;
  grey.name = "fold guide";
  grey.rgb = {0.45, 0.45, 0.45};
  grey.cmyk = {0, 0, 0, 0.55};
  return grey;
}

std::vector<draw::Item> fold_guides(const draw::Document& document, const draw::Sheet& sheet, draw::SwatchId guide) {
  std::vector<draw::Item> items;
  auto line = [&](double x, double top, double bottom) {
    draw::Path path = draw::Path::line({x, top}, {x, bottom});
    path.stroke = draw::Stroke{{guide, 1.0}, 0.3, {3, 2}};
    items.push_back({std::move(path), false, draw::artifact});
  };
  for (const draw::Fold& fold : sheet.folds) line(fold.x, 0, sheet.height);
  for (const draw::Placement& placement : sheet.placements) {
    const draw::Page& page = document.pages.at(static_cast<std::size_t>(placement.page));
    for (const draw::Fold& fold : page.folds)
      line(placement.origin.x + fold.x, placement.origin.y, placement.origin.y + page.height);
  }
  return items;
}

}  // namespace exporter::pdf_digital
