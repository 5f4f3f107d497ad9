#pragma once
// Reading the elements of one layout file: typed attributes whose messages say what to write
// instead, and children dispatched by name. Attributes and children nobody asked for are
// reported, so a misspelt name never passes silently.
#include <functional>
#include <initializer_list>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <tinyxml2.h>

#include "util/diagnostics.hpp"

namespace model::xml { class XmlFile; }

namespace style::xml {

// The file being read and where its findings go.
struct Source {
  std::string file;
  util::Diagnostics& diagnostics;
  const model::xml::XmlFile* positions = nullptr;  // line and column of each element, when known

  util::SourceLocation at(const tinyxml2::XMLNode& node) const;
  void error(const tinyxml2::XMLNode& node, std::string message) const;
  void warning(const tinyxml2::XMLNode& node, std::string message) const;
};

enum class Presence { optional, required };

// `name="value"`, shortened if the value is long: how messages quote what the writer wrote.
std::string quoted(std::string_view name, std::string_view value);

// The attributes of one element. Each typed reader writes `target` only when the attribute is
// present and valid, and returns whether it did; a bad value leaves the default in place and
// reports an error, so reading goes on and every finding of a file comes out in one pass.
class Attributes {
 public:
  Attributes(const tinyxml2::XMLElement& element, const Source& source);

  bool text(const char* name, std::string& target, Presence presence = Presence::optional);
  // A name other elements refer to: not empty, no spaces.
  bool identifier(const char* name, std::string& target, Presence presence = Presence::optional);
  // Lengths: mm, cm, in, pt or a bare number (pt). A coordinate may be negative, a length
  // may be zero, a positive length may not.
  bool coordinate(const char* name, double& target, Presence presence = Presence::optional);
  bool length(const char* name, double& target, Presence presence = Presence::optional);
  bool positive_length(const char* name, double& target, Presence presence = Presence::optional);
  // "85%" → 0.85, accepted from `lowest` to `highest` percent.
  bool percentage(const char* name, double& target, double lowest, double highest,
                  Presence presence = Presence::optional);
  bool number(const char* name, double& target, double lowest, double highest,
              Presence presence = Presence::optional);
  bool integer(const char* name, int& target, int lowest, int highest,
               Presence presence = Presence::optional);
  bool boolean(const char* name, bool& target, Presence presence = Presence::optional);

  template <class T>
  bool choice(const char* name, T& target, std::initializer_list<std::pair<std::string_view, T>> options,
              Presence presence = Presence::optional) {
    const char* value = fetch(name, presence);
    if (!value) return false;
    for (const auto& [word, meaning] : options)
      if (word == value) {
        target = meaning;
        return true;
      }
    std::vector<std::string_view> words;
    for (const auto& option : options) words.push_back(option.first);
    report_not_one_of(name, value, words);
    return false;
  }

  // The value as written, without reading it (nullptr when absent): for attributes whose form
  // decides which typed reader applies ("85%" or "8pt").
  const char* written(const char* name) const { return element_.Attribute(name); }

  // Reports every attribute no reader asked for. Call once, after reading all of them.
  void reject_unknown() const;

  const tinyxml2::XMLElement& element() const { return element_; }
  util::SourceLocation where() const { return source_.at(element_); }
  void error(std::string message) const { source_.error(element_, std::move(message)); }
  void warning(std::string message) const { source_.warning(element_, std::move(message)); }

 private:
  const char* fetch(const char* name, Presence presence);
  void report_not_one_of(const char* name, const char* value, const std::vector<std::string_view>& words) const;

  const tinyxml2::XMLElement& element_;
  const Source& source_;
  std::vector<std::string> asked_;
};

// What to do with a child element of a given name.
struct ChildRule {
  std::string_view name;
  std::function<void(const tinyxml2::XMLElement&)> read;
};

// Calls the matching rule for each child element, in document order; reports children no rule
// names and text where only elements belong.
void read_children(const tinyxml2::XMLElement& parent, const Source& source,
                   std::span<const ChildRule> rules);
inline void read_children(const tinyxml2::XMLElement& parent, const Source& source,
                          std::initializer_list<ChildRule> rules) {
  read_children(parent, source, std::span(rules.begin(), rules.size()));
}

// The text inside an element that holds only text (child elements are reported).
std::string read_text(const tinyxml2::XMLElement& element, const Source& source);

}  // namespace style::xml
