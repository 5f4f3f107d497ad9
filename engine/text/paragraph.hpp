#pragma once
// text::Paragraph: styled text + a width → lines of positioned glyph runs, on Pango/HarfBuzz.
// The interface is deliberately narrow (lines with runs and vertical metrics): page flow does
// not know how the lines were chosen.
#include <string>
#include <vector>

#include "draw/items.hpp"
#include "text/break_rules.hpp"
#include "text/font_set.hpp"
#include "text/styled_text.hpp"
#include "util/diagnostics.hpp"

namespace text {

enum class Align { left, center, right, justify };

struct ParagraphFormat {
  double width = 0;         // line length, pt
  Align align = Align::left;
  double first_indent = 0;  // pt, added to the first line's start
  double leading = 12;      // nominal baseline-to-baseline distance, pt
  bool keep_all = false;    // no break inside a word of Hangul (Korean body text)
  // Justify between ideographs, kana and CJK punctuation as well as at spaces (Chinese,
  // Japanese); Latin words and numbers inside the line are never letter-spaced.
  bool justify_characters = false;
  double ideograph_latin_space = 0;  // em between an ideograph or kana and a Latin letter or digit
  double letter_stretch = 0;  // em a justified line may add between letters (a fraction of a space)
  // Glyph scaling (font expansion, as pdfTeX's and InDesign's): a justified line may set its
  // glyphs up to this much wider or narrower (0.02: 98–102 %), so its spaces need take less.
  double glyph_scaling = 0;
  // Two CJK punctuation marks in a row are set solid (see punctuation_spacing.hpp).
  bool compress_punctuation = false;
  const BreakRules* rules = nullptr;  // the language's no-break rules; none when null
  // Titles: the last line carries two words at least, or four characters in text without spaces.
  bool no_runt = false;
  // Optical margin alignment: a justified line ending in a hyphen, a full stop or a comma lets
  // part of it stand in the right margin (see hanging_punctuation.hpp).
  bool hang_punctuation = false;
  // A justified line whose word spaces stretch past this multiple of their width is reported as
  // a note naming the line (0: never).
  double loose_note = 0;
};

// A clickable piece of a line: x from the paragraph's left edge, y relative to the baseline.
struct LinkArea {
  draw::Rect area;
  std::string href;
};

struct Line {
  // Glyph x from the paragraph's left edge, y relative to the baseline (0); ink likewise.
  // GlyphRun::font is an id in the FontSet's face table (FontSet::face), not yet a document's.
  std::vector<draw::GlyphRun> runs;
  std::vector<LinkArea> links;
  double ascent = 0;   // top of the line's box to its baseline (half-leading model)
  double descent = 0;  // baseline to the bottom of the line's box
  // Baseline-to-baseline distance from the previous line: the leading, or more where the ink
  // of stacked diacritics (Ễ, Ậ, Ở) would otherwise touch the line above. 0 for the first line.
  double advance = 0;
  double width = 0;    // natural width, pt
  double ink_top = 0, ink_bottom = 0;  // extreme ink relative to the baseline (top is negative)
};

struct Paragraph {
  std::vector<Line> lines;
  // From the top of the first line's box to the bottom of the last one's.
  double height() const;
  // Width of the longest line: what the paragraph needs when set unbroken (table columns).
  double natural_width() const;
};

// Shapes `text` once and chooses the breaks of the whole paragraph together (total fit, see
// line_breaker.hpp). A word too wide for the measure is broken without a hyphen, with a warning.
// Shapes and breaks `text`. Characters no font covers are reported as errors (never drawn as
// boxes); characters found only in a font outside the requested chain are reported as warnings.
Paragraph typeset(FontSet& fonts, const StyledText& text, const ParagraphFormat& format,
                  util::Diagnostics& diagnostics);

}  // namespace text
