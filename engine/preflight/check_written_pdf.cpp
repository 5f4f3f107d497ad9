#include <qpdf/QPDF.hh>

#include <exception>

#include "preflight/preflight.hpp"
#include "preflight/written_pdf_checks.hpp"

namespace preflight {

void check_written_pdf(const std::filesystem::path& pdf_file, Report& report) {
  QPDF pdf;
  pdf.setSuppressWarnings(true);
  try {
    pdf.processFile(pdf_file.c_str());
    check_pdf_output_intent(pdf, report);
    check_pdf_page_boxes(pdf, report);
    check_pdf_fonts_embedded(pdf, report);
    check_pdf_no_device_rgb(pdf, report);
  } catch (const std::exception& e) {
    report.findings.push_back({Level::error, "pdf", 0, pdf_file.string() + " cannot be read as PDF: " + e.what(), {}});
  }
}

}  // namespace preflight
