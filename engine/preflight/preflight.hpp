#pragma once
// Preflight: what a print shop would otherwise phone about, found before the file leaves.
// check_document() looks at the display list before writing (fonts, image resolution, ink,
// small text, hairlines, trim, safe margin, colours); check_written_print_file() reads the
// written PDF back with libqpdf (output intent, fonts embedded, no DeviceRGB in its objects,
// page boxes present and nested); check_written_pdf() also parses every content stream.
#include <filesystem>
#include <string>
#include <vector>

#include "draw/document.hpp"

namespace preflight {

enum class Level { warning, error };

struct Finding {
  Level level = Level::error;
  std::string check;    // stable id: "image-resolution", "safe-margin", …
  int page = 0;         // 1-based; 0 = the whole document
  std::string message;  // says what is wrong and what to do
  draw::Rect area;      // on the page, in points; empty for document findings
  util::SourceLocation where{};  // the content (or layout) element the item came from; may be unknown
};

// What a document was checked against: the layout's <preflight> profile and thresholds, and
// the output profile that separates the file.
struct Settings {
  draw::PreflightProfile profile = draw::PreflightProfile::pdfx4;
  double small_text = 9;        // pt
  double min_line = 0.25;       // pt
  double min_resolution = 300;  // ppi
  double max_ink = 3.0;         // the limit applied: the layout's, or the output profile's if lower
  std::string max_ink_source;   // "layout", or why the profile's limit was taken
  std::string output_intent;    // what the written file embeds, read back from it
  // Findings the profile makes errors (cmyk-only) or warnings (pdfx4): beyond PDF/X-4 itself.
  Level strict() const { return profile == draw::PreflightProfile::cmyk_only ? Level::error : Level::warning; }
  std::string profile_name() const { return profile == draw::PreflightProfile::cmyk_only ? "cmyk-only" : "pdfx4"; }
};

struct Report {
  Settings settings;
  std::vector<Finding> findings;

  bool has_errors() const;
  int count(Level level) const;
  // The profile and output intent, one finding per line ("error: page 3: file:12:5:
  // image-resolution: …"), then a summary line.
  std::string text() const;
  // {"errors": n, "warnings": n, "profile": {…}, "findings": [{"level", "check", "page",
  // "source", "message", "area"}]}; "source" is "file:line:col" or null.
  std::string json() const;
};

// Before writing: the display list under the document's preflight profile (PrintSetup).
Report check_document(const draw::Document& document);

// After writing, in every build: appends what it finds in the PDF's objects to `report`, under
// the profile check_document() put in report.settings (cmyk-only: no RGB image), and records
// the embedded output intent in report.settings.output_intent. The
// content streams are not parsed: what the print writer paints is a swatch's CMYK, a
// registration separation or an ICC-tagged image by its press colour policy, and the colours
// it is given are checked on the display list (check_document). Parsing them was a fifth of
// the print edition's CPU (4.6 % of the main job's, DESIGN.md "Performance").
void check_written_print_file(const std::string& pdf_bytes, Report& report);

// check_written_print_file() on a file, and every page's content stream (and the forms it
// uses) parsed for DeviceRGB operators: how the tests hold the writer to its colour policy.
void check_written_pdf(const std::filesystem::path& pdf, Report& report);

}  // namespace preflight
