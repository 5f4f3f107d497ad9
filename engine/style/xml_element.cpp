#include "style/xml_element.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <optional>

#include "model/xml_file.hpp"
#include "util/suggest.hpp"
#include "util/utf8.hpp"
#include "util/units.hpp"

namespace style::xml {

util::SourceLocation Source::at(const tinyxml2::XMLNode& node) const {
  if (positions) return positions->at(node);
  return {file, node.GetLineNum(), 0};
}

void Source::error(const tinyxml2::XMLNode& node, std::string message) const {
  diagnostics.error(at(node), std::move(message));
}

void Source::warning(const tinyxml2::XMLNode& node, std::string message) const {
  diagnostics.warning(at(node), std::move(message));
}

static std::string shortened(std::string_view text) { return util::shortened(text, 60); }

std::string quoted(std::string_view name, std::string_view value) { return util::quoted_attribute(name, value); }

static std::string_view trimmed(std::string_view text) {
  auto is_space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
  while (!text.empty() && is_space(text.front())) text.remove_prefix(1);
  while (!text.empty() && is_space(text.back())) text.remove_suffix(1);
  return text;
}

// The whole of `text` as a finite number, or nothing.
static std::optional<double> parse_number(std::string_view text) {
  text = trimmed(text);
  double value = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc{} || end != text.data() + text.size() || !std::isfinite(value)) return std::nullopt;
  return value;
}

static std::string format_number(double value) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%g", value);
  return buffer;
}

static std::string joined(const std::vector<std::string_view>& words) {
  std::string text;
  for (const auto& word : words) {
    if (!text.empty()) text += ", ";
    text += word;
  }
  return text;
}

Attributes::Attributes(const tinyxml2::XMLElement& element, const Source& source)
    : element_(element), source_(source) {}

const char* Attributes::fetch(const char* name, Presence presence) {
  asked_.emplace_back(name);
  const char* value = element_.Attribute(name);
  if (!value && presence == Presence::required)
    error("<" + std::string(element_.Name()) + "> needs the attribute " + name + "=\"…\"");
  return value;
}

bool Attributes::text(const char* name, std::string& target, Presence presence) {
  const char* value = fetch(name, presence);
  if (!value) return false;
  target = value;
  return true;
}

bool Attributes::identifier(const char* name, std::string& target, Presence presence) {
  const char* value = fetch(name, presence);
  if (!value) return false;
  std::string_view text(value);
  if (text.empty() || text.find_first_of(" \t\r\n") != std::string_view::npos) {
    error(quoted(name, text) + " is not a name; write a name without spaces, such as \"sea-light\"");
    return false;
  }
  target = value;
  return true;
}

bool Attributes::coordinate(const char* name, double& target, Presence presence) {
  const char* value = fetch(name, presence);
  if (!value) return false;
  auto points = util::parse_length(value);
  if (!points || !std::isfinite(*points)) {
    error(quoted(name, value) + " is not a length; write 12mm, 12pt, 1in or 1.2cm");
    return false;
  }
  target = *points;
  return true;
}

bool Attributes::length(const char* name, double& target, Presence presence) {
  double points = 0;
  if (!coordinate(name, points, presence)) return false;
  if (points < 0) {
    error(quoted(name, element_.Attribute(name)) + " is negative; write 0 or more");
    return false;
  }
  target = points;
  return true;
}

bool Attributes::positive_length(const char* name, double& target, Presence presence) {
  double points = 0;
  if (!coordinate(name, points, presence)) return false;
  if (points <= 0) {
    error(quoted(name, element_.Attribute(name)) + " must be more than 0");
    return false;
  }
  target = points;
  return true;
}

bool Attributes::percentage(const char* name, double& target, double lowest, double highest,
                            Presence presence) {
  const char* value = fetch(name, presence);
  if (!value) return false;
  std::string_view text = trimmed(value);
  std::optional<double> percent;
  if (!text.empty() && text.back() == '%') percent = parse_number(text.substr(0, text.size() - 1));
  std::string range = format_number(lowest) + "% to " + format_number(highest) + "%";
  if (!percent) {
    error(quoted(name, value) + " is not a percentage; write a value from " + range + ", with the % sign");
    return false;
  }
  if (*percent < lowest || *percent > highest) {
    error(quoted(name, value) + " is out of range; write a value from " + range);
    return false;
  }
  target = *percent / 100;
  return true;
}

bool Attributes::number(const char* name, double& target, double lowest, double highest,
                        Presence presence) {
  const char* value = fetch(name, presence);
  if (!value) return false;
  auto parsed = parse_number(value);
  std::string range = format_number(lowest) + " to " + format_number(highest);
  if (!parsed) {
    error(quoted(name, value) + " is not a number; write a number from " + range);
    return false;
  }
  if (*parsed < lowest || *parsed > highest) {
    error(quoted(name, value) + " is out of range; write a number from " + range);
    return false;
  }
  target = *parsed;
  return true;
}

bool Attributes::integer(const char* name, int& target, int lowest, int highest, Presence presence) {
  const char* value = fetch(name, presence);
  if (!value) return false;
  std::string_view text = trimmed(value);
  int parsed = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), parsed);
  std::string range = std::to_string(lowest) + " to " + std::to_string(highest);
  if (ec != std::errc{} || end != text.data() + text.size() || text.empty()) {
    error(quoted(name, value) + " is not a whole number; write a whole number from " + range);
    return false;
  }
  if (parsed < lowest || parsed > highest) {
    error(quoted(name, value) + " is out of range; write a whole number from " + range);
    return false;
  }
  target = parsed;
  return true;
}

bool Attributes::boolean(const char* name, bool& target, Presence presence) {
  return choice(name, target, {{"true", true}, {"false", false}}, presence);
}

void Attributes::report_not_one_of(const char* name, const char* value,
                                   const std::vector<std::string_view>& words) const {
  std::vector<std::string> candidates(words.begin(), words.end());
  error(quoted(name, value) + " is not one of " + joined(words) + util::did_you_mean(value, candidates));
}

void Attributes::reject_unknown() const {
  for (const auto* attribute = element_.FirstAttribute(); attribute; attribute = attribute->Next()) {
    if (std::find(asked_.begin(), asked_.end(), attribute->Name()) != asked_.end()) continue;
    std::vector<std::string_view> known(asked_.begin(), asked_.end());
    std::string element = "<" + std::string(element_.Name()) + ">";
    error("unknown attribute " + quoted(attribute->Name(), attribute->Value()) + " on " + element +
          util::did_you_mean(attribute->Name(), asked_) + "; " + element + " takes " + joined(known));
  }
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
