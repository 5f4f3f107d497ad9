#pragma once
// Where a justified line may stretch or shrink, and the space CJK typography adds between
// ideographs and Latin letters or digits (JLReq 3.2.6 and its table of spacing between character classes, a quarter em that may shrink to an eighth; clreq 3.2.2).
#include <vector>

namespace text {

struct JustifyOptions {
  bool justified = false;
  bool between_ideographs = false;  // CJK: stretch between ideographs, kana and CJK punctuation
  double ideograph_latin_space = 0; // em, between an ideograph or kana and a Latin letter or digit
  // em a justified line may add between two letters of a word (half that to take away), so
  // word spaces need not carry all of a line's slack. 0: letters never move.
  double letter_stretch = 0;
};

// Per character boundary i (between characters i − 1 and i; chars.size() + 1 entries).
// Letter glue is kept apart: it stretches at most its own amount, beyond that only the spaces
// (and the gaps between ideographs) take the slack, so a loose line never looks letter-spaced.
struct Glue {
  std::vector<double> stretch, shrink, extra, letter_stretch;
};

// `advance` is each character's natural width, `em` the font size it is set in.
Glue glue_for(const std::vector<char32_t>& chars, const std::vector<double>& advance, const std::vector<double>& em,
              const JustifyOptions& options);

}  // namespace text
