#pragma once
// Total-fit line breaking (Knuth & Plass, "Breaking paragraphs into lines", 1981): the breaks of
// the whole paragraph are chosen together, minimising the sum of each line's demerits (how far
// its spaces stretch or shrink, hyphens, a loose line next to a tight one) instead of filling each
// line greedily and leaving the next one to cope.
#include <cstddef>
#include <utility>
#include <vector>

#include "text/break_opportunities.hpp"

namespace text {

// The paragraph as the breaker sees it, per character boundary i (before character i; n + 1
// entries). Glue sums are prefix sums over the boundaries 1..i, so a line's are two lookups.
struct BreakerInput {
  std::vector<double> x;             // natural x of character i from the paragraph start
  std::vector<double> stretch;       // how far the spaces (and ideograph gaps) may stretch
  std::vector<double> letter_stretch;  // how far the gaps between letters may stretch, at most
  std::vector<double> shrink;        // how far it may shrink
  std::vector<double> extra;         // width glue adds to the natural width (¼ em CJK–Latin)
  std::vector<Break> breaks;         // where a line may end, and what it costs
  std::vector<double> hyphen_width;  // the hyphen drawn at a Break::hyphenation
  std::vector<std::size_t> visible_end;  // a line ending at i ends visibly here (no trailing space)
  std::vector<int> visible_chars;    // prefix count of characters that are not white space
  std::vector<double> hang;          // how far a line ending at i may stand in the margin (empty: none)
  double glyph_scaling = 0;          // a justified line's glyphs may widen or narrow by this share
  double width = 0;                  // the measure
  double first_width = 0;            // the first line's (after an indent)
  bool justified = false;
  int min_last_chars = 3;            // a last line of fewer characters is avoided
  bool no_runt = false;              // titles: a last line of a single word is avoided too
};

struct LineBreak {
  std::size_t start = 0, end = 0;  // characters [start, end) are on the line
  // Glue adjustment: − shrink, + stretch of the available; above 1 the letters and the glyph
  // scaling stay at their most and only the spaces take the rest, (ratio − 1) × their stretch.
  double ratio = 0;
  bool hyphenated = false;         // a hyphen is drawn at the end
  bool unjustified = false;        // the last line or one ended by <br/>: set at natural width
};

// The natural width of characters [start, end) when they form a line (without its trailing space
// and without the part of its final mark that hangs in the margin).
double natural_width(const BreakerInput& in, std::size_t start, std::size_t end);

// The advances of the glyphs of that line, hyphen included: what glyph scaling widens.
double glyph_width(const BreakerInput& in, std::size_t start, std::size_t end);

// Adds emergency breaks inside runs between break opportunities that are wider than the measure
// (at `cursor` positions, the grapheme boundaries). Returns the [start, end) character ranges
// that needed them, for a warning.
std::vector<std::pair<std::size_t, std::size_t>> allow_emergency_breaks(BreakerInput& in, const std::vector<bool>& cursor);

std::vector<LineBreak> break_lines(const BreakerInput& in);

}  // namespace text
