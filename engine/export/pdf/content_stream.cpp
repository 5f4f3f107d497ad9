#include "export/pdf/content_stream.hpp"

#include "export/pdf/pdf_syntax.hpp"

namespace exporter::pdf {

// Coordinates to a thousandth of a point, colours and tints to 1/10000: finer than any
// device, coarse enough to keep streams small.
constexpr int coordinate_decimals = 3;
constexpr int color_decimals = 4;

void GlyphArray::add_code(unsigned code) {
  if (!in_string_) {
    if (!text_.empty()) text_ += ' ';
    text_ += '<';
    in_string_ = true;
  }
  text_ += code_hex(code);
}

void GlyphArray::add_adjustment(double thousandths) {
  if (in_string_) {
    text_ += '>';
    in_string_ = false;
  }
  if (!text_.empty()) text_ += ' ';
  text_ += number(thousandths, 2);
}

std::string GlyphArray::elements() const { return in_string_ ? text_ + '>' : text_; }

void GlyphArray::clear() {
  text_.clear();
  in_string_ = false;
}

void ContentStream::point(double x, double y) {
  out_ += number(x, coordinate_decimals);
  out_ += ' ';
  out_ += number(y, coordinate_decimals);
  out_ += ' ';
}

void ContentStream::concat(double a, double b, double c, double d, double e, double f) {
  for (double v : {a, b, c, d}) out_ += number(v, 5) + ' ';
  point(e, f);
  out_ += "cm\n";
}

void ContentStream::move_to(double x, double y) {
  point(x, y);
  out_ += "m\n";
}

void ContentStream::line_to(double x, double y) {
  point(x, y);
  out_ += "l\n";
}

void ContentStream::curve_to(double x1, double y1, double x2, double y2, double x3, double y3) {
  point(x1, y1);
  point(x2, y2);
  point(x3, y3);
  out_ += "c\n";
}

void ContentStream::rectangle(double x, double y, double width, double height) {
  point(x, y);
  point(width, height);
  out_ += "re\n";
}

void ContentStream::line_width(double width) { out_ += number(width, coordinate_decimals) + " w\n"; }

void ContentStream::dash(const std::vector<double>& pattern) {
  out_ += '[';
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    if (i) out_ += ' ';
    out_ += number(pattern[i], coordinate_decimals);
  }
  out_ += "] 0 d\n";
}

void ContentStream::graphics_state(std::string_view resource_name) {
  out_ += '/';
  out_ += resource_name;
  out_ += " gs\n";
}

static std::string cmyk_operands(const draw::Cmyk& c) {
  std::string s;
  for (double v : {c.c, c.m, c.y, c.k}) s += number(v, color_decimals) + ' ';
  return s;
}

void ContentStream::fill_cmyk(const draw::Cmyk& c) { out_ += cmyk_operands(c) + "k\n"; }
void ContentStream::stroke_cmyk(const draw::Cmyk& c) { out_ += cmyk_operands(c) + "K\n"; }

static std::string rgb_operands(const draw::Rgb& c) {
  std::string s;
  for (double v : {c.r, c.g, c.b}) s += number(v, color_decimals) + ' ';
  return s;
}

void ContentStream::fill_rgb(const draw::Rgb& c) { out_ += rgb_operands(c) + "rg\n"; }
void ContentStream::stroke_rgb(const draw::Rgb& c) { out_ += rgb_operands(c) + "RG\n"; }

void ContentStream::begin_tagged(std::string_view tag, int mcid) {
  out_ += tag;
  out_ += " <</MCID " + std::to_string(mcid) + ">> BDC\n";
}

void ContentStream::fill_tint(std::string_view color_space, double tint) {
  out_ += '/';
  out_ += color_space;
  out_ += " cs " + number(tint, color_decimals) + " scn\n";
}

void ContentStream::stroke_tint(std::string_view color_space, double tint) {
  out_ += '/';
  out_ += color_space;
  out_ += " CS " + number(tint, color_decimals) + " SCN\n";
}

void ContentStream::font(std::string_view resource_name, double size) {
  out_ += '/';
  out_ += resource_name;
  out_ += ' ' + number(size, coordinate_decimals) + " Tf\n";
}

void ContentStream::text_position(double x, double y, double horizontal_scale) {
  out_ += number(horizontal_scale, 4) + " 0 0 1 ";
  point(x, y);
  out_ += "Tm\n";
}

void ContentStream::show(const GlyphArray& glyphs) {
  if (glyphs.empty()) return;
  out_ += '[' + glyphs.elements() + "] TJ\n";
}

void ContentStream::begin_tagged_actual_text(int mcid, std::string_view utf8) {
  out_ += "/Span <</MCID " + std::to_string(mcid) + " /ActualText " + text_string_hex(utf8) + ">> BDC\n";
}

void ContentStream::begin_actual_text(std::string_view utf8) {
  out_ += "/Span <</ActualText " + text_string_hex(utf8) + ">> BDC\n";
}

void ContentStream::draw_xobject(std::string_view resource_name) {
  out_ += '/';
  out_ += resource_name;
  out_ += " Do\n";
}

}  // namespace exporter::pdf
