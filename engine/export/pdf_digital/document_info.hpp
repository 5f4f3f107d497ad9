#pragma once
// The document information a PDF viewer shows: title, author, subject, keywords, dates.
#include <cairo.h>

#include <string>

#include "draw/document.hpp"

namespace exporter::pdf_digital {

// Sets Cairo's PDF metadata from `meta`; the title is "Title: Subtitle" when both are given. The creation and modification dates are `build_date`
// (ISO 8601), else the edition's date, so the same build gives the same bytes.
void set_document_info(cairo_surface_t* pdf_surface, const draw::Metadata& meta, const std::string& build_date);

}  // namespace exporter::pdf_digital
