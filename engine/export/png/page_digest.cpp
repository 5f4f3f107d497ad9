#include "export/png/page_digest.hpp"

#include <bit>
#include <filesystem>
#include <variant>

#include "export/cairo/image_cache.hpp"
#include "export/cairo/screen_color.hpp"
#include "export/png/contact_sheet_layout.hpp"
#include "util/content_hash.hpp"

namespace exporter::png {
namespace {

// Fields are added exactly (the bits of each double): a move of a thousandth of a point may
// change an anti-aliased pixel.
class Digest {
 public:
  explicit Digest(const Options& options) { number(options.dpi).add(options.salt); }

  Digest& add(std::uint64_t value) {
    h_.add(value);
    return *this;
  }
  Digest& add(std::string_view text) {
    h_.add(text);
    return *this;
  }
  Digest& number(double value) { return add(std::bit_cast<std::uint64_t>(value)); }
  Digest& point(draw::Point p) { return number(p.x).number(p.y); }
  Digest& rect(const draw::Rect& r) { return number(r.x).number(r.y).number(r.width).number(r.height); }
  std::uint64_t value() const { return h_.value(); }

 private:
  util::HashBuilder h_;
};

class PageDigester {
 public:
  PageDigester(const draw::Document& document, const Options& options)
      : document_(document), options_(options), widths_(exporter::cairo::screen_widths(document, 2 * options.dpi)) {
    // Each image file's size and modification time too: the salt has the contents of the
    // images the job's inputs name, and this also covers any the display list gained otherwise.
    for (const draw::ImageResource& image : document.images) {
      std::error_code size_error, time_error;
      const auto size = std::filesystem::file_size(image.file, size_error);
      const auto time = std::filesystem::last_write_time(image.file, time_error);
      files_.push_back(size_error || time_error
                           ? 0
                           : util::HashBuilder()
                                 .add(static_cast<std::uint64_t>(size))
                                 .add(static_cast<std::uint64_t>(time.time_since_epoch().count()))
                                 .value());
    }
  }

  std::uint64_t operator()(const draw::Page& page) const {
    Digest d(options_);
    d.number(page.width).number(page.height).add(page.items.size());
    for (const draw::Item& item : page.items) {
      d.add(item.content.index());
      std::visit([&](const auto& content) { add(d, content); }, item.content);
    }
    return d.value();
  }

 private:
  void paint(Digest& d, draw::Paint paint) const {
    const draw::Rgb rgb = exporter::cairo::screen_color(document_.swatch(paint), paint.tint);
    d.number(rgb.r).number(rgb.g).number(rgb.b);
  }

  void add(Digest& d, const draw::GlyphRun& run) const {
    const draw::FontFace& face = document_.fonts.at(run.font);
    d.add(face.file.string()).add(face.index).number(run.size);
    paint(d, run.fill);
    d.add(run.glyphs.size());
    for (const draw::Glyph& g : run.glyphs) d.add(g.id).number(g.x).number(g.y);
    // Cairo is given the text too (it ignores it on pixels, but costs nothing to cover).
    for (const draw::Cluster& c : run.clusters) d.add(c.first_glyph).add(c.glyph_count).add(c.text);
  }

  void add(Digest& d, const draw::Path& path) const {
    d.add(path.segments.size());
    for (const draw::PathSegment& s : path.segments)
      d.add(static_cast<std::uint64_t>(s.op)).point(s.p[0]).point(s.p[1]).point(s.p[2]);
    d.add(path.fill.has_value());
    if (path.fill) paint(d, *path.fill);
    d.add(path.stroke.has_value());
    if (path.stroke) {
      paint(d, path.stroke->paint);
      d.number(path.stroke->width).add(path.stroke->dash.size());
      for (double dash : path.stroke->dash) d.number(dash);
    }
  }

  void add(Digest& d, const draw::ImagePlacement& placement) const {
    const draw::ImageResource& image = document_.images.at(placement.image);
    d.add(image.file.string()).add(static_cast<std::uint64_t>(image.format)).add(image.width_px).add(image.height_px);
    d.add(files_.at(placement.image)).add(static_cast<std::uint64_t>(widths_.at(placement.image))).rect(placement.rect);
  }

  const draw::Document& document_;
  const Options& options_;
  std::vector<int> widths_;  // as the page painter's image cache limits them (2 × dpi)
  std::vector<std::uint64_t> files_;  // by ImageId: size and modification time
};

}  // namespace

std::vector<std::uint64_t> page_digests(const draw::Document& document, const Options& options) {
  const PageDigester digest(document, options);
  std::vector<std::uint64_t> digests;
  digests.reserve(document.pages.size());
  for (const draw::Page& page : document.pages) digests.push_back(digest(page));
  return digests;
}

std::uint64_t contact_sheet_digest(const draw::Document& document, const std::vector<std::uint64_t>& pages,
                                   const Options& options) {
  Digest d(options);
  const ContactSheetLayout layout = lay_out_contact_sheet(document);
  d.add(static_cast<std::uint64_t>(layout.width)).add(static_cast<std::uint64_t>(layout.height));
  for (const Thumbnail& t : layout.thumbnails)
    d.add(t.page).add(pages.at(t.page)).rect(t.rect).point(t.label_at).add(t.label);
  d.add(document.print.marks_font.file.string()).add(document.print.marks_font.index);
  return d.value();
}

}  // namespace exporter::png
