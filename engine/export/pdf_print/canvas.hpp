#pragma once
// Paints into one PDF page: its content stream, the resources it uses, and the graphics state
// it has set, so colours, overprint and line styles are only written when they change.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "draw/document.hpp"
#include "export/pdf_print/content_stream.hpp"
#include "export/pdf_print/font_subset.hpp"
#include "export/pdf_print/glyph_usage.hpp"
#include "export/pdf_print/image_library.hpp"
#include "export/pdf_print/resources.hpp"

namespace exporter::pdf_print {

struct EmbeddedFont {
  SubsetFont subset;
  GlyphUsage usage;
  std::string resource_name;  // "F0"
};

// What all pages of one PDF share. Swatches and fonts are the document's, followed by those
// of the printer's marks.
struct SharedAssets {
  std::vector<draw::Swatch> swatches;
  std::vector<draw::FontFace> fonts;
  std::map<draw::FontId, EmbeddedFont> embedded;
  DocumentResources& resources;
  ImageLibrary& images;
};

class Canvas {
 public:
  explicit Canvas(SharedAssets& assets) : assets_(assets) {}

  ContentStream& out() { return out_; }
  const PageResources& resources() const { return resources_; }
  // True once an image with a soft mask was drawn: the page then needs a transparency group.
  bool has_transparency() const { return has_transparency_; }

  void save();
  void restore();

  // CMYK from the swatch times the tint; registration swatches as /Separation /All.
  void set_fill(draw::Paint paint);
  void set_stroke(draw::Paint paint);
  // Overprint for what is painted next, from the swatches' overprint flags.
  void set_overprint(bool stroke, bool fill);
  bool overprints(draw::Paint paint) const;
  void set_line_width(double width);
  void set_dash(const std::vector<double>& dash);

  const EmbeddedFont& use_font(draw::FontId font);
  std::string use_image(draw::ImageId image);

 private:
  struct State {
    std::optional<draw::Paint> fill, stroke;
    bool overprint_stroke = false, overprint_fill = false;
    double line_width = 1;  // the PDF defaults
    std::vector<double> dash;
  };
  void set_color(draw::Paint paint, bool stroke);

  SharedAssets& assets_;
  ContentStream out_;
  PageResources resources_;
  State state_;
  std::vector<State> saved_;
  bool has_transparency_ = false;
};

}  // namespace exporter::pdf_print
