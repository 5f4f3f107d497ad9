#pragma once
// The display list: the one contract between layout and every exporter (DESIGN.md).
#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "draw/items.hpp"

namespace draw {

enum class ImageFormat { jpeg, png };
enum class ImageColor { gray, rgb, cmyk };

// An image file as decoded once by layout (size, colour model); exporters read the file.
struct ImageResource {
  std::filesystem::path file;
  ImageFormat format = ImageFormat::png;
  ImageColor color = ImageColor::rgb;
  int width_px = 0, height_px = 0;
  int bits_per_component = 8;
  bool has_alpha = false;
  bool adobe_inverted_cmyk = false;  // JPEG with an Adobe APP14 marker stores CMYK inverted
};

// A named rectangle the layout filled or reserved: text frames, panels, tiles. Tests and
// preflight read them (panel geometry, "no CMY ink inside a text frame").
struct Frame {
  std::string name;  // "body", "inside-left", "cover", …
  std::string kind;  // "text", "panel", "image", …
  Rect rect;
};

// A fold line across the page or sheet, at x (vertical fold) measured from the trim's left.
struct Fold {
  double x = 0;
};

struct Page {
  double width = 0, height = 0;  // trim size
  double bleed = 0;              // on every side
  std::string label;             // printed folio ("7"), empty for unnumbered pages
  std::string name;              // master or role: "cover", "body-left", "panel:front-cover"
  std::vector<Item> items;       // in paint order
  std::vector<Link> links;
  std::vector<Frame> frames;
  std::vector<Fold> folds;

  Rect trim_box() const { return {0, 0, width, height}; }
  Rect bleed_box() const { return trim_box().outset(bleed); }
};

// A press sheet assembled from pages side by side (the leaflet's outside and inside), for the
// print edition and for proofing. Documents without sheets print page by page.
struct Placement {
  int page = 0;  // index into Document::pages
  Point origin;  // where the page's trim origin goes on the sheet
};

struct Sheet {
  std::string name;  // "outside", "inside"
  double width = 0, height = 0, bleed = 0;
  std::vector<Placement> placements;
  std::vector<Fold> folds;
};

struct OutlineEntry {
  std::string title;
  int level = 1;  // 1 = chapter
  int page = 0;   // 0-based page index
  double y = 0;   // top of the heading on that page
};

struct Metadata {
  std::string publication_id;
  std::string edition;     // "digital", "print"
  std::string language;    // BCP 47
  std::string title, subtitle, author, subject, keywords;
  std::string creator = "brochure";
  std::string date;        // ISO 8601 date of the edition ("2026-01-15")
};

// What the print shop's preflight asks of a print file: PDF/X-4 as the standard says, or
// CMYK only (the stricter profiles of shops such as the GWG sheetfed variants: no RGB image,
// small text in one ink, findings that are warnings under PDF/X-4 become errors).
enum class PreflightProfile { pdfx4, cmyk_only };
enum class RenderingIntent { perceptual, relative_colorimetric, saturation, absolute_colorimetric };

// Print production settings the layout defines; the print exporter and preflight read them.
struct PrintSetup {
  bool marks = true;
  double mark_offset = 0;      // gap between trim corner and crop mark; default = bleed
  double slug_height = 0;      // room outside the bleed for marks, colour bar and slug line
  double safe_margin = 0;      // text must stay this far inside the trim
  double max_ink = 3.0;        // total area coverage limit (3.0 = 300 %)
  std::filesystem::path output_profile;  // CMYK ICC profile for the OutputIntent
  std::string output_condition = "FOGRA39";
  std::string output_condition_info;
  std::string registry = "http://www.color.org";
  // RGB images in the print file: converted to CMYK through the output profile by the writer,
  // or kept ICC-tagged sRGB for the RIP to separate.
  bool convert_rgb_images = false;
  RenderingIntent intent = RenderingIntent::relative_colorimetric;
  bool black_point_compensation = true;
  // Preflight profile and thresholds.
  PreflightProfile preflight = PreflightProfile::pdfx4;
  double small_text = 9;         // pt: smaller text must be one ink (and overprints in a tint of black)
  double min_line = 0.25;        // pt: thinner strokes break up on press
  double min_resolution = 300;   // ppi an image wants where placed; under half of it is an error
  util::SourceLocation print_where;      // the layout's <print>, for messages
  util::SourceLocation preflight_where;  // the layout's <preflight>
  // The face of the slug line, chosen by layout from the private font configuration so the
  // print writer never asks the machine's fontconfig.
  FontFace marks_font;
};

// Whether text of `size` points in `swatch` prints overprinted: the swatch says so (100 % K
// body text), or the text is smaller than the small-text size and only a tint of black.
// Knocked out of a tint, thin letters show a white halo when the plates misregister.
bool text_overprints(const Swatch& swatch, double size, const PrintSetup& print);

// The paint text prints in on press: its own, or below the small-text size its swatch's
// small-text substitute (Swatch::small_text) at the same tint. `swatches` are the document's.
Paint press_text_paint(const std::vector<Swatch>& swatches, const GlyphRun& run, const PrintSetup& print);

struct Document {
  Metadata meta;
  PrintSetup print;
  std::vector<Swatch> swatches;
  std::vector<FontFace> fonts;
  std::vector<ImageResource> images;
  std::vector<Page> pages;
  std::vector<Sheet> sheets;
  std::vector<OutlineEntry> outline;
  std::vector<Element> structure;  // by ElementId, in reading order among siblings

  FontId intern_font(const FontFace& face);
  SwatchId intern_swatch(const Swatch& swatch);  // by name
  ImageId intern_image(const ImageResource& image);  // by file
  const Swatch& swatch(Paint p) const { return swatches.at(p.swatch); }
  std::optional<SwatchId> find_swatch(const std::string& name) const;
  ElementId add_element(Element element);
};

}  // namespace draw
