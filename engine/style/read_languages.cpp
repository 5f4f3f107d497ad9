// <languages>: per language, the font chain of each role, size and leading adjustments, line
// breaking, hyphenation and the words and number formats the engine writes itself.
#include <algorithm>
#include <map>

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

static LanguageSettings read_language(const tinyxml2::XMLElement& element, FileReading& file) {
  xml::Attributes a(element, file.source);
  LanguageSettings language;
  language.where = a.where();
  if (a.text("code", language.code, Presence::required) && !looks_like_language_tag(language.code))
    a.error(xml::quoted("code", language.code) + " is not a language tag; write a BCP 47 tag such as vi, en or zh");
  a.text("name", language.name);
  auto read_font = [&](const char* attribute, FontRole role) {
    std::string chain;
    if (!a.text(attribute, chain, Presence::required)) return;
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
  std::string justify = "spaces";
  a.text("justify", justify);
  if (justify == "characters") language.justify_characters = true;
  else if (justify != "spaces")
    a.error(xml::quoted("justify", justify) + " is not a way to justify; write spaces or characters");
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
    else if (!language.currency_formats.emplace(code, format).second)
      c.error("currency " + code + " is formatted twice for " + language.code + "; keep one");
  }}});
  return language;
}

void read_languages(const tinyxml2::XMLElement& element, FileReading& file) {
  std::map<std::string, int> lines_in_this_file;
  xml::read_children(element, file.source, {{"language", [&](const tinyxml2::XMLElement& child) {
    LanguageSettings language = read_language(child, file);
    if (language.code.empty()) return;
    auto [earlier, first] = lines_in_this_file.emplace(language.code, child.GetLineNum());
    if (!first) {
      file.source.error(child, "language \"" + language.code + "\" is defined twice; the first is on line " +
                                   std::to_string(earlier->second));
      return;
    }
    auto& languages = file.layout.languages;
    auto same = std::find_if(languages.begin(), languages.end(),
                             [&](const LanguageSettings& l) { return l.code == language.code; });
    if (same != languages.end())
      *same = language;
    else
      languages.push_back(language);
  }}});
}

}  // namespace style::reading
