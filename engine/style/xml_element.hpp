#pragma once
// Reading the elements of one layout file: children dispatched by name (a layout's elements come
// in any order and number), with the content's Source and Attributes. Children nobody asked for
// are reported, so a misspelt name never passes silently.
#include <functional>
#include <initializer_list>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <tinyxml2.h>

#include "model/element_reader.hpp"
#include "util/diagnostics.hpp"

namespace style::xml {

// The one XML reading kit of the engine (model/element_reader): the file being read, where its
// findings go, and the typed attributes of one element, as the content reader has them.
using model::xml::Attributes;
using model::xml::Presence;
using model::xml::quoted;
using model::xml::Source;

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
