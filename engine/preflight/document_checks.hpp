#pragma once
// The checks check_document() runs, one file each. Each appends its findings to the report.
#include "draw/document.hpp"
#include "preflight/preflight.hpp"

namespace preflight {

void check_font_embedding(const draw::Document& document, Report& report);    // error
void check_image_resolution(const draw::Document& document, Report& report);  // warning < min_resolution, error < half
void check_ink_coverage(const draw::Document& document, Report& report);      // error above settings.max_ink
// The profile's checks read their thresholds from report.settings; "strict" findings are
// errors under cmyk-only and warnings under pdfx4.
void check_small_text_inks(const draw::Document& document, Report& report);   // strict
void check_small_text_knockouts(const draw::Document& document, Report& report);  // strict
void check_rgb_images(const draw::Document& document, Report& report);        // error under cmyk-only
void check_hairlines(const draw::Document& document, Report& report);         // warning
void check_trim_crossing(const draw::Document& document, Report& report);     // error
void check_safe_margin(const draw::Document& document, Report& report);       // error
void check_rgb_only_colors(const draw::Document& document, Report& report);   // error

}  // namespace preflight
