#include "text/hyphenator.hpp"

#include <glib.h>

#include <algorithm>
#include <fstream>
#include <sstream>

#include "text/break_opportunities.hpp"
#include "util/handle.hpp"

namespace text {

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

std::u32string to_u32(std::string_view utf8) {
  std::u32string out;
  for (const char* p = utf8.data(); p < utf8.data() + utf8.size(); p = g_utf8_next_char(p)) out += g_utf8_get_char(p);
  return out;
}

// libhyphen's keywords; NEXTLEVEL starts compound-word patterns, which the layouts' languages do
// not use.
bool is_keyword(const std::string& line) {
  for (const char* keyword : {"LEFTHYPHENMIN", "RIGHTHYPHENMIN", "COMPOUNDLEFTHYPHENMIN", "COMPOUNDRIGHTHYPHENMIN",
                              "NOHYPHEN", "NEXTLEVEL"})
    if (line.rfind(keyword, 0) == 0) return true;
  return false;
}

}  // namespace

std::unique_ptr<Hyphenator> Hyphenator::load(const std::filesystem::path& path, int min_left, int min_right,
                                             std::string* error) {
  auto fail = [&](const std::string& why) -> std::unique_ptr<Hyphenator> {
    if (error) *error = why;
    return nullptr;
  };
  std::ifstream in(path, std::ios::binary);
  if (!in) return fail("cannot read " + path.string());
  std::stringstream buffer;
  buffer << in.rdbuf();
  std::string bytes = buffer.str();

  std::unique_ptr<Hyphenator> h(new Hyphenator(min_left, min_right));
  if (path.extension() == ".dic") {
    // libhyphen: the charset on the first line, then a pattern per line.
    const std::size_t eol = bytes.find('\n');
    std::string charset = bytes.substr(0, eol);
    while (!charset.empty() && (charset.back() == '\r' || charset.back() == ' ')) charset.pop_back();
    std::string body = eol == std::string::npos ? "" : bytes.substr(eol + 1);
    if (charset != "UTF-8") {
      gsize written = 0;
      util::Handle<gchar, g_free> converted(
          g_convert(body.data(), static_cast<gssize>(body.size()), "UTF-8", charset.c_str(), nullptr, &written, nullptr));
      if (!converted) return fail(path.string() + " is not in the charset its first line names (" + charset + ")");
      body.assign(converted.get(), written);
    }
    std::istringstream lines(body);
    for (std::string line; std::getline(lines, line);) {
      while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.pop_back();
      if (line.empty() || line[0] == '%' || line.find('/') != std::string::npos) continue;  // non-standard: skipped
      if (line.rfind("NEXTLEVEL", 0) == 0) break;
      if (is_keyword(line)) continue;
      h->add_pattern(to_u32(line));
    }
  } else {
    // TeX's hyph-utf8 .pat.txt: UTF-8 patterns separated by white space, % comments.
    if (!g_utf8_validate(bytes.data(), static_cast<gssize>(bytes.size()), nullptr))
      return fail(path.string() + " is not UTF-8 (TeX patterns, hyph-*.pat.txt, are)");
    std::istringstream lines(bytes);
    for (std::string line; std::getline(lines, line);) {
      line = line.substr(0, line.find('%'));
      std::istringstream words(line);
      for (std::string pattern; words >> pattern;) h->add_pattern(to_u32(pattern));
    }
  }
  if (h->patterns_.empty()) return fail(path.string() + " holds no hyphenation patterns");
  return h;
}

void Hyphenator::add_pattern(std::u32string_view pattern) {
  std::u32string letters;
  std::vector<std::uint8_t> values(1, 0);
  for (char32_t c : pattern) {
    if (c >= U'0' && c <= U'9') {
      values.back() = static_cast<std::uint8_t>(c - U'0');
    } else {
      letters += c;
      values.push_back(0);
    }
  }
  if (letters.empty()) return;
  longest_ = std::max(longest_, letters.size());
  auto [at, fresh] = patterns_.try_emplace(letters, values);
  if (!fresh)  // the same letters twice (a substring libhyphen added): the larger values win
    for (std::size_t k = 0; k < values.size(); ++k) at->second[k] = std::max(at->second[k], values[k]);
}

std::vector<bool> Hyphenator::break_points(std::u32string_view word) const {
  // Liang: every pattern matching anywhere in ".word." votes a value between two letters; the
  // highest vote wins, and an odd one allows a break.
  const std::u32string dotted = U"." + std::u32string(word) + U".";
  std::vector<std::uint8_t> votes(dotted.size() + 1, 0);
  std::u32string piece;
  for (std::size_t start = 0; start < dotted.size(); ++start) {
    for (std::size_t length = 1; length <= longest_ && start + length <= dotted.size(); ++length) {
      piece.assign(dotted, start, length);
      auto found = patterns_.find(piece);
      if (found == patterns_.end()) continue;
      for (std::size_t k = 0; k < found->second.size(); ++k)
        votes[start + k] = std::max(votes[start + k], found->second[k]);
    }
  }
  // A break after letter i of the word lies between dotted[i + 1] and dotted[i + 2].
  std::vector<bool> after(word.size(), false);
  for (std::size_t i = 0; i + 1 < word.size(); ++i) after[i] = votes[i + 2] % 2 == 1;
  return after;
}

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
  util::Handle<gchar, g_free> lower(g_utf8_strdown(word.data(), static_cast<gssize>(word.size())));
  const std::u32string lowercase = to_u32(lower.get());
  if (static_cast<glong>(lowercase.size()) != letters) return std::string(word);  // lowercasing changed the length
  const std::vector<bool> after = break_points(lowercase);

  // Keep min_left letters before and min_right after every break, whatever the patterns say.
  std::string out;
  const char* p = word.data();
  for (glong letter = 0; letter < letters; ++letter) {
    const char* next = g_utf8_next_char(p);
    out.append(p, next);
    if (after[static_cast<std::size_t>(letter)] && letter + 1 >= min_left_ && letters - letter - 1 >= min_right_)
      out += "\u00AD";
    p = next;
  }
  return out;
}

}  // namespace text
