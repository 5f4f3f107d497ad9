#include "text/hanging_punctuation.hpp"

namespace text {

double right_hang(char32_t c) {
  switch (c) {
    case U'-': case U'\u00AD': case U'\u2010': case U'\u2011':  // hyphens, the drawn soft hyphen
      return 0.5;
    case U'.': case U',':
      return 0.5;
    case U'\u2019': case U'\u201D': case U'\u00BB': case U'"': case U'\'':  // closing quotes
      return 0.4;
    case U':': case U';':
      return 0.3;
    case U'\u2013': case U'\u2014':  // dashes: wide, mostly ink
      return 0.2;
    default:
      return 0;
  }
}

}  // namespace text
