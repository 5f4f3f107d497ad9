#include "export/pdf_digital/pdf_finishing.hpp"

#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/Pl_Flate.hh>
#include <qpdf/QPDFWriter.hh>
#include <zlib.h>

#include <algorithm>
#include <exception>
#include <memory>
#include <string>

#include "util/diagnostics.hpp"

namespace exporter::pdf_digital {
namespace {

void set_catalog_entries(QPDF& pdf, const Finishing& finishing) {
  QPDFObjectHandle catalog = pdf.getRoot();
  if (!finishing.language.empty())
    catalog.replaceKey("/Lang", QPDFObjectHandle::newUnicodeString(finishing.language));
  // Viewers show the document's title in the window instead of the file name.
  QPDFObjectHandle preferences = catalog.getKey("/ViewerPreferences");
  if (!preferences.isDictionary()) preferences = QPDFObjectHandle::newDictionary();
  preferences.replaceKey("/DisplayDocTitle", QPDFObjectHandle::newBool(true));
  catalog.replaceKey("/ViewerPreferences", preferences);
  if (finishing.open_bookmarks) catalog.replaceKey("/PageMode", QPDFObjectHandle::newName("/UseOutlines"));
}

// Cairo 1.16 leaves out the labels of the first pages when they equal their position, and so
// writes an empty /Nums array for a booklet whose folios count from the cover: the number tree
// then lacks the entry for page 0 that ISO 32000-1 (12.4.2) requires, and qpdf reads every page
// as unlabelled. The tree is written here from the plan: consecutive decimal labels make one
// /D range, any other label is a prefix of its own.
void set_page_labels(QPDF& pdf, const PagePlan& plan) {
  QPDFObjectHandle nums = QPDFObjectHandle::newArray();
  long long next = -1;  // what the open /D range would number the next page
  for (std::size_t i = 0; i < plan.pdf_pages.size(); ++i) {
    const std::string& label = plan.pdf_pages[i].label;
    const bool decimal = !label.empty() && label.size() < 10 && label[0] != '0' &&
                         std::all_of(label.begin(), label.end(), [](char c) { return c >= '0' && c <= '9'; });
    if (decimal && std::stoll(label) == next) {
      ++next;
      continue;
    }
    QPDFObjectHandle range = QPDFObjectHandle::newDictionary();
    if (decimal) {
      next = std::stoll(label);
      range.replaceKey("/S", QPDFObjectHandle::newName("/D"));
      range.replaceKey("/St", QPDFObjectHandle::newInteger(next++));
    } else {
      next = -1;
      if (!label.empty()) range.replaceKey("/P", QPDFObjectHandle::newUnicodeString(label));
    }
    nums.appendItem(QPDFObjectHandle::newInteger(static_cast<long long>(i)));
    nums.appendItem(range);
  }
  QPDFObjectHandle tree = QPDFObjectHandle::newDictionary();
  tree.replaceKey("/Nums", nums);
  pdf.getRoot().replaceKey("/PageLabels", pdf.makeIndirectObject(tree));
}

// Cairo 1.16 names an image placed twice on a page twice in the page's resources (same name,
// same object); qpdf warns and keeps one, which is right. Any other warning means damage.
bool is_harmless(const QPDFExc& warning) {
  return std::string(warning.what()).find("duplicated key") != std::string::npos;
}

}  // namespace

std::string finish_pdf(const std::string& pdf_bytes, const Finishing& finishing, const PagePlan& plan) {
  try {
    QPDF pdf;
    pdf.setSuppressWarnings(true);  // collected below
    pdf.processMemoryFile("Cairo's PDF", pdf_bytes.data(), pdf_bytes.size());
    set_catalog_entries(pdf, finishing);
    set_page_labels(pdf, plan);
    add_link_annotations(pdf, finishing.links, plan);

    // qpdf keeps the deflate level process-wide and the print writer sets its own: set ours,
    // so the bytes do not depend on which edition a process wrote first.
    Pl_Flate::setCompressionLevel(Z_DEFAULT_COMPRESSION);
    QPDFWriter writer(pdf);
    writer.setOutputMemory();
    writer.setDeterministicID(true);  // same input, same bytes
    writer.setObjectStreamMode(qpdf_o_generate);
    writer.write();
    for (const QPDFExc& warning : pdf.getWarnings())
      if (!is_harmless(warning)) util::fail({}, "the PDF Cairo wrote is damaged: " + std::string(warning.what()));
    const std::shared_ptr<Buffer> finished = writer.getBufferSharedPointer();
    return {reinterpret_cast<const char*>(finished->getBuffer()), finished->getSize()};
  } catch (const util::Failure&) {
    throw;
  } catch (const std::exception& e) {
    util::fail({}, std::string("cannot finish the PDF: ") + e.what());
  }
}

}  // namespace exporter::pdf_digital
