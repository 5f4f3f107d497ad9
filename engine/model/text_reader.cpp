#include "model/text_reader.hpp"


#include <algorithm>

#include "model/amount_reader.hpp"
#include "model/values.hpp"
#include "model/white_space.hpp"
#include "util/limits.hpp"

namespace model {

using tinyxml2::XMLElement;
using tinyxml2::XMLNode;
using xml::tag;

namespace {

const std::vector<std::string_view> kInlineNames{"b", "i", "a", "span", "br", "nobr", "num", "label"};

bool is_inline_name(std::string_view name) {
  return std::find(kInlineNames.begin(), kInlineNames.end(), name) != kInlineNames.end();
}

std::string joined(const std::vector<std::string>& words, std::string_view separator) {
  std::string out;
  for (const auto& word : words) out += (out.empty() ? "" : std::string(separator)) + word;
  return out;
}

}  // namespace

TextReader::TextReader(const xml::Source& source, Reading& reading)
    : source_(source), reading_(reading) {}

Text TextReader::read_bare(const XMLElement& element, TextNeed need) {
  xml::Attributes(source_, element).report_unknown();
  return read(element, need);
}

Text TextReader::read(const XMLElement& element, TextNeed need,
                      std::initializer_list<std::string_view> stop_at, const XMLNode** rest) {
  Text text;
  text.where = source_.at(element);

  const XMLNode* end = nullptr;
  std::vector<const XMLElement*> translations;
  for (const XMLNode* node = element.FirstChild(); node; node = node->NextSibling()) {
    const XMLElement* child = node->ToElement();
    if (!child) continue;
    std::string_view name = child->Name();
    if (std::find(stop_at.begin(), stop_at.end(), name) != stop_at.end()) {
      end = node;
      break;
    }
    if (name == "t") translations.push_back(child);
  }
  if (rest) *rest = end;

  const std::string element_tag = tag(element.Name());
  if (!translations.empty()) {
    bool mixed_reported = false;
    for (const XMLNode* node = element.FirstChild(); node != end; node = node->NextSibling()) {
      const XMLElement* child = node->ToElement();
      const auto* characters = node->ToText();
      bool stray_text = characters && !xml::is_blank(*characters);
      bool stray_inline = child && is_inline_name(child->Name());
      if ((stray_text || stray_inline) && !mixed_reported) {
        source_.error(*node, element_tag + " mixes <t> translations with text outside them; "
                                           "put all of its text inside the <t> elements, or, if "
                                           "it is the same in every language, write it once "
                                           "without <t>");
        mixed_reported = true;
      } else if (child && !stray_inline && std::string_view(child->Name()) != "t") {
        xml::report_not_allowed(source_, *child, element.Name(), {"t"});
      }
    }
    read_translations(element, translations, text);
  } else {
    std::vector<std::string_view> allowed{"t"};
    allowed.insert(allowed.end(), kInlineNames.begin(), kInlineNames.end());
    allowed.insert(allowed.end(), stop_at.begin(), stop_at.end());
    Translation neutral;
    neutral.where = text.where;
    neutral.content = read_inlines(element, element.FirstChild(), end, allowed, false);
    collapse_white_space(neutral.content);
    if (has_content(neutral.content)) text.translations.push_back(std::move(neutral));
  }

  check_length(text);
  if (translations.empty() && text.empty()) {  // an empty <t> has had its own message
    std::string languages = reading_.languages_known ? " (" + joined(reading_.languages, " ") + ")"
                                                     : "";
    if (need == TextNeed::required)
      source_.error(element, element_tag + " is empty: write its text, one <t xml:lang=\"…\"> "
                                           "per language" + languages +
                                 ", or once without <t> if it is the same in every language");
    else if (need == TextNeed::optional)
      source_.warning(element, element_tag + " is empty: write its text, or leave the element out");
  }
  return text;
}

namespace {

std::uint64_t byte_count(const std::vector<Inline>& content) {
  std::uint64_t bytes = 0;
  for (const auto& node : content) bytes += node.text.size() + byte_count(node.children);
  return bytes;
}

}  // namespace

// Pango sets a paragraph as one layout whose line widths overflow 32-bit units at some 440 KB:
// beyond the limit a text is refused here, at its line, rather than set wrongly.
void TextReader::check_length(const Text& text) {
  const std::uint64_t limit = util::limits().paragraph_bytes;
  for (const auto& translation : text.translations) {
    const std::uint64_t bytes = byte_count(translation.content);
    if (bytes > limit)
      reading_.diagnostics.error(translation.where,
                                 "this text is " + util::byte_size(bytes) + " long, more than the limit of " +
                                     util::byte_size(limit) + " for one paragraph; split it into paragraphs "
                                     "(or raise the limit with --limit paragraph=…)");
  }
}

void TextReader::read_translations(const XMLElement& element,
                                   const std::vector<const XMLElement*>& translations,
                                   Text& text) {
  const std::string element_tag = tag(element.Name());
  std::vector<std::pair<std::string, int>> seen;  // language, line
  for (const XMLElement* t : translations) {
    xml::Attributes attributes(source_, *t);
    constexpr std::string_view kLanguageTag = "a language tag like vi, en, zh, ru, ko or ja";
    auto lang = attributes.get("xml:lang", xml::Presence::required, kLanguageTag);
    Translation translation;
    // Written by `brochure xliff import` (which source text this translates); read by
    // `brochure status` (engine/xliff), not by layout.
    attributes.get("translated-from");
    attributes.report_unknown();

    translation.where = source_.at(*t);
    translation.content = read_inlines(*t, t->FirstChild(), nullptr, kInlineNames, false);
    collapse_white_space(translation.content);

    if (!lang) continue;
    translation.lang = *lang;
    std::string t_tag = "<t xml:lang=\"" + translation.lang + "\">";
    if (!values::is_language_tag(*lang)) {
      attributes.bad_value("xml:lang", *lang, kLanguageTag);
      continue;
    }
    auto earlier = std::find_if(seen.begin(), seen.end(),
                                [&](const auto& s) { return s.first == translation.lang; });
    if (earlier != seen.end()) {
      source_.error(*t, "a second " + t_tag + " in " + element_tag + " (the first is at line " +
                            std::to_string(earlier->second) + "); keep one");
      continue;
    }
    seen.emplace_back(translation.lang, t->GetLineNum());
    if (reading_.languages_known &&
        std::find(reading_.languages.begin(), reading_.languages.end(), translation.lang) ==
            reading_.languages.end())
      source_.error(*t, t_tag + " in " + element_tag + ": " + translation.lang +
                            " is not one of the publication's languages (" +
                            joined(reading_.languages, " ") + "); remove it, or add " +
                            translation.lang + " to languages=\"…\" on <publication>");
    if (!has_content(translation.content))
      source_.error(*t, "empty " + t_tag + " in " + element_tag + "; write the " +
                            translation.lang + " text");
    text.translations.push_back(std::move(translation));
  }

  if (!reading_.languages_known) return;
  std::vector<std::string> missing;
  for (const auto& lang : reading_.languages)
    if (std::none_of(seen.begin(), seen.end(), [&](const auto& s) { return s.first == lang; }))
      missing.push_back(lang);
  if (missing.empty()) return;
  std::vector<std::string> additions;
  for (const auto& lang : missing) additions.push_back("<t xml:lang=\"" + lang + "\">…</t>");
  source_.error(element, element_tag + " lacks the translation" +
                             (missing.size() > 1 ? "s" : "") + " for " + joined(missing, ", ") +
                             " (the publication's languages: " + joined(reading_.languages, " ") +
                             "); add " + joined(additions, " "));
}

std::vector<Inline> TextReader::read_inlines(const XMLElement& parent, const XMLNode* first,
                                             const XMLNode* end,
                                             const std::vector<std::string_view>& allowed,
                                             bool in_link) {
  std::vector<Inline> content;
  for (const XMLNode* node = first; node != end; node = node->NextSibling()) {
    if (const auto* characters = node->ToText()) {
      Inline text;
      text.text = characters->Value();
      text.where = source_.at(*characters);
      content.push_back(std::move(text));
    } else if (const XMLElement* child = node->ToElement()) {
      std::string_view name = child->Name();
      if (name == "t")
        source_.error(*child, "<t> inside " + tag(parent.Name()) + ": translations are the "
                                  "direct children of the element that holds the text");
      else if (!is_inline_name(name))
        xml::report_not_allowed(source_, *child, parent.Name(), allowed);
      else
        content.push_back(read_inline(*child, in_link));
    }
  }
  return content;
}

Inline TextReader::read_inline(const XMLElement& element, bool in_link) {
  Inline node;
  node.where = source_.at(element);
  xml::Attributes attributes(source_, element);
  std::string_view name = element.Name();
  bool has_children = true;

  if (name == "b") {
    node.kind = InlineKind::strong;
  } else if (name == "i") {
    node.kind = InlineKind::emphasis;
  } else if (name == "nobr") {
    node.kind = InlineKind::no_break;
  } else if (name == "span") {
    node.kind = InlineKind::span;
    attributes.text("style", node.style, xml::Presence::required);
  } else if (name == "a") {
    node.kind = InlineKind::link;
    constexpr std::string_view kHref =
        "http://… or https://… (a web page), mailto:…@… (an e-mail address) or #id (a section, "
        "table or figure of this publication)";
    if (auto href = attributes.get("href", xml::Presence::required, kHref)) {
      node.href = *href;
      switch (values::classify_href(*href)) {
        case values::LinkTarget::internal:
          reading_.references.refer(node.href.substr(1), attributes.at("href"));
          break;
        case values::LinkTarget::invalid: attributes.bad_value("href", *href, kHref); break;
        case values::LinkTarget::web:
        case values::LinkTarget::mail: break;
      }
    }
    if (in_link) source_.error(element, "a link inside a link; links cannot nest");
    in_link = true;
  } else if (name == "br") {
    node.kind = InlineKind::line_break;
    has_children = false;
  } else if (name == "num") {
    node.kind = InlineKind::number;
    read_amount(attributes, reading_.data, node.amount);
    has_children = false;
  } else if (name == "label") {
    // Which languages have the key is the layout's to say: checked when an edition is laid out.
    node.kind = InlineKind::label;
    if (auto key = attributes.get("ref", xml::Presence::required, "the key of a <label> of the layout"))
      node.key = *key;
    has_children = false;
  }
  attributes.report_unknown();

  if (has_children)
    node.children = read_inlines(element, element.FirstChild(), nullptr, kInlineNames, in_link);
  else
    xml::read_children(source_, element, {},
                       tag(name) + " is empty: write it as " + tag(std::string(name) + "/"));
  return node;
}

std::string TextReader::read_plain(const XMLElement& element) {
  xml::Attributes(source_, element).report_unknown();
  Inline text;
  for (const XMLNode* node = element.FirstChild(); node; node = node->NextSibling()) {
    if (const auto* characters = node->ToText())
      text.text += characters->Value();
    else if (const XMLElement* child = node->ToElement())
      source_.error(*child, tag(element.Name()) + " holds plain text, no markup such as " +
                                tag(child->Name()));
  }
  std::vector<Inline> content{std::move(text)};
  collapse_white_space(content);
  return content.empty() ? std::string() : std::move(content.front().text);
}

}  // namespace model
