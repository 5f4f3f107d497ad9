#include "export/pdf_digital/cairo_pdf.hpp"

#include <cairo-pdf.h>

#include "export/cairo/cairo_handles.hpp"
#include "export/cairo/fold_guides.hpp"
#include "export/cairo/page_painter.hpp"
#include "export/pdf_digital/document_info.hpp"
#include "export/pdf_digital/outline.hpp"

namespace exporter::pdf_digital {
namespace {

constexpr double screen_image_ppi = 200;

cairo_status_t append_to_string(void* closure, const unsigned char* data, unsigned int length) {
  static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
  return CAIRO_STATUS_SUCCESS;
}

}  // namespace

std::string render_with_cairo(const draw::Document& document, const PagePlan& plan, const RenderOptions& options) {
  using exporter::cairo::check;
  std::string bytes;
  const PdfPage& first = plan.pdf_pages.at(0);
  exporter::cairo::Surface surface(
      cairo_pdf_surface_create_for_stream(append_to_string, &bytes, first.width, first.height));
  check(cairo_surface_status(surface.get()), "cannot create a PDF surface");
  set_document_info(surface.get(), document.meta, options.build_date);

  // The painter outlives the pages: Cairo embeds fonts and images only when it finishes.
  // A screen edition: 200 ppi is sharp on any display and keeps the file small; print keeps
  // every pixel in its own edition.
  exporter::cairo::PagePainter painter(document, screen_image_ppi);
  exporter::cairo::Context cr(cairo_create(surface.get()));
  for (const PdfPage& page : plan.pdf_pages) {
    cairo_pdf_surface_set_size(surface.get(), page.width, page.height);
    if (page.shows == PdfPage::Shows::page) {
      painter.paint_page(cr.get(), page.index);
    } else {
      const draw::Sheet& sheet = document.sheets.at(page.index);
      painter.paint_sheet(cr.get(), sheet);
      if (options.fold_guides) exporter::cairo::draw_fold_guides(cr.get(), document, sheet);
    }
    cairo_pdf_surface_set_page_label(surface.get(), page.label.c_str());
    cairo_show_page(cr.get());
    check(cairo_status(cr.get()), "cannot write PDF page " + page.label);
  }
  cr.reset();
  add_outline(surface.get(), document.outline, plan);
  cairo_surface_finish(surface.get());
  check(cairo_surface_status(surface.get()), "cannot finish the PDF");
  return bytes;
}

}  // namespace exporter::pdf_digital
