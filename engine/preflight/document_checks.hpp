#pragma once
// The checks check_document() runs, one file each. Each appends its findings to the report.
#include "draw/document.hpp"
#include "preflight/preflight.hpp"

namespace preflight {

void check_font_embedding(const draw::Document& document, Report& report);    // error
void check_image_resolution(const draw::Document& document, Report& report);  // warning < 300 ppi, error < 150
void check_ink_coverage(const draw::Document& document, Report& report);      // error above print.max_ink
void check_small_text_inks(const draw::Document& document, Report& report);   // warning
void check_hairlines(const draw::Document& document, Report& report);         // warning
void check_trim_crossing(const draw::Document& document, Report& report);     // error
void check_safe_margin(const draw::Document& document, Report& report);       // error
void check_rgb_only_colors(const draw::Document& document, Report& report);   // error

}  // namespace preflight
