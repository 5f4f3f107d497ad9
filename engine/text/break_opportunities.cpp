#include "text/break_opportunities.hpp"

#include <glib.h>

#include <algorithm>

#include "text/char_class.hpp"

namespace text {
namespace {

bool is_letter_like(char32_t c) { return is_alphabetic(c) || is_ideographic(c) || is_hangul(c); }

bool is_token_space(char32_t c) { return is_space(c) || c == 0x2028 || c == 0x3000; }

// Addresses and identifiers end at white space and where CJK text resumes ("第218/2013/NĐ-CP号").
bool ends_token(char32_t c) { return is_token_space(c) || is_ideographic(c) || is_hangul(c) || is_cjk_punctuation(c); }

char32_t lower(char32_t c) { return static_cast<char32_t>(g_unichar_tolower(static_cast<gunichar>(c))); }

// Punctuation around a token that is not part of the address: "(dungquat.gov.vn/en/)." → core.
bool is_wrapper(char32_t c) {
  return c == '(' || c == ')' || c == '[' || c == ']' || c == '"' || c == '\'' || c == ',' || c == ';' ||
         c == ':' || c == '.' || c == '!' || c == '?' || c == 0x201C || c == 0x201D || c == 0x2018 ||
         c == 0x2019 || c == 0xAB || c == 0xBB || c == 0xFF08 || c == 0xFF09 || c == 0x3001 || c == 0x3002 ||
         c == 0xFF0C || c == 0xFF1A || c == 0xFF1B;
}

bool starts_with(const std::vector<char32_t>& chars, std::size_t at, std::u32string_view prefix) {
  if (at + prefix.size() > chars.size()) return false;
  for (std::size_t k = 0; k < prefix.size(); ++k)
    if (lower(chars[at + k]) != prefix[k]) return false;
  return true;
}

std::u32string to_u32(const std::string& utf8) {
  std::u32string out;
  for (const char* p = utf8.c_str(); *p; p = g_utf8_next_char(p)) out += lower(g_utf8_get_char(p));
  return out;
}

bool matches_unit(const std::vector<char32_t>& chars, std::size_t at, const std::u32string& unit) {
  if (at >= chars.size()) return false;
  const char32_t c = chars[at];
  if (unit == U"ideograph") return is_han(c);
  if (unit == U"kana") return is_kana(c);
  if (unit == U"hangul") return is_hangul(c);
  // Compared letter by letter, past the soft hyphens hyphenation put in ("bil-lion").
  std::size_t k = at;
  for (char32_t u : unit) {
    while (k < chars.size() && chars[k] == 0xAD) ++k;
    if (k >= chars.size() || lower(chars[k]) != u) return false;
    ++k;
  }
  // A unit of letters ends where its word ends: "ha" is not the start of "hai".
  return k >= chars.size() || !is_alphabetic(unit.back()) || !is_letter_like(chars[k]);
}

}  // namespace

bool looks_like_address(const std::vector<char32_t>& chars, std::size_t start, std::size_t end) {
  int dots = 0;
  bool dot_between_letters = false;
  for (std::size_t i = start; i < end; ++i) {
    if (starts_with(chars, i, U"://") || starts_with(chars, i, U"www.")) return true;
    if (chars[i] == '@' && i > start && i + 1 < end) return true;
    if (chars[i] == '.' && i > start && i + 1 < end) {
      ++dots;
      dot_between_letters |= is_alphabetic(chars[i - 1]) && is_alphabetic(chars[i + 1]) &&
                             !is_digit(chars[i + 1]) && !is_digit(chars[i - 1]);
    }
  }
  return dots >= 2 && dot_between_letters;  // a host name: dungquat.quangngai.gov.vn
}

std::vector<Break> break_opportunities(const BreakInput& in, const BreakRules& rules, bool keep_all) {
  const std::vector<char32_t>& c = in.chars;
  const std::size_t n = c.size();
  std::vector<std::u32string> units, short_words;
  for (const auto& unit : rules.units) units.push_back(to_u32(unit));
  for (const auto& word : rules.keep_with_next) short_words.push_back(to_u32(word));
  std::vector<std::u32string> preferred;
  for (const auto& word : rules.prefer_with_next) preferred.push_back(to_u32(word));
  std::vector<Break> out(n + 1, Break::none);
  for (std::size_t i = 1; i <= n; ++i) {
    if (in.pango_forced[i]) {
      out[i] = Break::forced;
      continue;
    }
    if (!in.pango_break[i] || (i < n && !in.cluster_start[i])) continue;
    const char32_t before = c[i - 1];
    if (before == 0xAD) out[i] = Break::hyphenation;
    else if ((before == '-' || before == 0x2010 || before == 0x2013 || before == 0x2014) && i >= 2 && !is_space(c[i - 2]))
      out[i] = Break::explicit_hyphen;
    else
      out[i] = Break::space;
    // Keep-all for Hangul: no break inside a word of Hangul (nor between it and the digits or
    // letters it is written with, "2025년"); Latin, digits and URLs break as they would anywhere.
    if (keep_all && i < n && is_letter_like(before) && is_letter_like(c[i]) && (is_hangul(before) || is_hangul(c[i])))
      out[i] = Break::none;
  }

  // Tokens between white space: addresses break only after / . - ? & =, identifiers with digits
  // and slashes (218/2013/NĐ-CP) only after a slash, and neither ever takes a hyphen.
  for (std::size_t start = 0; start < n;) {
    while (start < n && ends_token(c[start])) ++start;
    std::size_t end = start;
    while (end < n && !ends_token(c[end])) ++end;
    std::size_t core_start = start, core_end = end;
    while (core_start < core_end && is_wrapper(c[core_start])) ++core_start;
    while (core_end > core_start && is_wrapper(c[core_end - 1])) --core_end;
    bool digit = false, slash = false;
    for (std::size_t i = core_start; i < core_end; ++i) {
      digit |= is_digit(c[i]);
      slash |= c[i] == '/';
    }
    const bool address = looks_like_address(c, core_start, core_end);
    if (address || (digit && slash)) {
      for (std::size_t i = core_start + 1; i < core_end; ++i) {
        if (out[i] == Break::forced) continue;
        out[i] = Break::none;
        const char32_t b = c[i - 1];
        const bool after_separator = address ? (b == '/' || b == '.' || b == '-' || b == '?' || b == '&' || b == '=')
                                             : b == '/';
        // Not inside "//", and never before the last character: "gov.vn/" keeps its slash.
        if (after_separator && c[i] != b && i + 1 < core_end && in.cluster_start[i]) out[i] = Break::url;
      }
    }
    start = end;
  }

  for (std::size_t i = 1; i < n; ++i) {
    if (out[i] == Break::none || out[i] == Break::forced) continue;
    // The number before a break (across at most one space) and the unit after it stay together.
    std::size_t p = i;
    while (p > 0 && is_space(c[p - 1]) && i - p < 1) --p;
    if (p > 0 && is_digit(c[p - 1])) {
      for (const auto& unit : units)
        if (matches_unit(c, i, unit)) {
          out[i] = Break::none;
          break;
        }
    }
    // A spaced dash stays at the end of the line of the word before it, never opens a line
    // ("на юге —", "the port – and"): a line starting with a dash reads as dialogue or a list.
    if (out[i] != Break::none && (c[i] == 0x2014 || c[i] == 0x2013) && is_space(c[i - 1]) &&
        (i + 1 == n || is_space(c[i + 1])))
      out[i] = Break::none;
    // A number written with a CJK multiplier inside it: 1万4,000, 1억 2,000만.
    if (out[i] != Break::none && is_digit(c[i]) && i >= 2 && (is_han(c[i - 1]) || is_hangul(c[i - 1])) &&
        is_digit(c[i - 2]))
      out[i] = Break::none;
    // A short word keeps the next word on its line; a preferred one where it can.
    if (out[i] == Break::space && is_space(c[i - 1]) && !(short_words.empty() && preferred.empty())) {
      std::size_t word_end = i - 1;
      while (word_end > 0 && is_space(c[word_end - 1])) --word_end;
      std::size_t word_start = word_end;
      while (word_start > 0 && !is_token_space(c[word_start - 1])) --word_start;
      while (word_start < word_end && is_wrapper(c[word_start])) ++word_start;
      std::u32string word;
      for (std::size_t k = word_start; k < word_end; ++k) word += lower(c[k]);
      for (const auto& short_word : short_words)
        if (!word.empty() && word == short_word) {
          out[i] = Break::none;
          break;
        }
      if (out[i] == Break::space && std::find(preferred.begin(), preferred.end(), word) != preferred.end())
        out[i] = Break::discouraged;
    }
  }
  return out;
}

}  // namespace text
