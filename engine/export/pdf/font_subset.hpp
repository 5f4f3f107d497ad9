#pragma once
// One face of a font file cut down with hb-subset to the glyphs a document uses, and what the
// PDF font dictionaries need to know about it (DESIGN.md, "Print writer").
#include <cstdint>
#include <set>
#include <string>
#include <unordered_map>

#include "draw/items.hpp"

namespace exporter::pdf {

enum class Outlines {
  truetype,  // embedded whole as FontFile2 (CIDFontType2); code = CID = subset glyph id
  cff,       // bare 'CFF ' table as FontFile3 /CIDFontType0C; code = CID from the charset
};

// Font-wide metrics in thousandths of the em, as FontDescriptor wants them.
struct FontMetrics {
  double ascent = 0, descent = 0, cap_height = 0;
  double italic_angle = 0;  // degrees, counter-clockwise from vertical
  double stem_v = 0;        // estimated from the weight class; only viewers' substitutes use it
  double bbox[4] = {0, 0, 0, 0};
};

// How one glyph of the original face is shown through the embedded subset.
struct EmbeddedGlyph {
  std::uint16_t code = 0;  // the two-byte Identity-H character code
  int width = 0;           // advance in thousandths of the em, as written in /W
};

struct SubsetFont {
  Outlines outlines = Outlines::truetype;
  std::string program;          // the bytes of the font file stream
  std::string postscript_name;  // of the original face, without subset tag
  FontMetrics metrics;
  std::unordered_map<std::uint32_t, EmbeddedGlyph> glyphs;  // by original glyph id

  const EmbeddedGlyph& glyph(std::uint32_t original_id) const { return glyphs.at(original_id); }
};

// Throws util::Failure naming the font file when it cannot be read or subset.
SubsetFont subset_font(const draw::FontFace& face, const std::set<std::uint32_t>& glyphs);

}  // namespace exporter::pdf
