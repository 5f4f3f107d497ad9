#pragma once
// What a page is made of. Plain data: glyph ids and positions, paths, image placements, links.
// Everything the exporters need, nothing they must ask Pango or the content model for.
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "draw/color.hpp"
#include "draw/geometry.hpp"
#include "draw/structure.hpp"

namespace draw {

using FontId = std::uint32_t;
using ImageId = std::uint32_t;

// One face of one font file, as FreeType and fontconfig address it.
struct FontFace {
  std::filesystem::path file;
  std::uint32_t index = 0;  // face index in a collection; upper 16 bits: named instance
  std::string family;       // for reports ("Noto Serif CJK JP")
  std::string postscript_name;
  bool operator==(const FontFace& o) const { return file == o.file && index == o.index; }
};

struct Glyph {
  std::uint32_t id = 0;  // glyph id in the face
  double x = 0, y = 0;   // pen position of the glyph origin on the page (offsets applied)
  double advance = 0;    // nominal advance in points, as shaped
};

// The source text a run of glyphs stands for. Glyphs [first_glyph, first_glyph + glyph_count)
// render `text`; ligatures have one glyph and several characters, decomposed marks the reverse.
struct Cluster {
  std::uint32_t first_glyph = 0;
  std::uint32_t glyph_count = 0;
  std::string text;  // UTF-8
};

struct GlyphRun {
  FontId font = 0;
  double size = 0;        // em size in points
  Paint fill;
  std::string language;   // BCP 47 tag of the text ("vi", "zh", …)
  std::vector<Glyph> glyphs;
  std::vector<Cluster> clusters;  // cover every glyph, in glyph order
  // Glyph scaling of a justified line (font expansion): the outlines are drawn this much wider
  // (above 1) or narrower; the glyphs' positions and advances already include it.
  double horizontal_scale = 1;
  Rect ink;  // conservative bounds of the run on the page, for preflight and hit tests
};

struct Stroke {
  Paint paint;
  double width = 0.5;
  std::vector<double> dash;  // on/off lengths; empty = solid
};

struct PathSegment {
  enum class Op { move, line, curve, close } op = Op::move;
  Point p[3];  // move/line: p[0]; curve: p[0], p[1] control points, p[2] end
};

struct Path {
  std::vector<PathSegment> segments;
  std::optional<Paint> fill;
  std::optional<Stroke> stroke;

  static Path rectangle(const Rect& r);
  static Path line(Point a, Point b);
  Rect bounds() const;  // control-point bounds, stroke width included
};

// A raster placed into a rectangle on the page (scaled, not cropped).
struct ImagePlacement {
  ImageId image = 0;
  Rect rect;
};

struct Item {
  std::variant<GlyphRun, Path, ImagePlacement> content;
  // True where the layout lets the item cross the trim into the bleed (cover backgrounds,
  // colour bands, full-bleed figures). Anything else crossing the trim is a preflight error.
  bool bleeds = false;
  // The structure element the item belongs to in tagged PDF; artifact for page furniture.
  ElementId element = artifact;
  // The content element (or, for page furniture, the layout element) the item was made from:
  // where a preflight finding points.
  util::SourceLocation where{};
};

// A clickable area: either an external URI or a destination inside the document.
struct Link {
  Rect area;
  std::string uri;                 // "https://…", "mailto:…"; empty for internal links
  std::optional<int> target_page;  // 0-based page index for internal links
  double target_y = 0;             // top of the destination on that page
  ElementId element = artifact;    // its Link structure element, if the layout made one
};

// Moving pieces laid out at the origin to their place on the page.
void translate(GlyphRun& run, double dx, double dy);
void translate(Path& path, double dx, double dy);
void translate(Item& item, double dx, double dy);
void translate(Link& link, double dx, double dy);

}  // namespace draw
