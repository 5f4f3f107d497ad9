// <languages>: per language, the font chain of each role, size and leading adjustments, line
// breaking, hyphenation and the words and number formats the engine writes itself.
#include <algorithm>
#include <cstdio>
#include <map>
#include <set>
#include <sstream>

#include "style/layout_reading.hpp"
#include "util/limits.hpp"

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
  xml::Attributes a(file.source, element);
  LanguageSettings* found = language_of(a, file, "breaking");
  if (!found) return;
  LanguageSettings& language = *found;
  std::string minimum;
  if (a.verbatim("hyphen-min", minimum)) {
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
  a.number("glyph-scaling", language.glyph_scaling, 0, 0.05);
  a.number("ideograph-latin-space", language.ideograph_latin_space, 0, 1);
  a.boolean("compress-punctuation", language.compress_punctuation);
  a.number("loose-note", language.loose_note, 1.5, 10);
  std::string words;
  if (a.verbatim("units", words)) language.breaking.units = split_words(words);
  if (a.verbatim("keep-with-next", words)) language.breaking.keep_with_next = split_words(words);
  if (a.verbatim("prefer-with-next", words)) language.breaking.prefer_with_next = split_words(words);
  a.report_unknown();
}

// <chart-words language="…">: how a chart's generated alternative text says its values.
static void read_chart_words(const tinyxml2::XMLElement& element, FileReading& file) {
  xml::Attributes a(file.source, element);
  LanguageSettings* language = language_of(a, file, "chart-words");
  if (!language) return;
  auto pattern = [&](const char* name, std::string& target, std::initializer_list<const char*> fields) {
    std::string text;
    if (!a.verbatim(name, text)) return;
    for (const char* field : fields)
      if (text.find(field) == std::string::npos) {
        a.error(xml::quoted(name, text) + " lacks " + field + "; write e.g. \"" + target + "\"");
        return;
      }
    target = text;
  };
  pattern("series", language->chart_series, {"{series}", "{values}"});
  pattern("value", language->chart_value, {"{category}", "{value}"});
  a.verbatim("separator", language->chart_separator);
  a.report_unknown();
}

// <label key="…">words</label> in a <labels language="…">: added to the language's map, replacing
// the base layout's label of that key; remove="true" takes the base's out.
static void read_label(const tinyxml2::XMLElement& element, LanguageSettings& language, FileReading& file,
                       std::map<std::string, int>& lines_here) {
  xml::Attributes a(file.source, element);
  std::string key;
  if (!a.identifier("key", key, Presence::required)) return;
  auto [earlier, first] = lines_here.emplace(key, element.GetLineNum());
  if (!first) {
    a.error("label \"" + key + "\" is defined twice for " + language.code + "; the first is on line " +
            std::to_string(earlier->second) + "; keep one");
    return;
  }
  if (is_removal(a, "label", key, language.labels.count(key) > 0)) {
    language.labels.erase(key);
    return;
  }
  a.report_unknown();
  // XML white space as in the content: runs of it are one space, none at either end.
  std::string text;
  for (const auto& word : split_words(xml::read_text(element, file.source))) text += (text.empty() ? "" : " ") + word;
  if (text.empty()) {
    a.error("label \"" + key + "\" of " + language.code + " is empty; write its words, as <label key=\"" + key +
            "\">…</label>");
    return;
  }
  language.labels[key] = {std::move(text), a.where()};
}

// hyphenation="hyph_en_US.dic" names patterns Debian installs (found where layout looks for
// them); a path, "patterns/hyph_xx.dic", names a file in the layouts folder, opened through it.
static void read_hyphenation(xml::Attributes& a, LanguageSettings& language, FileReading& file) {
  std::string patterns;
  if (!a.text("hyphenation", patterns)) return;
  if (patterns.find('/') == std::string::npos && patterns != "." && patterns != "..") {
    language.hyphenation = patterns;
    return;
  }
  const util::ConfinedFile opened = file.root.open(file.folder, patterns, util::limits().include_bytes);
  if (opened || opened.missing)  // a missing file: hyphenation is left out with a warning
    language.hyphenation = opened.path.string();
  else
    a.error("cannot use the hyphenation patterns \"" + patterns + "\": " + opened.error);
}

// <map-words language="…" north="С" scale="{n} км" alt="Карта: {names}.">: the words a map
// writes itself.
static void read_map_words(const tinyxml2::XMLElement& element, FileReading& file) {
  xml::Attributes a(file.source, element);
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
  a.report_unknown();
}

// `language` is what the base layout defined for this code (a new language starts empty): a
// re-declaration changes what it writes and keeps the rest.
static void read_language(xml::Attributes& a, LanguageSettings& language, FileReading& file) {
  const tinyxml2::XMLElement& element = a.element();
  const bool inherited = !language.code.empty();
  language.where = a.where();
  if (a.text("code", language.code, Presence::required) && !looks_like_language_tag(language.code))
    a.error(xml::quoted("code", language.code) + " is not a language tag; write a BCP 47 tag such as vi, en or zh");
  a.verbatim("name", language.name);
  auto read_font = [&](const char* attribute, FontRole role) {
    std::string chain;
    if (!a.verbatim(attribute, chain, inherited ? Presence::optional : Presence::required)) return;
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
  read_hyphenation(a, language, file);
  a.verbatim("locale", language.locale);
  a.verbatim("decimal", language.decimal_separator);
  a.verbatim("group", language.group_separator);
  a.verbatim("minus", language.minus_sign);
  a.choice("compact", language.compact_short, {{"long", false}, {"short", true}});
  a.verbatim("figure-label", language.figure_label);
  a.verbatim("table-label", language.table_label);
  a.verbatim("caption-separator", language.caption_separator);
  a.verbatim("contents-title", language.contents_title);
  a.verbatim("notes-title", language.notes_title);
  a.verbatim("continued", language.continued);
  a.verbatim("bullet", language.bullet);
  a.verbatim("number-format", language.number_format);
  a.verbatim("letter-format", language.letter_format);
  a.verbatim("alphabet", language.alphabet);
  a.report_unknown();
  if (language.name.empty()) language.name = language.code;
  std::set<std::string> currencies_here;
  xml::read_children(element, file.source, {{"currency", [&](const tinyxml2::XMLElement& child) {
    xml::Attributes c(file.source, child);
    std::string code, format;
    c.text("code", code, Presence::required);
    c.text("format", format, Presence::required);
    c.report_unknown();
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

// <labels language="…">: labels of a language defined before it. A sibling of <language>, as
// <breaking> is: libxml2 validates children of an element with as many optional attributes as
// <language> has several times slower (the handbook: 8 s → 47 s of CPU with two labels each).
static void read_labels(const tinyxml2::XMLElement& element, FileReading& file,
                        std::map<std::string, std::map<std::string, int>>& lines_here) {
  xml::Attributes a(file.source, element);
  LanguageSettings* language = language_of(a, file, "labels");
  a.report_unknown();
  if (!language) return;
  auto& lines = lines_here[language->code];
  xml::read_children(element, file.source, {{"label", [&](const tinyxml2::XMLElement& child) {
    read_label(child, *language, file, lines);
  }}});
}

void read_languages(const tinyxml2::XMLElement& element, FileReading& file) {
  std::map<std::string, int> lines_in_this_file;
  std::map<std::string, std::map<std::string, int>> label_lines;
  xml::read_children(element, file.source, {{"labels", [&](const tinyxml2::XMLElement& child) {
    read_labels(child, file, label_lines);
  }}, {"breaking", [&](const tinyxml2::XMLElement& child) {
    read_breaking(child, file);
  }}, {"chart-words", [&](const tinyxml2::XMLElement& child) {
    read_chart_words(child, file);
  }}, {"map-words", [&](const tinyxml2::XMLElement& child) {
    read_map_words(child, file);
  }}, {"language", [&](const tinyxml2::XMLElement& child) {
    xml::Attributes a(file.source, child);
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
