#pragma once
// The checks check_written_pdf() runs on the PDF as written, read back with libqpdf, one file
// each. They trust nothing the writer meant to do, only what the file says.
#include <qpdf/QPDF.hh>

#include "preflight/preflight.hpp"

namespace preflight {

void check_pdf_fonts_embedded(QPDF& pdf, Report& report);  // error
// DeviceRGB in a colour space, image or group; with `parse_content`, also rg/RG, cs/CS and inline
// images in the content streams.
void check_pdf_no_device_rgb(QPDF& pdf, Report& report, bool parse_content);  // error
void check_pdf_page_boxes(QPDF& pdf, Report& report);      // error
void check_pdf_output_intent(QPDF& pdf, Report& report);   // error; fills report.settings.output_intent
// Every image XObject (forms included) in CMYK or gray: the cmyk-only profile.
void check_pdf_press_images(QPDF& pdf, Report& report);    // error

}  // namespace preflight
