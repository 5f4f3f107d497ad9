#include "export/png/png.hpp"

#include <cmath>
#include <cstdio>
#include <optional>
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

// Paints each page once, at the preview resolution, on an opaque white raster.
class PageRasters {
 public:
  PageRasters(const draw::Document& document, double dpi)
      : document_(document), dpi_(dpi), painter_(document, 2 * dpi) {}  // twice: all a scaled image can show

  exporter::cairo::Surface paint(std::size_t index) {
    const draw::Page& page = document_.pages[index];
    exporter::cairo::Surface surface = opaque_surface(pixels(page.width, dpi_), pixels(page.height, dpi_));
    exporter::cairo::Context cr(cairo_create(surface.get()));
    cairo_set_source_rgb(cr.get(), 1, 1, 1);
    cairo_paint(cr.get());
    cairo_scale(cr.get(), dpi_ / 72.0, dpi_ / 72.0);
    painter_.paint_page(cr.get(), index);
    return surface;
  }

 private:
  const draw::Document& document_;
  double dpi_;
  exporter::cairo::PagePainter painter_;
};

// The contact sheet, filled in page by page from the page rasters: scaling a raster down is a
// fraction of the cost of painting the page again at thumbnail size (DESIGN.md, "Performance").
class ContactSheet {
 public:
  explicit ContactSheet(const draw::Document& document)
      : document_(document),
        layout_(lay_out_contact_sheet(document)),
        surface_(opaque_surface(layout_.width, layout_.height)),
        cr_(cairo_create(surface_.get())) {
    cairo_set_source_rgb(cr_.get(), 0.62, 0.62, 0.62);  // neutral grey: judges colour, not paper
    cairo_paint(cr_.get());
  }

  void add(std::size_t page, cairo_surface_t* raster) {
    for (const Thumbnail& thumbnail : layout_.thumbnails)
      if (thumbnail.page == page) draw(thumbnail, raster);
  }

  // Labels are page numbers and sheet names, set in the document's face for printer's marks
  // (never a face the machine happens to have); without one the sheet has no labels.
  void write(const std::filesystem::path& target) {
    cairo_t* cr = cr_.get();
    if (!document_.print.marks_font.file.empty()) {
      exporter::cairo::FontCache labels({document_.print.marks_font});
      cairo_set_font_face(cr, labels.face(0));
      cairo_set_font_size(cr, 13);
      cairo_set_source_rgb(cr, 0.1, 0.1, 0.1);
      for (const Thumbnail& thumbnail : layout_.thumbnails) draw_label(cr, thumbnail);
      cairo_set_font_face(cr, nullptr);
    }
    check(cairo_status(cr), "cannot draw the contact sheet");
    write_png_atomically(surface_.get(), target);
  }

 private:
  void draw(const Thumbnail& thumbnail, cairo_surface_t* raster) {
    cairo_t* cr = cr_.get();
    const draw::Rect& r = thumbnail.rect;
    fill_rectangle(cr, {r.x + 2, r.y + 2, r.width, r.height}, 0, 0.3);  // shadow
    cairo_save(cr);
    cairo_rectangle(cr, r.x, r.y, r.width, r.height);
    cairo_clip(cr);
    cairo_translate(cr, r.x, r.y);
    cairo_scale(cr, r.width / cairo_image_surface_get_width(raster), r.height / cairo_image_surface_get_height(raster));
    cairo_set_source_surface(cr, raster, 0, 0);
    cairo_pattern_set_extend(cairo_get_source(cr), CAIRO_EXTEND_PAD);  // no fading at the edges
    cairo_pattern_set_filter(cairo_get_source(cr), CAIRO_FILTER_GOOD);  // averages when scaling down
    cairo_paint(cr);
    cairo_restore(cr);
  }

  const draw::Document& document_;
  ContactSheetLayout layout_;
  exporter::cairo::Surface surface_;
  exporter::cairo::Context cr_;
};

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

// The pixels of a preview an earlier build wrote: PNG is lossless, so they are the raster that
// build painted.
exporter::cairo::Surface read_preview(const std::filesystem::path& file) {
  exporter::cairo::Surface surface(cairo_image_surface_create_from_png(file.c_str()));
  check(cairo_surface_status(surface.get()), "cannot read the earlier preview " + file.string());
  return surface;
}

}  // namespace

std::string page_file_name(std::size_t index) {
  char name[32];
  std::snprintf(name, sizeof name, "page-%03zu.png", index + 1);
  return name;
}

std::vector<std::filesystem::path> write_pages(const draw::Document& document, const std::filesystem::path& folder,
                                               const Options& options) {
  if (!(options.dpi > 0)) util::fail({folder.string()}, "preview resolution must be positive");
  PageRasters rasters(document, options.dpi);
  std::vector<std::filesystem::path> written;
  for (std::size_t i = 0; i < document.pages.size(); ++i) {
    const std::filesystem::path file = folder / page_file_name(i);
    writing(file, [&] { write_png_atomically(rasters.paint(i).get(), file); });
    written.push_back(file);
  }
  return written;
}

std::vector<std::filesystem::path> write_page_images(const draw::Document& document, const std::filesystem::path& folder,
                                                     const std::string& stem, int pixel_width) {
  std::vector<std::filesystem::path> written;
  if (document.pages.empty()) return written;
  if (pixel_width <= 0 || !(document.pages.front().width > 0))
    util::fail({folder.string()}, "an image's width in pixels must be positive");
  // The resolution that puts exactly `pixel_width` pixels across the first page's trim.
  PageRasters rasters(document, pixel_width * 72.0 / document.pages.front().width);
  for (std::size_t i = 0; i < document.pages.size(); ++i) {
    const std::filesystem::path file = folder / (stem + (i == 0 ? std::string() : ".page-" + std::to_string(i + 1)) + ".png");
    writing(file, [&] { write_png_atomically(rasters.paint(i).get(), file); });
    written.push_back(file);
  }
  return written;
}

void write_contact_sheet(const draw::Document& document, const std::filesystem::path& target, const Options& options) {
  if (!(options.dpi > 0)) util::fail({target.string()}, "preview resolution must be positive");
  writing(target, [&] {
    PageRasters rasters(document, options.dpi);
    ContactSheet sheet(document);
    for (std::size_t i = 0; i < document.pages.size(); ++i) sheet.add(i, rasters.paint(i).get());
    sheet.write(target);
  });
}

std::vector<std::filesystem::path> write_previews(const draw::Document& document, const std::filesystem::path& folder,
                                                  const Options& options, const Kept& kept) {
  if (!(options.dpi > 0)) util::fail({folder.string()}, "preview resolution must be positive");
  auto is_kept = [&](std::size_t page) { return page < kept.pages.size() && kept.pages[page]; };
  const std::filesystem::path sheet_file = folder / contact_sheet_file_name;
  PageRasters rasters(document, options.dpi);
  std::optional<ContactSheet> sheet;
  if (!kept.contact_sheet) writing(sheet_file, [&] { sheet.emplace(document); });
  std::vector<std::filesystem::path> written;
  for (std::size_t i = 0; i < document.pages.size(); ++i) {
    if (is_kept(i)) {
      if (sheet) writing(sheet_file, [&] { sheet->add(i, read_preview(kept.folder / page_file_name(i)).get()); });
      continue;
    }
    const std::filesystem::path file = folder / page_file_name(i);
    writing(file, [&] {
      const exporter::cairo::Surface raster = rasters.paint(i);
      write_png_atomically(raster.get(), file);
      if (sheet) sheet->add(i, raster.get());
    });
    written.push_back(file);
  }
  if (sheet) {
    writing(sheet_file, [&] { sheet->write(sheet_file); });
    written.push_back(sheet_file);
  }
  return written;
}

}  // namespace exporter::png
