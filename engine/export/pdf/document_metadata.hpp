#pragma once
// The document's metadata twice, in agreement: the Info dictionary and the XMP packet on the
// catalog, naming the standards the edition claims (PDF/X-4 for print, PDF/UA-1 for screens).
#include <qpdf/QPDF.hh>

#include <string>

#include "draw/document.hpp"
#include "export/pdf/pdf_date.hpp"

namespace exporter::pdf {

struct MetadataIds {
  std::string document_id;  // the same for every build of one publication, language, edition
  std::string instance_id;  // changes with the content
};

struct Conformance {
  std::string pdfx_version;  // "PDF/X-4"; empty: none (and no /Trapped)
  int pdfua_part = 0;        // 1: PDF/UA-1; 0: none
};

// Sets /Info in the trailer and /Metadata on the catalog.
void write_document_metadata(QPDF& pdf, const draw::Metadata& meta, const DateTime& date, const MetadataIds& ids,
                             const Conformance& conformance);

// The XMP packet alone (tests read it back).
std::string xmp_packet(const draw::Metadata& meta, const DateTime& date, const MetadataIds& ids,
                       const Conformance& conformance);

}  // namespace exporter::pdf
