#pragma once
// The document's metadata twice, as PDF/X-4 wants it and in agreement: the Info dictionary and
// the XMP packet on the catalog. Both name PDF/X-4 and say the file is not trapped.
#include <qpdf/QPDF.hh>

#include <string>

#include "draw/document.hpp"
#include "export/pdf_print/pdf_date.hpp"

namespace exporter::pdf_print {

struct MetadataIds {
  std::string document_id;  // the same for every build of one publication, language, edition
  std::string instance_id;  // changes with the content
};

// Sets /Info in the trailer and /Metadata on the catalog.
void write_document_metadata(QPDF& pdf, const draw::Metadata& meta, const DateTime& date, const MetadataIds& ids);

// The XMP packet alone (tests read it back).
std::string xmp_packet(const draw::Metadata& meta, const DateTime& date, const MetadataIds& ids);

}  // namespace exporter::pdf_print
