#pragma once
// Hyphenation with libhyphen and the patterns LibreOffice uses (Debian's hyphen-* packages):
// inserts soft hyphens (U+00AD) where a word may break; Pango breaks there and draws the hyphen.
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>

typedef struct _HyphenDict HyphenDict;

namespace text {

class Hyphenator {
 public:
  // nullptr when the dictionary cannot be loaded. A break keeps at least `min_left` letters
  // before it and `min_right` after it (en 2 3, ru 2 2), whatever the patterns allow.
  static std::unique_ptr<Hyphenator> load(const std::filesystem::path& dictionary, int min_left = 2,
                                          int min_right = 3);
  ~Hyphenator();
  Hyphenator(const Hyphenator&) = delete;
  Hyphenator& operator=(const Hyphenator&) = delete;

  // `text` with U+00AD inserted at the dictionary's break points of every word of at least
  // min_word letters. Never inside a URL, an e-mail address, a host name, a token with digits or
  // slashes (218/2013/NĐ-CP, A1-B2) or a word in capitals (DEZA, VSIP): a hyphen there would change
  // or obscure what is written.
  std::string hyphenate(std::string_view text) const;

 private:
  Hyphenator(HyphenDict* dict, std::string charset, int min_left, int min_right)
      : dict_(dict), charset_(std::move(charset)), min_left_(min_left), min_right_(min_right) {}
  std::string hyphenate_token(std::string_view token) const;
  std::string hyphenate_word(std::string_view word) const;

  HyphenDict* dict_;
  std::string charset_;  // the dictionary's encoding ("UTF-8", "KOI8-R")
  int min_left_, min_right_;
  static constexpr int min_word = 6;
};

}  // namespace text
