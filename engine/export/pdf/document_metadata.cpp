#include "export/pdf/document_metadata.hpp"

#include <qpdf/QPDFObjectHandle.hh>

namespace exporter::pdf {

using Object = QPDFObjectHandle;

namespace {

std::string producer() { return std::string("brochure ") + BROCHURE_VERSION + " (libqpdf " + QPDF::QPDFVersion() + ")"; }

std::string xml_escaped(const std::string& text) {
  std::string out;
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default: out += c;
    }
  }
  return out;
}

std::string element(const std::string& name, const std::string& value) {
  return "   <" + name + ">" + xml_escaped(value) + "</" + name + ">\n";
}

// A language alternative: x-default first, then the document's language.
std::string alternative(const std::string& name, const std::string& value, const std::string& language) {
  std::string s = "   <" + name + "><rdf:Alt>";
  s += "<rdf:li xml:lang=\"x-default\">" + xml_escaped(value) + "</rdf:li>";
  if (!language.empty()) s += "<rdf:li xml:lang=\"" + xml_escaped(language) + "\">" + xml_escaped(value) + "</rdf:li>";
  return s + "</rdf:Alt></" + name + ">\n";
}

}  // namespace

std::string xmp_packet(const draw::Metadata& meta, const DateTime& date, const MetadataIds& ids,
                       const Conformance& conformance) {
  const std::string when = xmp_date(date);
  std::string x;
  x += "<?xpacket begin=\"\xEF\xBB\xBF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n";
  x += "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n";
  x += " <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n";
  x += "  <rdf:Description rdf:about=\"\"\n"
       "    xmlns:dc=\"http://purl.org/dc/elements/1.1/\"\n"
       "    xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"\n"
       "    xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\"\n"
       "    xmlns:xmpMM=\"http://ns.adobe.com/xap/1.0/mm/\"\n"
       "    xmlns:pdfxid=\"http://www.npes.org/pdfx/ns/id/\"\n"
       "    xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">\n";
  x += element("dc:format", "application/pdf");
  x += alternative("dc:title", meta.title, meta.language);
  if (!meta.author.empty()) x += "   <dc:creator><rdf:Seq><rdf:li>" + xml_escaped(meta.author) + "</rdf:li></rdf:Seq></dc:creator>\n";
  if (!meta.subject.empty()) x += alternative("dc:description", meta.subject, meta.language);
  if (!meta.language.empty()) x += "   <dc:language><rdf:Bag><rdf:li>" + xml_escaped(meta.language) + "</rdf:li></rdf:Bag></dc:language>\n";
  x += element("xmp:CreateDate", when);
  x += element("xmp:ModifyDate", when);
  x += element("xmp:MetadataDate", when);
  x += element("xmp:CreatorTool", meta.creator);
  x += element("pdf:Producer", producer());
  if (!meta.keywords.empty()) x += element("pdf:Keywords", meta.keywords);
  if (!conformance.pdfx_version.empty()) x += element("pdf:Trapped", "False");
  x += element("xmpMM:DocumentID", ids.document_id);
  x += element("xmpMM:InstanceID", ids.instance_id);
  x += element("xmpMM:VersionID", "1");
  x += element("xmpMM:RenditionClass", "default");
  if (!conformance.pdfx_version.empty()) x += element("pdfxid:GTS_PDFXVersion", conformance.pdfx_version);
  if (conformance.pdfua_part > 0) x += element("pdfuaid:part", std::to_string(conformance.pdfua_part));
  x += "  </rdf:Description>\n";
  x += " </rdf:RDF>\n";
  x += "</x:xmpmeta>\n";
  x += "<?xpacket end=\"w\"?>";
  return x;
}

void write_document_metadata(QPDF& pdf, const draw::Metadata& meta, const DateTime& date, const MetadataIds& ids,
                             const Conformance& conformance) {
  Object info = Object::newDictionary();
  info.replaceKey("/Title", Object::newUnicodeString(meta.title));
  if (!meta.author.empty()) info.replaceKey("/Author", Object::newUnicodeString(meta.author));
  if (!meta.subject.empty()) info.replaceKey("/Subject", Object::newUnicodeString(meta.subject));
  if (!meta.keywords.empty()) info.replaceKey("/Keywords", Object::newUnicodeString(meta.keywords));
  info.replaceKey("/Creator", Object::newUnicodeString(meta.creator));
  info.replaceKey("/Producer", Object::newUnicodeString(producer()));
  info.replaceKey("/CreationDate", Object::newString(pdf_date(date)));
  info.replaceKey("/ModDate", Object::newString(pdf_date(date)));
  if (!conformance.pdfx_version.empty()) {
    info.replaceKey("/Trapped", Object::newName("/False"));
    info.replaceKey("/GTS_PDFXVersion", Object::newString(conformance.pdfx_version));
  }
  pdf.getTrailer().replaceKey("/Info", pdf.makeIndirectObject(info));

  Object xmp = Object::newStream(&pdf, xmp_packet(meta, date, ids, conformance));
  xmp.getDict().replaceKey("/Type", Object::newName("/Metadata"));
  xmp.getDict().replaceKey("/Subtype", Object::newName("/XML"));
  pdf.getRoot().replaceKey("/Metadata", xmp);
}

}  // namespace exporter::pdf
