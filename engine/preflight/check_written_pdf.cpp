#include <qpdf/QPDF.hh>

#include <exception>

#include "preflight/preflight.hpp"
#include "preflight/written_pdf_checks.hpp"

namespace preflight {
namespace {

// `load` reads the PDF into `pdf`; a file that cannot be read as PDF is one finding.
template <class Load>
void check(const std::string& name, Report& report, bool parse_content, Load&& load) {
  QPDF pdf;
  pdf.setSuppressWarnings(true);
  try {
    load(pdf);
    check_pdf_output_intent(pdf, report);
    check_pdf_page_boxes(pdf, report);
    check_pdf_fonts_embedded(pdf, report);
    check_pdf_no_device_rgb(pdf, report, parse_content);
    if (report.settings.profile == draw::PreflightProfile::cmyk_only) check_pdf_press_images(pdf, report);
  } catch (const std::exception& e) {
    report.findings.push_back({Level::error, "pdf", 0, name + " cannot be read as PDF: " + e.what(), {}});
  }
}

}  // namespace

void check_written_print_file(const std::string& pdf_bytes, Report& report) {
  check("the print PDF", report, false,
        [&](QPDF& pdf) { pdf.processMemoryFile("print PDF", pdf_bytes.data(), pdf_bytes.size()); });
}

void check_written_pdf(const std::filesystem::path& pdf_file, Report& report) {
  check(pdf_file.string(), report, true, [&](QPDF& pdf) { pdf.processFile(pdf_file.c_str()); });
}

}  // namespace preflight
