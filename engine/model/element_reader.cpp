#include "model/element_reader.hpp"

#include <algorithm>
#include <charconv>
#include <climits>
#include <cmath>
#include <cstdio>

#include "util/suggest.hpp"
#include "util/units.hpp"
#include "util/utf8.hpp"
#include "model/values.hpp"
#include "model/vocabulary.hpp"

namespace model::xml {

void Source::error(const tinyxml2::XMLNode& node, std::string message) const {
  diagnostics.error(at(node), std::move(message));
}

void Source::warning(const tinyxml2::XMLNode& node, std::string message) const {
  diagnostics.warning(at(node), std::move(message));
}

std::string tag(std::string_view name) { return "<" + std::string(name) + ">"; }

std::string quoted(std::string_view name, std::string_view value) { return util::quoted_attribute(name, value); }

bool is_blank(const tinyxml2::XMLText& text) {
  for (const char* c = text.Value(); *c; ++c)
    if (!values::is_xml_space(*c)) return false;
  return true;
}

namespace {

std::string tag_list(const std::vector<std::string_view>& names) {
  std::string list;
  for (auto name : names) list += (list.empty() ? "" : ", ") + tag(name);
  return list;
}

std::string with_hint(std::string message, std::string_view hint) {
  if (!hint.empty()) message += "; " + std::string(hint);
  return message;
}

}  // namespace

// --- attributes ---------------------------------------------------------------------------

namespace {

std::string_view trimmed(std::string_view text) {
  while (!text.empty() && values::is_xml_space(text.front())) text.remove_prefix(1);
  while (!text.empty() && values::is_xml_space(text.back())) text.remove_suffix(1);
  return text;
}

// The whole of `text` as a finite number, or nothing.
std::optional<double> parse_number(std::string_view text) {
  text = trimmed(text);
  double value = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc{} || end != text.data() + text.size() || !std::isfinite(value)) return std::nullopt;
  return value;
}

std::string format_number(double value) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%g", value);
  return buffer;
}

std::string joined(const std::vector<std::string_view>& words, std::string_view separator) {
  std::string text;
  for (const auto& word : words) text += (text.empty() ? "" : std::string(separator)) + std::string(word);
  return text;
}

}  // namespace

Attributes::Attributes(const Source& source, const tinyxml2::XMLElement& element)
    : source_(source), element_(element) {}

util::SourceLocation Attributes::at(std::string_view name) const {
  return source_.file.at(element_, name);
}

void Attributes::error_at(std::string_view name, std::string message) const {
  source_.diagnostics.error(at(name), std::move(message));
}

const char* Attributes::written(std::string_view name) const {
  return element_.Attribute(std::string(name).c_str());
}

std::optional<std::string_view> Attributes::get(std::string_view name, Presence presence,
                                                std::string_view expected) {
  asked_.push_back(name);
  if (const char* value = written(name)) return value;
  if (presence == Presence::required) {
    std::string message = tag(element_.Name()) + " needs the attribute " + std::string(name) + "=\"…\"";
    if (!expected.empty()) message += " (" + std::string(expected) + ")";
    source_.error(element_, message);
  }
  return std::nullopt;
}

void Attributes::bad_value(std::string_view name, std::string_view value,
                           std::string_view expected) const {
  error_at(name, quoted(name, value) + " on " + tag(element_.Name()) + " is not valid: expected " +
                     std::string(expected));
}

bool Attributes::text(std::string_view name, std::string& target, Presence presence) {
  auto value = get(name, presence);
  if (!value) return false;
  if (std::all_of(value->begin(), value->end(), values::is_xml_space)) {
    bad_value(name, *value, "some text; leave the attribute out instead");
    return false;
  }
  target = *value;
  return true;
}

bool Attributes::verbatim(std::string_view name, std::string& target, Presence presence) {
  auto value = get(name, presence);
  if (!value) return false;
  target = *value;
  return true;
}

bool Attributes::name(std::string_view name, std::string& target, Presence presence) {
  constexpr std::string_view kExpected =
      "a name of ASCII letters, digits, '-', '_' and '.' that starts with a letter";
  auto value = get(name, presence, kExpected);
  if (!value) return false;
  if (!values::is_name(*value)) {
    bad_value(name, *value, kExpected);
    return false;
  }
  target = *value;
  return true;
}

bool Attributes::identifier(std::string_view name, std::string& target, Presence presence) {
  auto value = get(name, presence);
  if (!value) return false;
  if (value->empty() || value->find_first_of(" \t\r\n") != std::string_view::npos) {
    error_at(name, quoted(name, *value) + " is not a name; write a name without spaces, such as \"sea-light\"");
    return false;
  }
  target = *value;
  return true;
}

bool Attributes::integer(std::string_view name, int& target, int lowest, int highest,
                         Presence presence) {
  std::string expected = "a whole number " + (highest == INT_MAX
                                                  ? "of at least " + std::to_string(lowest)
                                                  : "from " + std::to_string(lowest) + " to " +
                                                        std::to_string(highest));
  auto value = get(name, presence, expected);
  if (!value) return false;
  auto number = values::parse_integer(*value);
  if (!number || *number < lowest || *number > highest) {
    bad_value(name, *value, expected);
    return false;
  }
  target = *number;
  return true;
}

bool Attributes::decimal(std::string_view name, double& target, Presence presence) {
  constexpr std::string_view kExpected =
      "a number like 1234.5 (a dot before the decimals, no grouping, no unit)";
  auto value = get(name, presence, kExpected);
  if (!value) return false;
  auto number = values::parse_decimal(*value);
  if (!number) {
    bad_value(name, *value, kExpected);
    return false;
  }
  target = *number;
  return true;
}

bool Attributes::number(std::string_view name, double& target, double lowest, double highest,
                        Presence presence) {
  auto value = get(name, presence);
  if (!value) return false;
  auto parsed = parse_number(*value);
  std::string range = format_number(lowest) + " to " + format_number(highest);
  if (!parsed) {
    error_at(name, quoted(name, *value) + " is not a number; write a number from " + range);
    return false;
  }
  if (*parsed < lowest || *parsed > highest) {
    error_at(name, quoted(name, *value) + " is out of range; write a number from " + range);
    return false;
  }
  target = *parsed;
  return true;
}

bool Attributes::percentage(std::string_view name, double& target, double lowest, double highest,
                            Presence presence) {
  auto value = get(name, presence);
  if (!value) return false;
  std::string_view text = trimmed(*value);
  std::optional<double> percent;
  if (!text.empty() && text.back() == '%') percent = parse_number(text.substr(0, text.size() - 1));
  std::string range = format_number(lowest) + "% to " + format_number(highest) + "%";
  if (!percent) {
    error_at(name, quoted(name, *value) + " is not a percentage; write a value from " + range + ", with the % sign");
    return false;
  }
  if (*percent < lowest || *percent > highest) {
    error_at(name, quoted(name, *value) + " is out of range; write a value from " + range);
    return false;
  }
  target = *percent / 100;
  return true;
}

bool Attributes::length(std::string_view name, std::string& target,
                        std::initializer_list<std::string_view> keywords, Presence presence) {
  std::string expected = "a length with its unit, like 25mm, 1.5in or 12pt";
  for (auto keyword : keywords) expected += ", or " + std::string(keyword);
  auto value = get(name, presence, expected);
  if (!value) return false;
  bool keyword = std::find(keywords.begin(), keywords.end(), *value) != keywords.end();
  if (!keyword && !values::is_length(*value)) {
    bad_value(name, *value, expected);
    return false;
  }
  target = *value;
  return true;
}

bool Attributes::coordinate(std::string_view name, double& target, Presence presence) {
  auto value = get(name, presence);
  if (!value) return false;
  auto points = util::parse_length(*value);
  if (!points || !std::isfinite(*points)) {
    error_at(name, quoted(name, *value) + " is not a length; write 12mm, 12pt, 1in or 1.2cm");
    return false;
  }
  target = *points;
  return true;
}

bool Attributes::length(std::string_view name, double& target, Presence presence) {
  double points = 0;
  if (!coordinate(name, points, presence)) return false;
  if (points < 0) {
    error_at(name, quoted(name, written(name)) + " is negative; write 0 or more");
    return false;
  }
  target = points;
  return true;
}

bool Attributes::positive_length(std::string_view name, double& target, Presence presence) {
  double points = 0;
  if (!coordinate(name, points, presence)) return false;
  if (points <= 0) {
    error_at(name, quoted(name, written(name)) + " must be more than 0");
    return false;
  }
  target = points;
  return true;
}

bool Attributes::boolean(std::string_view name, bool& target, Presence presence) {
  return choice(name, target, {{"true", true}, {"false", false}}, presence);
}

std::string Attributes::one_of(const std::vector<std::string_view>& words) {
  return "one of " + joined(words, ", ");
}

void Attributes::report_not_one_of(std::string_view name, std::string_view value,
                                   const std::vector<std::string_view>& words) const {
  std::vector<std::string> candidates(words.begin(), words.end());
  error_at(name, quoted(name, value) + " is not " + one_of(words) + util::did_you_mean(value, candidates));
}

void Attributes::report_unknown() const {
  for (const auto* a = element_.FirstAttribute(); a; a = a->Next()) {
    std::string_view name = a->Name();
    if (std::find(asked_.begin(), asked_.end(), name) != asked_.end()) continue;
    std::string message = "unknown attribute " + std::string(name) + " on " + tag(element_.Name());
    if (auto guess = util::closest_name(name, asked_)) message += " (did you mean " + *guess + "?)";
    if (asked_.empty())
      message += "; " + tag(element_.Name()) + " takes no attributes";
    else
      message += "; allowed here: " + joined(asked_, ", ");
    source_.diagnostics.error(at(name), message);
  }
}

// --- children -----------------------------------------------------------------------------

void report_not_allowed(const Source& source, const tinyxml2::XMLElement& element,
                        std::string_view parent, const std::vector<std::string_view>& allowed) {
  std::string_view name = element.Name();
  std::string message = is_element_name(name) ? tag(name) + " is not allowed in " + tag(parent)
                                              : "unknown element " + tag(name) + " in " + tag(parent);
  if (auto guess = util::closest_name(name, allowed)) message += " (did you mean " + tag(*guess) + "?)";
  message += allowed.empty() ? "; " + tag(parent) + " holds no elements"
                             : "; allowed here: " + tag_list(allowed);
  source.error(element, message);
}

void read_children(const Source& source, const tinyxml2::XMLElement& parent,
                   const std::vector<Child>& children, std::string_view text_hint,
                   const tinyxml2::XMLNode* first) {
  const std::string parent_tag = tag(parent.Name());
  std::vector<std::string_view> allowed;
  for (const auto& child : children)
    if (child.occurs != Occurs::never &&
        std::find(allowed.begin(), allowed.end(), child.name) == allowed.end())
      allowed.push_back(child.name);

  std::vector<const tinyxml2::XMLElement*> first_seen(children.size(), nullptr);
  const tinyxml2::XMLElement* furthest = nullptr;  // the child of the highest rank so far
  int furthest_rank = INT_MIN;

  for (const auto* node = first ? first : parent.FirstChild(); node; node = node->NextSibling()) {
    if (const auto* text = node->ToText()) {
      if (!is_blank(*text))
        source.error(*text, "text directly inside " + parent_tag + "; " +
                                std::string(text_hint.empty()
                                                ? "text goes into an element that holds text, "
                                                  "such as <p>"
                                                : text_hint));
      continue;
    }
    const auto* element = node->ToElement();
    if (!element) continue;  // comments and processing instructions
    std::string_view name = element->Name();
    auto rule = std::find_if(children.begin(), children.end(),
                             [&](const Child& c) { return c.name == name; });

    if (rule == children.end() || rule->occurs == Occurs::never) {
      if (rule != children.end())
        source.error(*element, tag(name) + " is not allowed in " + parent_tag + ": " +
                                   std::string(rule->hint));
      else
        report_not_allowed(source, *element, parent.Name(), allowed);
      continue;
    }

    auto index = static_cast<std::size_t>(rule - children.begin());
    bool single = rule->occurs == Occurs::optional || rule->occurs == Occurs::once;
    if (single && first_seen[index]) {
      source.error(*element, with_hint("a second " + tag(name) + " in " + parent_tag +
                                           " (the first is at line " +
                                           std::to_string(first_seen[index]->GetLineNum()) +
                                           "); keep one",
                                       rule->hint));
    } else if (!first_seen[index]) {
      first_seen[index] = element;
    }
    if (rule->rank < furthest_rank) {
      source.error(*element, with_hint(tag(name) + " must come before " + tag(furthest->Name()) +
                                           " (line " + std::to_string(furthest->GetLineNum()) +
                                           ") in " + parent_tag,
                                       rule->hint));
    } else if (rule->rank > furthest_rank) {
      furthest = element;
      furthest_rank = rule->rank;
    }
    if (rule->read) rule->read(*element);
  }

  for (std::size_t i = 0; i < children.size(); ++i) {
    const Child& rule = children[i];
    bool needed = rule.occurs == Occurs::once || rule.occurs == Occurs::some;
    if (needed && !first_seen[i])
      source.error(parent, with_hint(parent_tag + " needs a " + tag(rule.name), rule.hint));
  }
}

}  // namespace model::xml
