#include "preflight/document_checks.hpp"
#include "preflight/item_facts.hpp"

namespace preflight {

// Under the cmyk-only profile the print file holds no RGB image: the writer converts them
// (PrintSetup::convert_rgb_images) unless the layout keeps them, which this reports.
void check_rgb_images(const draw::Document& document, Report& report) {
  if (report.settings.profile != draw::PreflightProfile::cmyk_only || document.print.convert_rgb_images) return;
  for_each_item(document, [&](int page, const draw::Page&, const draw::Item& item) {
    const auto* placement = std::get_if<draw::ImagePlacement>(&item.content);
    if (!placement || placement->image >= document.images.size()) return;
    const draw::ImageResource& image = document.images[placement->image];
    if (image.color != draw::ImageColor::rgb) return;
    report.findings.push_back({Level::error, "rgb-image", page,
                               "image " + image.file.filename().string() +
                                   " is RGB and the cmyk-only profile takes CMYK or gray images only; convert it with "
                                   "the printer's profile, or let the print edition do it (rgb-images=\"convert\" on "
                                   "<print>)",
                               placement->rect, item_source(document, item)});
  });
}

}  // namespace preflight
