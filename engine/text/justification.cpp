#include "text/justification.hpp"

#include "text/char_class.hpp"

namespace text {
namespace {

// TeX's interword glue: a space stretches by half its width and shrinks by a third.
constexpr double space_stretch = 0.5, space_shrink = 1.0 / 3;
// Between ideographs the line opens up evenly; they never close up (only punctuation could).
constexpr double ideograph_stretch = 0.25;  // em

bool is_cjk_adjustable(char32_t c) { return is_ideographic(c) || is_cjk_punctuation(c); }

}  // namespace

Glue glue_for(const std::vector<char32_t>& chars, const std::vector<double>& advance, const std::vector<double>& em,
              const JustifyOptions& options) {
  const std::size_t n = chars.size();
  Glue glue{std::vector<double>(n + 1, 0), std::vector<double>(n + 1, 0), std::vector<double>(n + 1, 0),
            std::vector<double>(n + 1, 0)};
  for (std::size_t i = 1; i < n; ++i) {
    const char32_t before = chars[i - 1], after = chars[i];
    if (options.justified && before == ' ') {
      glue.stretch[i] += advance[i - 1] * space_stretch;
      glue.shrink[i] += advance[i - 1] * space_shrink;
    }
    if (options.justified && options.letter_stretch > 0 && is_alphabetic(before) && is_alphabetic(after)) {
      glue.letter_stretch[i] += options.letter_stretch * em[i - 1];
      glue.shrink[i] += options.letter_stretch * em[i - 1] / 2;
    }
    if (options.justified && options.between_ideographs && is_cjk_adjustable(before) && is_cjk_adjustable(after))
      glue.stretch[i] += ideograph_stretch * em[i - 1];
    // A Latin word or a number inside CJK text is one unit with a quarter em either side: the
    // space may stretch to half an em and shrink to an eighth, the letters never move apart.
    if (options.ideograph_latin_space > 0 && ((is_ideographic(before) && is_alphabetic(after)) ||
                                               (is_alphabetic(before) && is_ideographic(after)))) {
      const double space = options.ideograph_latin_space * em[is_ideographic(before) ? i - 1 : i];
      glue.extra[i] += space;
      if (options.justified) {
        glue.stretch[i] += space;
        glue.shrink[i] += space / 2;
      }
    }
  }
  return glue;
}

}  // namespace text
