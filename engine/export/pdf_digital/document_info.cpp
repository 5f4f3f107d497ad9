#include "export/pdf_digital/document_info.hpp"

#include <cairo-pdf.h>

namespace exporter::pdf_digital {
namespace {

std::string full_title(const draw::Metadata& meta) {
  if (meta.subtitle.empty()) return meta.title;
  if (meta.title.empty()) return meta.subtitle;
  return meta.title + ": " + meta.subtitle;
}

}  // namespace

void set_document_info(cairo_surface_t* pdf_surface, const draw::Metadata& meta, const std::string& build_date) {
  auto set = [pdf_surface](cairo_pdf_metadata_t key, const std::string& value) {
    if (!value.empty()) cairo_pdf_surface_set_metadata(pdf_surface, key, value.c_str());
  };
  set(CAIRO_PDF_METADATA_TITLE, full_title(meta));
  set(CAIRO_PDF_METADATA_AUTHOR, meta.author);
  set(CAIRO_PDF_METADATA_SUBJECT, meta.subject);
  set(CAIRO_PDF_METADATA_KEYWORDS, meta.keywords);
  set(CAIRO_PDF_METADATA_CREATOR, meta.creator);
  const std::string& date = build_date.empty() ? meta.date : build_date;
  set(CAIRO_PDF_METADATA_CREATE_DATE, date);
  set(CAIRO_PDF_METADATA_MOD_DATE, date);
}

}  // namespace exporter::pdf_digital
