#include "export/pdf/writer.hpp"

#include <qpdf/Pl_Flate.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include <algorithm>
#include <cmath>
#include <map>
#include <type_traits>
#include <variant>

#include "export/pdf/image_painter.hpp"
#include "export/pdf/path_painter.hpp"
#include "export/pdf/pdf_font.hpp"
#include "export/pdf/text_clusters.hpp"
#include "export/pdf/text_painter.hpp"
#include "util/diagnostics.hpp"

namespace exporter::pdf {

using Object = QPDFObjectHandle;

namespace {

Object box(const PdfBox& b) {
  return Object::newArray({Object::newReal(b.left, 3), Object::newReal(b.bottom, 3), Object::newReal(b.right, 3),
                           Object::newReal(b.top, 3)});
}

ImageSettings image_settings(const draw::Document& document, const WriterSettings& settings) {
  ImageSettings images{settings.color, settings.build_date, settings.cmyk_profile, {},
                       settings.color == ColorPolicy::press_cmyk && settings.convert_rgb_images, settings.intent,
                       settings.black_point_compensation};
  if (settings.screen_image_ppi > 0) images.max_width_px = screen_image_widths(document, settings.screen_image_ppi);
  return images;
}

}  // namespace

std::vector<int> screen_image_widths(const draw::Document& document, double ppi) {
  std::vector<double> widest(document.images.size(), 0);  // points
  for (const draw::Page& page : document.pages)
    for (const draw::Item& item : page.items)
      if (const auto* placed = std::get_if<draw::ImagePlacement>(&item.content); placed && placed->image < widest.size())
        widest[placed->image] = std::max(widest[placed->image], placed->rect.width);
  std::vector<int> pixels(widest.size(), 0);
  for (std::size_t i = 0; i < widest.size(); ++i)
    if (document.images[i].format == draw::ImageFormat::png) pixels[i] = static_cast<int>(std::ceil(widest[i] / 72.0 * ppi));
  return pixels;
}

Writer::Writer(const draw::Document& document, WriterSettings settings)
    : document_(document),
      settings_(std::move(settings)),
      resources_(pdf_),
      images_(pdf_, document.images, image_settings(document, settings_)),
      assets_{settings_.color, settings_.tagged, document.swatches, document.fonts, {}, resources_, images_,
              &document.structure, &document.print} {
  pdf_.emptyPDF();
}

void Writer::embed_fonts(const std::vector<PlannedPage>& pages) {
  std::map<draw::FontId, GlyphUsage> usage;
  for (const PlannedPage& planned : pages) {
    for (const Layer& layer : planned.layers) {
      for (const draw::Item& item : *layer.items) {
        const auto* run = std::get_if<draw::GlyphRun>(&item.content);
        if (!run || run->glyphs.empty()) continue;
        if (run->font >= assets_.fonts.size())
          util::fail({}, "a glyph run refers to font " + std::to_string(run->font) + ", which the document does not have");
        usage[run->font].add(*run, text_clusters(*run));
      }
    }
  }
  for (auto& [id, glyphs] : usage) {
    EmbeddedFont font{subset_font(assets_.fonts[id], glyphs.glyphs()), std::move(glyphs), "F" + std::to_string(id)};
    resources_.add(ResourceKind::font, font.resource_name, make_type0_font(pdf_, font.subset, font.usage));
    assets_.embedded.emplace(id, std::move(font));
  }
}

void Writer::paint_items(Canvas& canvas, const std::vector<draw::Item>& items, const PageSpace& space) const {
  for (const draw::Item& item : items) {
    canvas.mark(item.element);
    std::visit(
        [&](const auto& content) {
          using T = std::decay_t<decltype(content)>;
          if constexpr (std::is_same_v<T, draw::GlyphRun>) paint_glyph_run(canvas, content, space);
          else if constexpr (std::is_same_v<T, draw::Path>) paint_path(canvas, content, space);
          else paint_image(canvas, content, space);
        },
        item.content);
  }
  canvas.end_marking();
}

void Writer::paint(const std::vector<PlannedPage>& pages) {
  embed_fonts(pages);
  QPDFPageDocumentHelper page_tree(pdf_);
  for (const PlannedPage& planned : pages) {
    const Surface& surface = planned.surface;
    Canvas canvas(assets_);
    for (const Layer& layer : planned.layers) {
      if (layer.clip) {
        const PdfBox clip = surface.to_pdf(*layer.clip);
        canvas.save();
        canvas.out().rectangle(clip.left, clip.bottom, clip.right - clip.left, clip.top - clip.bottom);
        canvas.out().clip();
      }
      paint_items(canvas, *layer.items, PageSpace(surface, layer.origin));
      if (layer.clip) canvas.restore();
    }
    painted_ += canvas.out().str();

    Object page = Object::newDictionary();
    page.replaceKey("/Type", Object::newName("/Page"));
    page.replaceKey("/MediaBox", box(surface.media_box()));
    page.replaceKey("/Resources", resources_.dictionary(canvas.resources()));
    page.replaceKey("/Contents", Object::newStream(&pdf_, canvas.out().str()));
    if (canvas.has_transparency()) {
      // Soft masks blend in the edition's own colour space, never in a default the viewer picks.
      Object group = Object::newDictionary();
      group.replaceKey("/Type", Object::newName("/Group"));
      group.replaceKey("/S", Object::newName("/Transparency"));
      group.replaceKey("/CS", Object::newName(settings_.color == ColorPolicy::press_cmyk ? "/DeviceCMYK" : "/DeviceRGB"));
      page.replaceKey("/Group", group);
    }
    Object indirect = pdf_.makeIndirectObject(page);
    page_tree.addPage(indirect, false);
    page_objects_.push_back(indirect);
    marked_.push_back(canvas.marked_elements());
  }
}

std::string Writer::write(const WriteSettings& settings) {
  Pl_Flate::setCompressionLevel(settings.deflate_level);
  QPDFWriter writer(pdf_);
  writer.setOutputMemory();
  writer.setDeterministicID(true);
  writer.setMinimumPDFVersion(settings.minimum_version);
  writer.setCompressStreams(true);
  writer.setObjectStreamMode(qpdf_o_generate);
  writer.write();
  auto buffer = writer.getBufferSharedPointer();
  return std::string(reinterpret_cast<const char*>(buffer->getBuffer()), buffer->getSize());
}

}  // namespace exporter::pdf
