#pragma once
// The print edition: PDF/X-4 in CMYK with bleed, printer's marks and an output intent, written
// with libqpdf from the display list (DESIGN.md, "Print writer").
#include <filesystem>
#include <string>

#include "draw/document.hpp"

namespace exporter::pdf_print {

struct Options {
  // ISO 8601 date-time ("2026-01-15T00:00:00Z") for CreationDate/ModDate, XMP and the slug
  // line. The same document and options give byte-identical output.
  std::string build_date;
};

// The PDF bytes. Throws util::Failure when a font or image file cannot be read.
std::string render(const draw::Document& document, const Options& options);

// render(), written atomically to `target` (temporary file + rename).
void write(const draw::Document& document, const std::filesystem::path& target, const Options& options);

}  // namespace exporter::pdf_print
