#include "export/pdf/pdf_font.hpp"

#include <map>

#include "export/pdf/subset_tag.hpp"
#include "export/pdf/to_unicode.hpp"

namespace exporter::pdf {

namespace {

using Object = QPDFObjectHandle;

// /DW is the most common width; /W lists the others in runs of consecutive codes:
// [first [w1 w2 …] first' [w1' …] …].
void add_widths(Object& cid_font, const std::map<std::uint16_t, int>& width_of_code) {
  std::map<int, int> frequency;
  for (const auto& [code, width] : width_of_code) ++frequency[width];
  int default_width = 0, best = 0;
  for (const auto& [width, count] : frequency)
    if (count > best) best = count, default_width = width;
  cid_font.replaceKey("/DW", Object::newInteger(default_width));

  Object w = Object::newArray();
  Object run;
  int next_code = -2;
  for (const auto& [code, width] : width_of_code) {
    if (width == default_width) continue;
    if (code != next_code) {
      w.appendItem(Object::newInteger(code));
      run = Object::newArray();
      w.appendItem(run);
    }
    run.appendItem(Object::newInteger(width));
    next_code = code + 1;
  }
  if (w.getArrayNItems() > 0) cid_font.replaceKey("/W", w);
}

Object font_descriptor(QPDF& pdf, const SubsetFont& font, const std::string& name, Object font_file) {
  const FontMetrics& m = font.metrics;
  Object d = Object::newDictionary();
  d.replaceKey("/Type", Object::newName("/FontDescriptor"));
  d.replaceKey("/FontName", Object::newName("/" + name));
  // Symbolic: the glyphs are addressed by CID, not by a standard Latin encoding.
  d.replaceKey("/Flags", Object::newInteger(m.italic_angle != 0 ? 4 | 64 : 4));
  d.replaceKey("/FontBBox", Object::newArray({Object::newInteger(static_cast<long long>(m.bbox[0])),
                                               Object::newInteger(static_cast<long long>(m.bbox[1])),
                                               Object::newInteger(static_cast<long long>(m.bbox[2])),
                                               Object::newInteger(static_cast<long long>(m.bbox[3]))}));
  d.replaceKey("/ItalicAngle", Object::newReal(m.italic_angle, 2));
  d.replaceKey("/Ascent", Object::newInteger(static_cast<long long>(m.ascent)));
  d.replaceKey("/Descent", Object::newInteger(static_cast<long long>(m.descent)));
  d.replaceKey("/CapHeight", Object::newInteger(static_cast<long long>(m.cap_height)));
  d.replaceKey("/StemV", Object::newInteger(static_cast<long long>(m.stem_v)));
  d.replaceKey(font.outlines == Outlines::cff ? "/FontFile3" : "/FontFile2", font_file);
  return pdf.makeIndirectObject(d);
}

}  // namespace

Object make_type0_font(QPDF& pdf, const SubsetFont& font, const GlyphUsage& usage) {
  const std::string name = subset_tag(font) + "+" + font.postscript_name;

  Object font_file = Object::newStream(&pdf, font.program);
  if (font.outlines == Outlines::cff) {
    font_file.getDict().replaceKey("/Subtype", Object::newName("/CIDFontType0C"));
  } else {
    font_file.getDict().replaceKey("/Length1", Object::newInteger(static_cast<long long>(font.program.size())));
  }

  std::map<std::uint16_t, int> width_of_code;
  std::map<std::uint16_t, std::string> text_of_code;
  for (std::uint32_t id : usage.glyphs()) {
    const EmbeddedGlyph& g = font.glyph(id);
    width_of_code[g.code] = g.width;
    text_of_code[g.code] = usage.text(id);
  }

  Object cid_font = Object::newDictionary();
  cid_font.replaceKey("/Type", Object::newName("/Font"));
  cid_font.replaceKey("/Subtype", Object::newName(font.outlines == Outlines::cff ? "/CIDFontType0" : "/CIDFontType2"));
  cid_font.replaceKey("/BaseFont", Object::newName("/" + name));
  Object system_info = Object::newDictionary();
  system_info.replaceKey("/Registry", Object::newString("Adobe"));
  system_info.replaceKey("/Ordering", Object::newString("Identity"));
  system_info.replaceKey("/Supplement", Object::newInteger(0));
  cid_font.replaceKey("/CIDSystemInfo", system_info);
  cid_font.replaceKey("/FontDescriptor", font_descriptor(pdf, font, name, font_file));
  if (font.outlines == Outlines::truetype) cid_font.replaceKey("/CIDToGIDMap", Object::newName("/Identity"));
  add_widths(cid_font, width_of_code);

  Object type0 = Object::newDictionary();
  type0.replaceKey("/Type", Object::newName("/Font"));
  type0.replaceKey("/Subtype", Object::newName("/Type0"));
  type0.replaceKey("/BaseFont", Object::newName("/" + name));
  type0.replaceKey("/Encoding", Object::newName("/Identity-H"));
  type0.replaceKey("/DescendantFonts", Object::newArray({pdf.makeIndirectObject(cid_font)}));
  type0.replaceKey("/ToUnicode", Object::newStream(&pdf, to_unicode_cmap(text_of_code)));
  return pdf.makeIndirectObject(type0);
}

}  // namespace exporter::pdf
