#pragma once
// The few pieces of PDF syntax the writer spells out itself, in content streams and CMaps.
// Numbers are written with a fixed number of decimals so the same input always gives the same
// bytes, whatever the locale.
#include <string>
#include <string_view>

namespace exporter::pdf {

// `value` rounded to `decimals` places, trailing zeros dropped: 12.5, -0.333, 0.
std::string number(double value, int decimals = 3);

// `value` as number() would write it and the reader would read it back, so running totals can
// follow exactly what the viewer will compute.
double rounded(double value, int decimals = 3);

// UTF-8 text as a hex string of UTF-16BE code units, without brackets: "00410308".
std::string utf16be_hex(std::string_view utf8);

// The same with the byte-order mark, as PDF text strings want it inside content streams:
// "<FEFF0041>".
std::string text_string_hex(std::string_view utf8);

// A glyph code of a two-byte (Identity-H) font as four hex digits: "01A7".
std::string code_hex(unsigned code);

}  // namespace exporter::pdf
