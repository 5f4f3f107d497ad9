#include "export/pdf/pdf_syntax.hpp"

#include <charconv>
#include <cmath>

#include "util/utf8.hpp"

namespace exporter::pdf {

double rounded(double value, int decimals) {
  const double scale = std::pow(10.0, decimals);
  double r = std::round(value * scale) / scale;
  return r == 0 ? 0.0 : r;  // no "-0"
}

std::string number(double value, int decimals) {
  char buffer[64];
  auto [end, error] = std::to_chars(buffer, buffer + sizeof buffer, rounded(value, decimals),
                                    std::chars_format::fixed, decimals);
  if (error != std::errc()) return "0";
  std::string text(buffer, end);
  if (text.find('.') != std::string::npos) {
    while (text.back() == '0') text.pop_back();
    if (text.back() == '.') text.pop_back();
  }
  return text;
}

static void append_hex16(std::string& out, unsigned unit) {
  static const char digits[] = "0123456789ABCDEF";
  for (int shift = 12; shift >= 0; shift -= 4) out += digits[(unit >> shift) & 0xF];
}

std::string utf16be_hex(std::string_view utf8) {
  std::string out;
  std::size_t pos = 0;
  while (pos < utf8.size()) {
    char32_t cp = util::next_code_point(utf8, pos);
    if (cp >= 0x10000) {
      cp -= 0x10000;
      append_hex16(out, 0xD800 + (cp >> 10));
      append_hex16(out, 0xDC00 + (cp & 0x3FF));
    } else {
      append_hex16(out, cp);
    }
  }
  return out;
}

std::string text_string_hex(std::string_view utf8) { return "<FEFF" + utf16be_hex(utf8) + ">"; }

std::string code_hex(unsigned code) {
  std::string out;
  append_hex16(out, code & 0xFFFF);
  return out;
}

}  // namespace exporter::pdf
