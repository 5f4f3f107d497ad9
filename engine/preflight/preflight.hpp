#pragma once
// Preflight: what a print shop would otherwise phone about, found before the file leaves.
// check_document() looks at the display list before writing (fonts, image resolution, ink,
// small text, hairlines, trim, safe margin, colours); check_written_pdf() reads the written
// PDF back with libqpdf (fonts embedded, no DeviceRGB, page boxes present and nested).
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
};

struct Report {
  std::vector<Finding> findings;

  bool has_errors() const;
  int count(Level level) const;
  // One finding per line ("error: page 3: image-resolution: …"), then a summary line.
  std::string text() const;
  // {"errors": n, "warnings": n, "findings": [{"level", "check", "page", "message", "area"}]}
  std::string json() const;
};

// Before writing.
Report check_document(const draw::Document& document);

// After writing: appends what it finds in the PDF to `report`.
void check_written_pdf(const std::filesystem::path& pdf, Report& report);

}  // namespace preflight
