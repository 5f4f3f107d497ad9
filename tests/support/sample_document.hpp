#pragma once
// Builds small draw::Documents with real glyphs (shaped by HarfBuzz from Debian's Noto fonts),
// so exporter and preflight tests do not depend on the layout engine.
#include <string>

#include "draw/document.hpp"

namespace test_support {

// Well-known font files used by the tests.
extern const char* const noto_serif;      // NotoSerif-Regular.ttf (TrueType)
extern const char* const noto_sans_bold;  // NotoSans-Bold.ttf
extern const char* const noto_sans_cjk;   // NotoSansCJK-Regular.ttc (CFF collection)
// Face index of a language's CJK face in the NotoSansCJK collection ("ja", "ko", "zh").
unsigned cjk_face_index(const std::string& lang);

// Shapes `text` with the font at (file, index) and appends a GlyphRun starting at the baseline
// origin (x, y). Returns the run's advance width.
double add_text(draw::Document& doc, draw::Page& page, const std::string& font_file, unsigned face_index,
                double size, double x, double y, const std::string& text, const std::string& lang,
                draw::Paint paint);

// An A4 document with a black and a blue swatch and one empty page.
draw::Document a4_document(const std::string& lang = "en");

}  // namespace test_support
