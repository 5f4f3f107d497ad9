#pragma once
// Hyphenation by Liang's patterns ("Word Hy-phen-a-tion by Com-put-er", 1983), the algorithm of
// TeX and of libhyphen: inserts soft hyphens (U+00AD) where a word may break; the line breaker
// breaks there and draws the hyphen.
//
// Two pattern formats are read, both from Debian packages:
// - LibreOffice/libhyphen dictionaries (`hyph_en_US.dic`, `hyph_ru_RU.dic`, Debian's hyphen-*):
//   a charset line, then one pattern per line; keywords (LEFTHYPHENMIN …) are skipped. libhyphen
//   itself needs them expanded with every substring (its substrings.pl); Debian's Russian file is
//   not, and libhyphen found about half of its break points ("провинция" none, here "про-вин-ция").
//   Liang's maximum over all matches gives the same result on expanded and unexpanded patterns.
// - TeX's hyph-utf8 files (`hyph-*.pat.txt`, texlive-lang-*): UTF-8 patterns separated by white
//   space, % comments.
#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace text {

class Hyphenator {
 public:
  // nullptr when the patterns cannot be read; `error` then says why. A break keeps at least
  // `min_left` letters before it and `min_right` after it (en 2 3, ru 2 2), whatever the
  // patterns allow.
  static std::unique_ptr<Hyphenator> load(const std::filesystem::path& patterns, int min_left = 2, int min_right = 3,
                                          std::string* error = nullptr);

  // `text` with U+00AD inserted at the patterns' break points of every word of at least
  // min_word letters. Never inside a URL, an e-mail address, a host name, a token with digits or
  // slashes (218/2013/NĐ-CP, A1-B2) or a word in capitals (DEZA, VSIP): a hyphen there would change
  // or obscure what is written.
  std::string hyphenate(std::string_view text) const;

  // The break points of one lowercase word: true at i when a break may follow letter i. The
  // patterns alone, before min_left and min_right (for tests).
  std::vector<bool> break_points(std::u32string_view word) const;

 private:
  Hyphenator(int min_left, int min_right) : min_left_(min_left), min_right_(min_right) {}
  void add_pattern(std::u32string_view pattern);
  std::string hyphenate_token(std::string_view token) const;
  std::string hyphenate_word(std::string_view word) const;

  // Letters of a pattern → its values between letters (size letters + 1).
  std::unordered_map<std::u32string, std::vector<std::uint8_t>> patterns_;
  std::size_t longest_ = 0;
  int min_left_, min_right_;
  static constexpr int min_word = 6;
};

}  // namespace text
