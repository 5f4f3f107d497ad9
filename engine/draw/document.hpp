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
  // The face of the slug line, chosen by layout from the private font configuration so the
  // print writer never asks the machine's fontconfig.
  FontFace marks_font;
};

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
