// <languages>: per language, the font chain of each role, size and leading adjustments, line
// breaking, hyphenation and the words and number formats the engine writes itself.
#include <algorithm>
#include <cstdio>
#include <map>
#include <set>
#include <sstream>

#include "style/layout_reading.hpp"

namespace style::reading {

using xml::Presence;

// BCP 47 in the shape this engine uses: letters, digits and hyphens ("vi", "zh-Hant").
static bool looks_like_language_tag(const std::string& code) {
  if (code.empty() || code.front() == '-' || code.back() == '-') return false;
  return std::all_of(code.begin(), code.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
  });
}

// "ha km  %" → {"ha", "km", "%"}
static std::vector<std::string> split_words(const std::string& text) {
  std::vector<std::string> words;
  std::istringstream in(text);
  for (std::string word; in >> word;) words.push_back(word);
  return words;
}

// <breaking language="…">: hyphenation limits, justification latitude and the no-break rules of a
// language defined before it (in this file or the base layout).
// The language a sibling of <language> (<breaking>, <chart-words>) adds to: defined before it.
static LanguageSettings* language_of(xml::Attributes& a, FileReading& file, const std::string& element) {
  std::string code;
  if (!a.text("language", code, Presence::required)) return nullptr;
  auto& languages = file.layout.languages;
  auto found = std::find_if(languages.begin(), languages.end(), [&](const LanguageSettings& l) { return l.code == code; });
  if (found != languages.end()) return &*found;
  a.error(xml::quoted("language", code) + " names no language of this layout or its base; put <" + element +
          "> after its <language code=\"" + code + "\">");
  return nullptr;
}

static void read_breaking(const tinyxml2::XMLElement& element, FileReading& file) {
  xml::Attributes a(element, file.source);
  LanguageSettings* found = language_of(a, file, "breaking");
  if (!found) return;
  LanguageSettings& language = *found;
  std::string minimum;
  if (a.text("hyphen-min", minimum)) {
    int left = 0, right = 0;
    char extra = 0;
    if (std::sscanf(minimum.c_str(), "%d %d %c", &left, &right, &extra) != 2 || left < 1 || right < 1 || left > 9 ||
        right > 9)
      a.error(xml::quoted("hyphen-min", minimum) +
              " is not two letter counts; write the letters kept before and after a hyphen, as \"2 3\"");
    else
      language.hyphen_min_left = left, language.hyphen_min_right = right;
  }
  a.number("letter-stretch", language.letter_stretch, 0, 0.1);
  a.number("ideograph-latin-space", language.ideograph_latin_space, 0, 1);
  a.boolean("compress-punctuation", language.compress_punctuation);
  a.number("loose-note", language.loose_note, 1.5, 10);
  std::string words;
  if (a.text("units", words)) language.breaking.units = split_words(words);
  if (a.text("keep-with-next", words)) language.breaking.keep_with_next = split_words(words);
  if (a.text("prefer-with-next", words)) language.breaking.prefer_with_next = split_words(words);
  a.reject_unknown();
}

// <chart-words language="…">: how a chart's generated alternative text says its values.
static void read_chart_words(const tinyxml2::XMLElement& element, FileReading& file) {
  xml::Attributes a(element, file.source);
  LanguageSettings* language = language_of(a, file, "chart-words");
  if (!language) return;
  auto pattern = [&](const char* name, std::string& target, std::initializer_list<const char*> fields) {
    std::string text;
    if (!a.text(name, text)) return;
    for (const char* field : fields)
      if (text.find(field) == std::string::npos) {
        a.error(xml::quoted(name, text) + " lacks " + field + "; write e.g. \"" + target + "\"");
        return;
      }
    target = text;
  };
  pattern("series", language->chart_series, {"{series}", "{values}"});
  pattern("value", language->chart_value, {"{category}", "{value}"});
  a.text("separator", language->chart_separator);
  a.reject_unknown();
}

// <map-words language="…" north="С" scale="{n} км" alt="Карта: {names}.">: the words a map
// writes itself.
static void read_map_words(const tinyxml2::XMLElement& element, FileReading& file) {
  xml::Attributes a(element, file.source);
  LanguageSettings* language = language_of(a, file, "map-words");
  if (!language) return;
  a.text("north", language->map_north);
  auto pattern = [&](const char* name, std::string& target, const char* field) {
    std::string text;
    if (!a.text(name, text)) return;
    if (text.find(field) == std::string::npos) a.error(xml::quoted(name, text) + " lacks " + field + "; write e.g. \"" + target + "\"");
    else target = text;
  };
  pattern("scale", language->map_scale, "{n}");
  pattern("alt", language->map_alt, "{names}");
  a.reject_unknown();
}

// `language` is what the base layout defined for this code (a new language starts empty): a
// re-declaration changes what it writes and keeps the rest.
static void read_language(xml::Attributes& a, LanguageSettings& language, FileReading& file) {
  const tinyxml2::XMLElement& element = a.element();
  const bool inherited = !language.code.empty();
  language.where = a.where();
  if (a.text("code", language.code, Presence::required) && !looks_like_language_tag(language.code))
    a.error(xml::quoted("code", language.code) + " is not a language tag; write a BCP 47 tag such as vi, en or zh");
  a.text("name", language.name);
  auto read_font = [&](const char* attribute, FontRole role) {
    std::string chain;
    if (!a.text(attribute, chain, inherited ? Presence::optional : Presence::required)) return;
    if (chain.find_first_not_of(" ,") == std::string::npos)
      a.error(xml::quoted(attribute, chain) + " names no font; name a family such as \"Noto Serif\"");
    else
      language.fonts[role] = chain;
  };
  read_font("text-font", FontRole::text);
  read_font("display-font", FontRole::display);
  a.number("size-scale", language.size_scale, 0.5, 2);
  a.number("leading-scale", language.leading_scale, 0.5, 2);
  a.boolean("keep-all", language.keep_all);
  a.choice("justify", language.justify_characters, {{"spaces", false}, {"characters", true}});
  a.text("hyphenation", language.hyphenation);
  a.text("locale", language.locale);
  a.text("decimal", language.decimal_separator);
  a.text("group", language.group_separator);
  a.text("minus", language.minus_sign);
  a.choice("compact", language.compact_short, {{"long", false}, {"short", true}});
  a.text("figure-label", language.figure_label);
  a.text("table-label", language.table_label);
  a.text("caption-separator", language.caption_separator);
  a.text("contents-title", language.contents_title);
  a.text("notes-title", language.notes_title);
  a.text("continued", language.continued);
  a.text("bullet", language.bullet);
  a.text("number-format", language.number_format);
  a.text("letter-format", language.letter_format);
  a.text("alphabet", language.alphabet);
  a.reject_unknown();
  if (language.name.empty()) language.name = language.code;
  std::set<std::string> currencies_here;
  xml::read_children(element, file.source, {{"currency", [&](const tinyxml2::XMLElement& child) {
    xml::Attributes c(child, file.source);
    std::string code, format;
    c.text("code", code, Presence::required);
    c.text("format", format, Presence::required);
    c.reject_unknown();
    if (code.size() != 3 || !std::all_of(code.begin(), code.end(), [](char ch) { return ch >= 'A' && ch <= 'Z'; }))
      c.error(xml::quoted("code", code) + " is not an ISO 4217 currency code; write three capitals such as USD");
    else if (format.find("{n}") == std::string::npos)
      c.error(xml::quoted("format", format) + " has no {n} for the number; write e.g. \"{n} USD\"");
    else if (!currencies_here.insert(code).second)
      c.error("currency " + code + " is formatted twice for " + language.code + "; keep one");
    else
      language.currency_formats[code] = format;  // replaces the base layout's
  }}});
}

void read_languages(const tinyxml2::XMLElement& element, FileReading& file) {
  std::map<std::string, int> lines_in_this_file;
  xml::read_children(element, file.source, {{"breaking", [&](const tinyxml2::XMLElement& child) {
    read_breaking(child, file);
  }}, {"chart-words", [&](const tinyxml2::XMLElement& child) {
    read_chart_words(child, file);
  }}, {"map-words", [&](const tinyxml2::XMLElement& child) {
    read_map_words(child, file);
  }}, {"language", [&](const tinyxml2::XMLElement& child) {
    xml::Attributes a(child, file.source);
    std::string code;
    if (!a.text("code", code, Presence::required) || code.empty()) return;
    auto [earlier, first] = lines_in_this_file.emplace(code, child.GetLineNum());
    if (!first) {
      a.error("language \"" + code + "\" is defined twice; the first is on line " + std::to_string(earlier->second) +
              "; merge them");
      return;
    }
    auto& languages = file.layout.languages;
    auto same = std::find_if(languages.begin(), languages.end(), [&](const LanguageSettings& l) { return l.code == code; });
    if (is_removal(a, "language", code, same != languages.end())) {
      if (same != languages.end()) languages.erase(same);
      return;
    }
    // A language the base layout defines is merged: the derived file says only what differs.
    LanguageSettings language = same != languages.end() ? *same : LanguageSettings{};
    read_language(a, language, file);
    if (same != languages.end())
      *same = language;
    else
      languages.push_back(language);
  }}});
}

}  // namespace style::reading
