#include "model/values.hpp"

#include <charconv>

#include "util/units.hpp"

namespace model::values {
namespace {

bool is_ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

bool all_digits(std::string_view text) {
  if (text.empty()) return false;
  for (char c : text)
    if (!is_digit(c)) return false;
  return true;
}

// "12" or "12.5": digits, optionally a dot and more digits.
bool is_unsigned_decimal(std::string_view text) {
  auto dot = text.find('.');
  if (dot == std::string_view::npos) return all_digits(text);
  return all_digits(text.substr(0, dot)) && all_digits(text.substr(dot + 1));
}

}  // namespace

bool is_xml_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

bool is_language_tag(std::string_view text) {
  // Primary subtag: two or three letters (ISO 639); then script, region, variants: 1..8
  // letters or digits each.
  auto is_primary = [](std::string_view subtag) {
    if (subtag.size() < 2 || subtag.size() > 3) return false;
    for (char c : subtag)
      if (!is_ascii_letter(c)) return false;
    return true;
  };
  auto is_further = [](std::string_view subtag) {
    if (subtag.empty() || subtag.size() > 8) return false;
    for (char c : subtag)
      if (!is_ascii_letter(c) && !is_digit(c)) return false;
    return true;
  };
  std::size_t start = 0;
  for (bool primary = true;; primary = false) {
    auto dash = text.find('-', start);
    auto subtag = text.substr(start, dash == std::string_view::npos ? dash : dash - start);
    if (!(primary ? is_primary(subtag) : is_further(subtag))) return false;
    if (dash == std::string_view::npos) return true;
    start = dash + 1;
  }
}

bool is_name(std::string_view text) {
  if (text.empty() || !(is_ascii_letter(text[0]) || text[0] == '_')) return false;
  for (char c : text)
    if (!(is_ascii_letter(c) || is_digit(c) || c == '-' || c == '_' || c == '.')) return false;
  return true;
}

std::optional<double> parse_decimal(std::string_view text) {
  std::string_view magnitude = text.starts_with('-') ? text.substr(1) : text;
  if (!is_unsigned_decimal(magnitude)) return std::nullopt;
  double value = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc{} || end != text.data() + text.size()) return std::nullopt;
  return value;
}

std::optional<int> parse_integer(std::string_view text) {
  std::string_view magnitude = text.starts_with('-') ? text.substr(1) : text;
  if (!all_digits(magnitude)) return std::nullopt;
  int value = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc{} || end != text.data() + text.size()) return std::nullopt;
  return value;
}

bool is_date(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return false;
  auto year = parse_integer(text.substr(0, 4));
  auto month = parse_integer(text.substr(5, 2));
  auto day = parse_integer(text.substr(8, 2));
  if (!year || !month || !day || *month < 1 || *month > 12 || *day < 1) return false;
  bool leap = (*year % 4 == 0 && *year % 100 != 0) || *year % 400 == 0;
  constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  int days = kDays[*month - 1] + (*month == 2 && leap ? 1 : 0);
  return *day <= days;
}

bool is_length(std::string_view text) {
  for (std::string_view unit : {"mm", "cm", "in", "pt"}) {
    if (text.size() > unit.size() && text.ends_with(unit)) {
      std::string_view number = text.substr(0, text.size() - unit.size());
      auto points = util::parse_length(text);
      return is_unsigned_decimal(number) && points && *points > 0;
    }
  }
  return false;
}

bool is_column_width(std::string_view text) {
  if (text == "auto") return true;
  if (text.ends_with('*')) {
    auto share = text.substr(0, text.size() - 1);
    return is_unsigned_decimal(share) && *parse_decimal(share) > 0;
  }
  return is_length(text);
}

LinkTarget classify_href(std::string_view href) {
  for (char c : href)
    if (is_xml_space(c)) return LinkTarget::invalid;
  if (href.starts_with('#')) return href.size() > 1 ? LinkTarget::internal : LinkTarget::invalid;
  for (std::string_view scheme : {"http://", "https://"})
    if (href.starts_with(scheme) && href.size() > scheme.size()) return LinkTarget::web;
  if (href.starts_with("mailto:") && href.find('@') != std::string_view::npos)
    return LinkTarget::mail;
  return LinkTarget::invalid;
}

std::vector<std::string_view> split_words(std::string_view text) {
  std::vector<std::string_view> words;
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && is_xml_space(text[i])) ++i;
    std::size_t start = i;
    while (i < text.size() && !is_xml_space(text[i])) ++i;
    if (i > start) words.push_back(text.substr(start, i - start));
  }
  return words;
}

}  // namespace model::values
