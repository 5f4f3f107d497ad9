#pragma once
// A page content stream, operator by operator. Coordinates arrive in PDF user space; the
// callers (path, text, image writers) do the mapping from draw coordinates.
#include <string>
#include <string_view>
#include <vector>

#include "draw/color.hpp"

namespace exporter::pdf {

// The elements of a TJ array: runs of glyph codes and position adjustments between them.
class GlyphArray {
 public:
  void add_code(unsigned code);
  // In thousandths of the font size; positive moves the next glyph left.
  void add_adjustment(double thousandths);
  bool empty() const { return text_.empty(); }
  std::string elements() const;  // what goes between the brackets: "<0012> -250 <00130014>"
  void clear();

 private:
  std::string text_;
  bool in_string_ = false;
};

class ContentStream {
 public:
  void save() { out_ += "q\n"; }
  void restore() { out_ += "Q\n"; }
  void concat(double a, double b, double c, double d, double e, double f);

  // Paths.
  void move_to(double x, double y);
  void line_to(double x, double y);
  void curve_to(double x1, double y1, double x2, double y2, double x3, double y3);
  void rectangle(double x, double y, double width, double height);
  void close_path() { out_ += "h\n"; }
  void fill() { out_ += "f\n"; }
  void stroke() { out_ += "S\n"; }
  void fill_and_stroke() { out_ += "B\n"; }
  void clip() { out_ += "W n\n"; }

  // Graphics state.
  void line_width(double width);
  void dash(const std::vector<double>& pattern);  // empty: solid
  void graphics_state(std::string_view resource_name);

  // Colour: DeviceCMYK, or a one-component colour space from the page resources.
  void fill_cmyk(const draw::Cmyk& c);
  void stroke_cmyk(const draw::Cmyk& c);
  void fill_rgb(const draw::Rgb& c);
  void stroke_rgb(const draw::Rgb& c);
  void fill_tint(std::string_view color_space, double tint);
  void stroke_tint(std::string_view color_space, double tint);

  // Text.
  void begin_text() { out_ += "BT\n"; }
  void end_text() { out_ += "ET\n"; }
  void font(std::string_view resource_name, double size);
  // Tm: the font size comes from Tf; `horizontal_scale` widens the glyphs (and their advances).
  void text_position(double x, double y, double horizontal_scale = 1);
  void show(const GlyphArray& glyphs);
  // Marked content whose text replaces that of the glyphs inside, for search and copy.
  void begin_actual_text(std::string_view utf8);
  void end_marked_content() { out_ += "EMC\n"; }
  // Tagged PDF: content of a structure element (`tag` "/P", with its MCID) or an artifact.
  void begin_tagged(std::string_view tag, int mcid);
  void begin_artifact() { out_ += "/Artifact BMC\n"; }
  void begin_tagged_actual_text(int mcid, std::string_view utf8);

  // A form or image XObject from the page resources.
  void draw_xobject(std::string_view resource_name);

  const std::string& str() const { return out_; }

 private:
  void point(double x, double y);
  std::string out_;
};

}  // namespace exporter::pdf
