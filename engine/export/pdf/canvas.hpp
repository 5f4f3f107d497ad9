#pragma once
// Paints into one PDF page: its content stream, the resources it uses, and the graphics state
// it has set, so colours, overprint and line styles are only written when they change.
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "draw/document.hpp"
#include "export/pdf/color_policy.hpp"
#include "export/pdf/content_stream.hpp"
#include "export/pdf/font_subset.hpp"
#include "export/pdf/glyph_usage.hpp"
#include "export/pdf/image_library.hpp"
#include "export/pdf/resources.hpp"

namespace exporter::pdf {

struct EmbeddedFont {
  SubsetFont subset;
  GlyphUsage usage;
  std::string resource_name;  // "F0"
};

// What all pages of one PDF share. Swatches and fonts are the document's, followed by those
// of the printer's marks.
struct SharedAssets {
  ColorPolicy color = ColorPolicy::press_cmyk;
  bool tagged = false;  // marked content for a structure tree (the screen edition)
  std::vector<draw::Swatch> swatches;
  std::vector<draw::FontFace> fonts;
  std::map<draw::FontId, EmbeddedFont> embedded;
  DocumentResources& resources;
  ImageLibrary& images;
  const std::vector<draw::Element>* structure = nullptr;  // the roles of tagged content
  const draw::PrintSetup* print = nullptr;  // press: which small text overprints
};

class Canvas {
 public:
  explicit Canvas(SharedAssets& assets) : assets_(assets) {}

  ContentStream& out() { return out_; }
  const PageResources& resources() const { return resources_; }
  // True once an image with a soft mask was drawn: the page then needs a transparency group.
  bool has_transparency() const { return has_transparency_; }

  // Tagged PDF: what follows belongs to `element` (or is an artifact). Consecutive items of one
  // element share a marked-content sequence. No effect unless the assets are tagged.
  void mark(draw::ElementId element);
  // Closes the open sequence: before a Q that would otherwise cut it, and at the page's end.
  void end_marking();
  bool tagged() const { return assets_.tagged; }
  // Tagged text whose ActualText replaces its glyphs' (a ligature): a marked-content sequence
  // of its own for the current element, since readers end the element's text at a nested one
  // (poppler 22). Call outside a text object; returns false when there is no element to tag,
  // and the caller nests a plain /Span instead.
  bool begin_actual_text(std::string_view text);
  void end_actual_text();
  // The element of each marked-content id on this page, by MCID.
  const std::vector<draw::ElementId>& marked_elements() const { return marked_; }

  void save();
  void restore();

  // Press: CMYK from the swatch times the tint, registration swatches as /Separation /All.
  // Screen: the swatch's RGB at the tint over white paper.
  void set_fill(draw::Paint paint);
  void set_stroke(draw::Paint paint);
  // Overprint for what is painted next, from the swatches' overprint flags (press only).
  void set_overprint(bool stroke, bool fill);
  bool overprints(draw::Paint paint) const;
  // Text overprints as its swatch says, and small text in a tint of black always
  // (draw::text_overprints); press only.
  bool overprints(const draw::GlyphRun& run) const;
  // The paint a run is set in: its own, or on press its swatch's small-text substitute.
  draw::Paint text_paint(const draw::GlyphRun& run) const;
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
  enum class Marking { none, artifact, element, actual_text } marking_ = Marking::none;
  draw::ElementId marked_element_ = draw::artifact;
  std::vector<draw::ElementId> marked_;
};

}  // namespace exporter::pdf
