#include "preflight/document_checks.hpp"
#include "preflight/preflight.hpp"

namespace preflight {

Report check_document(const draw::Document& document) {
  Report report;
  check_font_embedding(document, report);
  check_rgb_only_colors(document, report);
  check_ink_coverage(document, report);
  check_image_resolution(document, report);
  check_trim_crossing(document, report);
  check_safe_margin(document, report);
  check_small_text_inks(document, report);
  check_hairlines(document, report);
  return report;
}

}  // namespace preflight
