#pragma once
// Paragraph and character styles, as the designer writes them in a layout file, resolved: each
// holds its parent's values where it writes none (engine/style/read_styles.cpp).
#include <optional>
#include <string>

#include "util/source_location.hpp"

namespace style {

enum class Align { left, center, right, justify };  // left/right are start/end in LTR scripts
enum class FontRole { text, display };               // resolved per language to a font chain

struct ParagraphStyle {
  std::string name;
  FontRole font = FontRole::text;
  int weight = 400;  // CSS weights: 400 regular, 700 bold
  bool italic = false;
  double size = 10;     // pt
  double leading = 13;  // baseline to baseline, pt
  // leading="1.42": the leading is this ratio of the size, in this style and in the styles based
  // on it until one writes a leading of its own; 0 = `leading` is a fixed length.
  double leading_ratio = 0;
  Align align = Align::left;
  double first_indent = 0;  // pt
  double left_indent = 0;   // pt
  double space_before = 0;  // pt; dropped at the top of a column
  double space_after = 0;   // pt
  std::string color = "black";  // swatch name
  bool keep_with_next = false;
  bool span_columns = false;  // set across all columns of a multi-column frame (a lead paragraph)
  bool no_runt = false;       // the last line carries two words at least (titles)
  bool hang_punctuation = false;  // a justified line's final hyphen or stop stands partly in the margin
  bool hyphenate = false;
  bool uppercase = false;
  double letter_spacing = 0;  // in em/1000 (tracking)
  int min_lines = 2;          // widow and orphan control: lines kept together at a break
  // Copy-fitting: the smallest size this style may be reduced to (0 = may not shrink).
  double min_size = 0;
  util::SourceLocation where;
};

// Everything optional: a character style changes only what it names.
struct CharacterStyle {
  std::string name;
  std::optional<FontRole> font;
  std::optional<int> weight;
  std::optional<bool> italic;
  std::optional<std::string> color;
  std::optional<double> size_scale;  // relative to the paragraph's size
  std::optional<bool> underline;
  std::optional<double> baseline_shift;  // pt, positive = up
  util::SourceLocation where;
};

}  // namespace style
