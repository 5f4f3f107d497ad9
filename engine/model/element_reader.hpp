#pragma once
// Reading the elements of a content file: typed attributes whose messages say what to write
// instead, and children dispatched by name with their count and order checked. Attributes
// and elements nobody asked for are reported, so a misspelt name never passes silently.
#include <functional>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <tinyxml2.h>

#include "model/xml_file.hpp"
#include "util/diagnostics.hpp"

namespace model::xml {

// The file being read and where its findings go.
struct Source {
  const XmlFile& file;
  util::Diagnostics& diagnostics;

  util::SourceLocation at(const tinyxml2::XMLNode& node) const { return file.at(node); }
  void error(const tinyxml2::XMLNode& node, std::string message) const;
  void warning(const tinyxml2::XMLNode& node, std::string message) const;
};

// "<name>": how messages show an element.
std::string tag(std::string_view name);
// `name="value"`, shortened when long: how messages quote what the writer wrote.
std::string quoted(std::string_view name, std::string_view value);

enum class Presence { optional, required };

// The attributes of one element. Each typed reader writes `target` only when the attribute is
// present and valid, and returns whether it did; a bad value is reported and leaves the default,
// so reading goes on and a file's findings all come out in one pass.
class Attributes {
 public:
  Attributes(const Source& source, const tinyxml2::XMLElement& element);

  // The raw value; nullopt when absent (reported when required).
  std::optional<std::string_view> get(std::string_view name, Presence presence = Presence::optional,
                                      std::string_view expected = {});

  // Any text but white space alone.
  bool text(std::string_view name, std::string& target, Presence presence = Presence::optional);
  // An id or other name: see values::is_name.
  bool name(std::string_view name, std::string& target, Presence presence = Presence::optional);
  bool integer(std::string_view name, int& target, int lowest, int highest,
               Presence presence = Presence::optional);
  bool decimal(std::string_view name, double& target, Presence presence = Presence::optional);
  // A length with its unit ("25mm"), or one of `keywords`; kept as written for the layout.
  bool length(std::string_view name, std::string& target,
              std::initializer_list<std::string_view> keywords = {},
              Presence presence = Presence::optional);

  template <class T>
  bool choice(std::string_view name, T& target,
              std::initializer_list<std::pair<std::string_view, T>> options,
              Presence presence = Presence::optional) {
    std::string expected = "one of:";
    for (const auto& option : options) expected += " " + std::string(option.first);
    auto value = get(name, presence, expected);
    if (!value) return false;
    for (const auto& [word, meaning] : options) {
      if (*value == word) {
        target = meaning;
        return true;
      }
    }
    bad_value(name, *value, expected);
    return false;
  }

  // Reports `name="value"` on this element as invalid, at the attribute.
  void bad_value(std::string_view name, std::string_view value, std::string_view expected) const;
  util::SourceLocation at(std::string_view name) const;

  // Reports every attribute not asked for, with those that are allowed. Call once, after the
  // last read.
  void report_unknown() const;

 private:
  const Source& source_;
  const tinyxml2::XMLElement& element_;
  std::vector<std::string_view> asked_;
};

enum class Occurs {
  optional,  // 0..1
  once,      // exactly 1
  any,       // 0..n
  some,      // 1..n
  never,     // a known element that does not belong here; `hint` says why
};

// What an element accepts as a child of one name.
struct Child {
  using Reader = std::function<void(const tinyxml2::XMLElement&)>;

  Child(std::string_view name, Occurs occurs, Reader read = {}, int rank = 0,
        std::string hint = {})
      : name(name), occurs(occurs), read(std::move(read)), rank(rank), hint(std::move(hint)) {}

  std::string_view name;
  Occurs occurs;
  Reader read;
  int rank;          // children must come in ascending rank; equal ranks mix freely
  std::string hint;  // added to messages about this child
};

// Reads the children of `parent`, from `first` on (by default its first child): each element
// goes to the Child of its name. Reported: unknown or misplaced elements (with what is allowed
// there), elements too often or missing, elements out of order, and text outside any element
// that holds text (`text_hint` says where it goes).
void read_children(const Source& source, const tinyxml2::XMLElement& parent,
                   const std::vector<Child>& children, std::string_view text_hint = {},
                   const tinyxml2::XMLNode* first = nullptr);

// Reports `element`, found in `parent` where only `allowed` may stand: as unknown when the
// content model has no such element, with a guess at what was meant and the allowed list.
void report_not_allowed(const Source& source, const tinyxml2::XMLElement& element,
                        std::string_view parent, const std::vector<std::string_view>& allowed);

// True when a text node holds only XML white space.
bool is_blank(const tinyxml2::XMLText& text);

}  // namespace model::xml
