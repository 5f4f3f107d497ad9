#include "style/xml_element.hpp"

#include <algorithm>

#include "util/suggest.hpp"
#include "util/utf8.hpp"

namespace style::xml {

static std::string shortened(std::string_view text) { return util::shortened(text, 60); }

static std::string_view trimmed(std::string_view text) {
  auto is_space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
  while (!text.empty() && is_space(text.front())) text.remove_prefix(1);
  while (!text.empty() && is_space(text.back())) text.remove_suffix(1);
  return text;
}

static std::string joined(const std::vector<std::string_view>& words) {
  std::string text;
  for (const auto& word : words) {
    if (!text.empty()) text += ", ";
    text += word;
  }
  return text;
}

static bool is_blank(const char* text) {
  return trimmed(text ? std::string_view(text) : std::string_view()).empty();
}

void read_children(const tinyxml2::XMLElement& parent, const Source& source,
                   std::span<const ChildRule> rules) {
  std::string parent_name = "<" + std::string(parent.Name()) + ">";
  for (const auto* node = parent.FirstChild(); node; node = node->NextSibling()) {
    if (const auto* child = node->ToElement()) {
      auto rule = std::find_if(rules.begin(), rules.end(),
                               [&](const ChildRule& r) { return r.name == child->Name(); });
      if (rule != rules.end()) {
        rule->read(*child);
        continue;
      }
      std::vector<std::string> names;
      std::vector<std::string_view> listed;
      for (const auto& r : rules) {
        names.emplace_back(r.name);
        listed.push_back(r.name);
      }
      source.error(*child, "unknown element <" + std::string(child->Name()) + "> in " + parent_name +
                               util::did_you_mean(child->Name(), names) + "; " + parent_name +
                               (rules.size() ? " holds " + joined(listed) : " holds no elements"));
    } else if (const auto* text = node->ToText(); text && !is_blank(text->Value())) {
      source.error(*text, "text \"" + shortened(trimmed(text->Value())) + "\" is not allowed in " +
                              parent_name + "; only elements belong there");
    }
  }
}

std::string read_text(const tinyxml2::XMLElement& element, const Source& source) {
  std::string text;
  for (const auto* node = element.FirstChild(); node; node = node->NextSibling()) {
    if (const auto* child = node->ToElement())
      source.error(*child, "<" + std::string(element.Name()) + "> holds only text, not <" +
                               child->Name() + ">");
    else if (const auto* part = node->ToText())
      text += part->Value();
  }
  return text;
}

}  // namespace style::xml
