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
  // nullptr when the dictionary cannot be loaded.
  static std::unique_ptr<Hyphenator> load(const std::filesystem::path& dictionary);
  ~Hyphenator();

  // `text` with U+00AD inserted at the break points of every word of at least min_word letters.
  std::string hyphenate(std::string_view text) const;

 private:
  Hyphenator(HyphenDict* dict, std::string charset) : dict_(dict), charset_(std::move(charset)) {}
  std::string hyphenate_word(std::string_view word) const;

  HyphenDict* dict_;
  std::string charset_;  // the dictionary's encoding ("UTF-8", "KOI8-R")
  static constexpr int min_word = 6;
};

}  // namespace text
