#include "text/hyphenator.hpp"

#include <glib.h>
#include <hyphen.h>

#include <fstream>
#include <vector>

#include "text/break_opportunities.hpp"
#include "util/handle.hpp"

namespace text {

std::unique_ptr<Hyphenator> Hyphenator::load(const std::filesystem::path& dictionary, int min_left, int min_right) {
  std::ifstream in(dictionary);
  std::string charset;
  if (!in || !std::getline(in, charset)) return nullptr;
  while (!charset.empty() && (charset.back() == '\r' || charset.back() == ' ')) charset.pop_back();
  HyphenDict* dict = hnj_hyphen_load(dictionary.c_str());
  if (!dict) return nullptr;
  return std::unique_ptr<Hyphenator>(new Hyphenator(dict, charset, min_left, min_right));
}

Hyphenator::~Hyphenator() { hnj_hyphen_free(dict_); }

namespace {

bool is_token_space(gunichar c) { return c == ' ' || c == '\t' || c == '\n' || c == 0x2028; }

// A word all in capitals (an acronym or a name set in capitals) is not hyphenated.
bool all_capitals(std::string_view word) {
  int letters = 0;
  for (const char* p = word.data(); p < word.data() + word.size(); p = g_utf8_next_char(p)) {
    gunichar c = g_utf8_get_char(p);
    if (g_unichar_islower(c)) return false;
    letters += g_unichar_isupper(c);
  }
  return letters >= 2;
}

}  // namespace

std::string Hyphenator::hyphenate(std::string_view text) const {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  std::size_t i = 0;
  while (i < text.size()) {
    std::size_t start = i;
    while (i < text.size() && !is_token_space(g_utf8_get_char(text.data() + i)))
      i = static_cast<std::size_t>(g_utf8_next_char(text.data() + i) - text.data());
    if (i > start) out += hyphenate_token(text.substr(start, i - start));
    if (i < text.size()) {
      std::size_t next = static_cast<std::size_t>(g_utf8_next_char(text.data() + i) - text.data());
      out.append(text.substr(i, next - i));
      i = next;
    }
  }
  return out;
}

std::string Hyphenator::hyphenate_token(std::string_view token) const {
  std::vector<char32_t> chars;
  bool digit_or_slash = false;
  for (const char* p = token.data(); p < token.data() + token.size(); p = g_utf8_next_char(p)) {
    gunichar c = g_utf8_get_char(p);
    chars.push_back(c);
    digit_or_slash |= g_unichar_isdigit(c) || c == '/' || c == '@' || c == '_';
  }
  if (digit_or_slash || looks_like_address(chars, 0, chars.size())) return std::string(token);
  std::string out;
  std::size_t i = 0;
  while (i < token.size()) {
    // A word: a run of letters (and marks, so decomposed accents stay inside).
    std::size_t start = i;
    while (i < token.size()) {
      gunichar c = g_utf8_get_char(token.data() + i);
      if (!g_unichar_isalpha(c) && !g_unichar_ismark(c)) break;
      i = static_cast<std::size_t>(g_utf8_next_char(token.data() + i) - token.data());
    }
    if (i > start) {
      std::string_view word = token.substr(start, i - start);
      out += all_capitals(word) ? std::string(word) : hyphenate_word(word);
    } else {
      std::size_t next = static_cast<std::size_t>(g_utf8_next_char(token.data() + i) - token.data());
      out.append(token.substr(i, next - i));
      i = next;
    }
  }
  return out;
}

std::string Hyphenator::hyphenate_word(std::string_view word) const {
  const glong letters = g_utf8_strlen(word.data(), static_cast<gssize>(word.size()));
  if (letters < min_word) return std::string(word);

  // libhyphen wants the lowercase word in the dictionary's encoding.
  util::Handle<gchar, g_free> lower(g_utf8_strdown(word.data(), static_cast<gssize>(word.size())));
  std::string encoded;
  if (charset_ == "UTF-8") {
    encoded = lower.get();
  } else {
    gsize written = 0;
    util::Handle<gchar, g_free> converted(
        g_convert(lower.get(), -1, charset_.c_str(), "UTF-8", nullptr, &written, nullptr));
    if (!converted) return std::string(word);
    encoded.assign(converted.get(), written);
  }
  std::vector<char> hyphens(encoded.size() + 5);
  char** rep = nullptr;
  int* pos = nullptr;
  int* cut = nullptr;
  if (hnj_hyphen_hyphenate2(dict_, encoded.data(), static_cast<int>(encoded.size()), hyphens.data(),
                            nullptr, &rep, &pos, &cut) != 0)
    return std::string(word);
  if (rep) {  // non-standard hyphenation (rare in en/ru): do not break such words
    for (std::size_t k = 0; k < encoded.size(); ++k) free(rep[k]);
    free(rep);
    free(pos);
    free(cut);
    return std::string(word);
  }

  // Map break points (after byte k of `encoded`) to letters of the original word.
  std::vector<bool> break_after(static_cast<std::size_t>(letters), false);
  if (charset_ == "UTF-8") {
    glong letter = 0;
    for (std::size_t k = 0; k < encoded.size(); ++k) {
      bool last_byte_of_char = k + 1 == encoded.size() || (static_cast<unsigned char>(encoded[k + 1]) & 0xC0) != 0x80;
      if (!last_byte_of_char) continue;
      if ((hyphens[k] & 1) && letter < letters) break_after[static_cast<std::size_t>(letter)] = true;
      ++letter;
    }
    if (letter != letters) return std::string(word);  // lowercasing changed the length
  } else {
    if (static_cast<glong>(encoded.size()) != letters) return std::string(word);
    for (std::size_t k = 0; k < encoded.size(); ++k) break_after[k] = hyphens[k] & 1;
  }

  // Keep min_left letters before and min_right after every break, whatever the dictionary says.
  std::string out;
  const char* p = word.data();
  for (glong letter = 0; letter < letters; ++letter) {
    const char* next = g_utf8_next_char(p);
    out.append(p, next);
    if (break_after[static_cast<std::size_t>(letter)] && letter + 1 >= min_left_ && letters - letter - 1 >= min_right_)
      out += "\u00AD";
    p = next;
  }
  return out;
}

}  // namespace text
