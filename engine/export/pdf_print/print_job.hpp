#pragma once
// One run of the print writer over a document: plans the PDF pages (document pages or press
// sheets) with their marks, subsets and embeds the fonts, paints every page and adds what
// PDF/X-4 asks for. pdf_print.cpp is its only user.
#include <qpdf/QPDF.hh>

#include <string>
#include <vector>

#include "draw/document.hpp"
#include "export/pdf_print/canvas.hpp"
#include "export/pdf_print/pdf_date.hpp"
#include "export/pdf_print/pdf_print.hpp"
#include "export/pdf_print/printer_marks.hpp"
#include "export/pdf_print/surface.hpp"

namespace exporter::pdf_print {

class PrintJob {
 public:
  PrintJob(const draw::Document& document, const Options& options);
  std::string render();  // the PDF bytes

 private:
  // A document page on its own PDF page, or a press sheet with pages placed on it.
  struct PlannedPage {
    Surface surface;
    const draw::Page* page = nullptr;
    const draw::Sheet* sheet = nullptr;
    std::vector<draw::Item> marks;
  };

  void plan_pages();
  std::string slug_text(const PlannedPage& planned, std::size_t number, std::size_t count) const;
  template <class Visit>
  void for_each_item(const PlannedPage& planned, Visit visit) const;
  void embed_fonts();
  void paint_pages();
  void paint_items(Canvas& canvas, const std::vector<draw::Item>& items, const PageSpace& space) const;
  void finish_document();

  const draw::Document& document_;
  const Options& options_;
  DateTime date_;
  QPDF pdf_;
  DocumentResources resources_;
  ImageLibrary images_;
  SharedAssets assets_;
  MarkInks inks_;
  SlugLine slug_;
  std::vector<PlannedPage> pages_;
  std::string painted_;  // every content stream, for the XMP instance id
};

}  // namespace exporter::pdf_print
