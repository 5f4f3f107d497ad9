#pragma once
// Reading the elements of an XML file, content or layout: typed attributes whose messages say what
// to write instead, at file:line:col, and children dispatched by name with their count and order
// checked. Attributes and elements nobody asked for are reported, so a misspelt name never passes
// silently. The layout reader (style/xml_element) uses the same Source and Attributes.
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

// The attributes of one element, for content files and layouts alike. Each typed reader writes
// `target` only when the attribute is present and valid, and returns whether it did; a bad value
// is reported at the attribute (file:line:col) and leaves the default, so reading goes on and a
// file's findings all come out in one pass.
class Attributes {
 public:
  Attributes(const Source& source, const tinyxml2::XMLElement& element);

  // The raw value; nullopt when absent (reported when required, with what to write).
  std::optional<std::string_view> get(std::string_view name, Presence presence = Presence::optional,
                                      std::string_view expected = {});
  // The value as written, without asking for it (nullptr when absent): for attributes whose form
  // decides which typed reader applies ("85%" or "8pt").
  const char* written(std::string_view name) const;

  // Words: any text but white space alone.
  bool text(std::string_view name, std::string& target, Presence presence = Presence::optional);
  // The value exactly as written, white space included (a separator " ").
  bool verbatim(std::string_view name, std::string& target, Presence presence = Presence::optional);
  // An id of the content: see values::is_name.
  bool name(std::string_view name, std::string& target, Presence presence = Presence::optional);
  // A name a layout's parts refer to each other by: not empty, no white space ("sea-light").
  bool identifier(std::string_view name, std::string& target, Presence presence = Presence::optional);
  bool integer(std::string_view name, int& target, int lowest, int highest,
               Presence presence = Presence::optional);
  // A decimal number of the content, as statistics write it: 1234.5.
  bool decimal(std::string_view name, double& target, Presence presence = Presence::optional);
  // A number of a layout setting, from `lowest` to `highest`.
  bool number(std::string_view name, double& target, double lowest, double highest,
              Presence presence = Presence::optional);
  // "85%" → 0.85, accepted from `lowest` to `highest` percent.
  bool percentage(std::string_view name, double& target, double lowest, double highest,
                  Presence presence = Presence::optional);
  // A length with its unit ("25mm"), or one of `keywords`; kept as written for the layout.
  bool length(std::string_view name, std::string& target,
              std::initializer_list<std::string_view> keywords = {},
              Presence presence = Presence::optional);
  // Lengths in points: mm, cm, in, pt or a bare number (pt). A coordinate may be negative, a
  // length may be zero, a positive length may not.
  bool coordinate(std::string_view name, double& target, Presence presence = Presence::optional);
  bool length(std::string_view name, double& target, Presence presence = Presence::optional);
  bool positive_length(std::string_view name, double& target, Presence presence = Presence::optional);
  bool boolean(std::string_view name, bool& target, Presence presence = Presence::optional);

  // One of a fixed set of words; a misspelt one is reported with the word it is closest to.
  template <class T>
  bool choice(std::string_view name, T& target,
              std::initializer_list<std::pair<std::string_view, T>> options,
              Presence presence = Presence::optional) {
    std::vector<std::string_view> words;
    for (const auto& option : options) words.push_back(option.first);
    auto value = get(name, presence, one_of(words));
    if (!value) return false;
    for (const auto& [word, meaning] : options) {
      if (*value == word) {
        target = meaning;
        return true;
      }
    }
    report_not_one_of(name, *value, words);
    return false;
  }

  // Reports `name="value"` on this element as invalid, at the attribute.
  void bad_value(std::string_view name, std::string_view value, std::string_view expected) const;
  // Reports `message` at the attribute `name`.
  void error_at(std::string_view name, std::string message) const;
  util::SourceLocation at(std::string_view name) const;

  // Findings about the element as a whole, at its start tag.
  const tinyxml2::XMLElement& element() const { return element_; }
  util::SourceLocation where() const { return source_.at(element_); }
  void error(std::string message) const { source_.error(element_, std::move(message)); }
  void warning(std::string message) const { source_.warning(element_, std::move(message)); }

  // Reports every attribute not asked for, with those that are allowed. Call once, after the
  // last read.
  void report_unknown() const;

 private:
  static std::string one_of(const std::vector<std::string_view>& words);
  void report_not_one_of(std::string_view name, std::string_view value,
                         const std::vector<std::string_view>& words) const;

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
