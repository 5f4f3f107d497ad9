#pragma once
// One run of the print edition over a document: plans the PDF pages (document pages or press
// sheets) with their marks, has the writer core paint them in CMYK, and adds what PDF/X-4 asks
// for: page boxes, the output intent, metadata. pdf_print.cpp is its only user.
#include <string>
#include <vector>

#include "draw/document.hpp"
#include "export/pdf/pdf_date.hpp"
#include "export/pdf/writer.hpp"
#include "export/pdf_print/pdf_print.hpp"
#include "export/pdf_print/printer_marks.hpp"

namespace exporter::pdf_print {

class PrintJob {
 public:
  PrintJob(const draw::Document& document, const Options& options);
  std::string render();  // the PDF bytes

 private:
  // A document page on its own PDF page, or a press sheet with pages placed on it.
  struct PlannedPage {
    pdf::Surface surface;
    const draw::Page* page = nullptr;
    const draw::Sheet* sheet = nullptr;
    std::vector<draw::Item> marks;
  };

  void plan_pages();
  std::string slug_text(const PlannedPage& planned, std::size_t number, std::size_t count) const;
  std::vector<pdf::PlannedPage> layers() const;
  void finish_document();

  const draw::Document& document_;
  const Options& options_;
  pdf::DateTime date_;
  pdf::Writer writer_;
  MarkInks inks_;
  SlugLine slug_;
  std::vector<PlannedPage> pages_;
};

}  // namespace exporter::pdf_print
