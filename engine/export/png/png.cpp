#include "export/png/png.hpp"

#include <cmath>
#include <cstdio>
#include <string>

#include "export/cairo/cairo_handles.hpp"
#include "export/cairo/font_cache.hpp"
#include "export/cairo/page_painter.hpp"
#include "export/png/contact_sheet_layout.hpp"
#include "export/png/png_file.hpp"
#include "util/diagnostics.hpp"

namespace exporter::png {
namespace {

using exporter::cairo::check;

std::string page_file_name(std::size_t index) {
  char name[32];
  std::snprintf(name, sizeof name, "page-%03zu.png", index + 1);
  return name;
}

int pixels(double points, double dpi) { return static_cast<int>(std::lround(points * dpi / 72.0)); }

// RGB24: a preview has opaque white paper everywhere, so an alpha channel would only cost space.
exporter::cairo::Surface opaque_surface(int width, int height) {
  exporter::cairo::Surface surface(cairo_image_surface_create(CAIRO_FORMAT_RGB24, width, height));
  check(cairo_surface_status(surface.get()), "cannot allocate a " + std::to_string(width) + "×" +
                                                 std::to_string(height) + " pixel image");
  return surface;
}

void fill_rectangle(cairo_t* cr, const draw::Rect& r, double grey, double alpha = 1.0) {
  cairo_set_source_rgba(cr, grey, grey, grey, alpha);
  cairo_rectangle(cr, r.x, r.y, r.width, r.height);
  cairo_fill(cr);
}

void draw_label(cairo_t* cr, const Thumbnail& thumbnail) {
  cairo_text_extents_t extents;
  cairo_text_extents(cr, thumbnail.label.c_str(), &extents);
  cairo_move_to(cr, thumbnail.label_at.x - extents.x_advance / 2, thumbnail.label_at.y);
  cairo_show_text(cr, thumbnail.label.c_str());
}

// Failures that name no file (Cairo's own) are about the file being written.
template <class Work>
void writing(const std::filesystem::path& file, Work&& work) {
  try {
    work();
  } catch (util::Failure& failure) {
    if (!failure.diagnostic.where.known()) failure.diagnostic.where = {file.string()};
    throw;
  }
}

}  // namespace

std::vector<std::filesystem::path> write_pages(const draw::Document& document, const std::filesystem::path& folder,
                                               const Options& options) {
  if (!(options.dpi > 0)) util::fail({folder.string()}, "preview resolution must be positive");
  // Twice the preview resolution is all a scaled image can show.
  exporter::cairo::PagePainter painter(document, 2 * options.dpi);
  std::vector<std::filesystem::path> written;
  for (std::size_t i = 0; i < document.pages.size(); ++i) {
    const std::filesystem::path file = folder / page_file_name(i);
    writing(file, [&] {
      const draw::Page& page = document.pages[i];
      exporter::cairo::Surface surface = opaque_surface(pixels(page.width, options.dpi), pixels(page.height, options.dpi));
      {
        exporter::cairo::Context cr(cairo_create(surface.get()));
        cairo_set_source_rgb(cr.get(), 1, 1, 1);
        cairo_paint(cr.get());
        cairo_scale(cr.get(), options.dpi / 72.0, options.dpi / 72.0);
        painter.paint_page(cr.get(), i);
      }
      write_png_atomically(surface.get(), file);
    });
    written.push_back(file);
  }
  return written;
}

void write_contact_sheet(const draw::Document& document, const std::filesystem::path& target) {
  writing(target, [&] {
    const ContactSheetLayout layout = lay_out_contact_sheet(document);
    exporter::cairo::PagePainter painter(document, 150);  // thumbnails
    exporter::cairo::Surface surface = opaque_surface(layout.width, layout.height);
    {
      exporter::cairo::Context cr(cairo_create(surface.get()));
      cairo_set_source_rgb(cr.get(), 0.62, 0.62, 0.62);  // neutral grey: judges colour, not paper
      cairo_paint(cr.get());
      for (const Thumbnail& thumbnail : layout.thumbnails) {
        const draw::Rect& r = thumbnail.rect;
        fill_rectangle(cr.get(), {r.x + 2, r.y + 2, r.width, r.height}, 0, 0.3);  // shadow
        fill_rectangle(cr.get(), r, 1);                                            // paper
        cairo_save(cr.get());
        cairo_translate(cr.get(), r.x, r.y);
        cairo_scale(cr.get(), layout.scale, layout.scale);
        painter.paint_page(cr.get(), thumbnail.page);
        cairo_restore(cr.get());
      }
      // Labels are page numbers and sheet names, set in the document's face for printer's marks
      // (never a face the machine happens to have); without one the sheet has no labels.
      if (!document.print.marks_font.file.empty()) {
        exporter::cairo::FontCache labels({document.print.marks_font});
        cairo_set_font_face(cr.get(), labels.face(0));
        cairo_set_font_size(cr.get(), 13);
        cairo_set_source_rgb(cr.get(), 0.1, 0.1, 0.1);
        for (const Thumbnail& thumbnail : layout.thumbnails) draw_label(cr.get(), thumbnail);
        cairo_set_font_face(cr.get(), nullptr);
      }
      check(cairo_status(cr.get()), "cannot draw the contact sheet");
    }
    write_png_atomically(surface.get(), target);
  });
}

}  // namespace exporter::png
