#include <cmath>

#include "preflight/document_checks.hpp"
#include "preflight/item_facts.hpp"
#include "preflight/output_profile_ink.hpp"
#include "preflight/preflight.hpp"

namespace preflight {

namespace {

bool converts_rgb_images(const draw::Document& document) {
  if (!document.print.convert_rgb_images) return false;
  for (const draw::ImageResource& image : document.images)
    if (image.color == draw::ImageColor::rgb) return true;
  return false;
}

// The layout's profile and thresholds; the ink limit is the layout's or, where the output
// profile separates into less, the profile's (the shop's profile decides the separation).
Settings settings_of(const draw::Document& document, Report& report) {
  const draw::PrintSetup& print = document.print;
  Settings s;
  s.profile = print.preflight;
  s.small_text = print.small_text;
  s.min_line = print.min_line;
  s.min_resolution = print.min_resolution;
  s.max_ink = print.max_ink;
  s.max_ink_source = "the layout's max-ink";
  if (print.output_profile.empty()) return s;
  const auto profile_ink = output_profile_max_ink(print.output_profile);
  if (!profile_ink) return s;
  const std::string name = print.output_profile.filename().string();
  if (std::lround(*profile_ink * 100) < std::lround(s.max_ink * 100)) {
    s.max_ink = *profile_ink;
    s.max_ink_source = "the most the output profile " + name + " separates into";
  } else if (std::lround(*profile_ink * 100) > std::lround(s.max_ink * 100) && converts_rgb_images(document)) {
    report.findings.push_back({Level::error, "ink-coverage", 0,
                               "the output profile " + name + " separates dark colours into up to " +
                                   percent_text(*profile_ink) + " ink, more than the layout's max-ink of " +
                                   percent_text(s.max_ink) +
                                   ", and the print edition converts RGB images through it; use the printer's "
                                   "profile for this limit, or raise max-ink if the printer allows it",
                               {}, print.print_where});
  }
  return s;
}

}  // namespace

Report check_document(const draw::Document& document) {
  Report report;
  report.settings = settings_of(document, report);
  check_font_embedding(document, report);
  check_rgb_only_colors(document, report);
  check_rgb_images(document, report);
  check_ink_coverage(document, report);
  check_image_resolution(document, report);
  check_trim_crossing(document, report);
  check_safe_margin(document, report);
  check_small_text_inks(document, report);
  check_small_text_knockouts(document, report);
  check_hairlines(document, report);
  return report;
}

}  // namespace preflight
