#include "model/vocabulary.hpp"

#include <algorithm>

namespace model {

const std::vector<std::string_view>& element_names() {
  static const std::vector<std::string_view> names{
      // structure
      "publication", "meta", "cover", "inside-front-cover", "toc", "section", "include",
      "inside-back-cover", "back-cover", "panel",
      // metadata
      "title", "subtitle", "publisher", "subject", "keywords", "date", "tagline",
      // blocks and their parts
      "p", "h", "ul", "ol", "li", "table", "caption", "col", "thead", "tbody", "tr", "th", "td",
      "figure", "alt", "facts", "fact", "unit", "label", "callout", "contacts", "contact",
      "organisation", "address", "phone", "email", "web", "qr",
      // text
      "t", "b", "i", "a", "span", "br", "nobr", "num"};
  return names;
}

bool is_element_name(std::string_view name) {
  const auto& names = element_names();
  return std::find(names.begin(), names.end(), name) != names.end();
}

}  // namespace model
