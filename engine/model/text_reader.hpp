#pragma once
// Reads the text-bearing elements of a publication: either one <t xml:lang="…"> per declared
// language, or language-neutral inline content written once (<td>660 ha</td>). Inline markup
// (b, i, a, span, br, nobr, num) may appear in both.
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include <tinyxml2.h>

#include "model/element_reader.hpp"
#include "model/reading.hpp"
#include "model/text.hpp"

namespace model {

enum class TextNeed {
  required,      // empty is an error (a paragraph, a heading)
  optional,      // empty is a warning: the element might as well go (a caption)
  may_be_empty,  // empty is fine (a table cell)
};

class TextReader {
 public:
  TextReader(const xml::Source& source, Reading& reading);

  // The text of `element`, whose attributes the caller reads. With `stop_at`, the text ends at
  // the first child element of one of those names (the nested lists of a list item); `rest`
  // then receives that child, or nullptr.
  Text read(const tinyxml2::XMLElement& element, TextNeed need,
            std::initializer_list<std::string_view> stop_at = {},
            const tinyxml2::XMLNode** rest = nullptr);

  // An element that holds only text and takes no attributes (<caption>, <title>, <label>).
  Text read_bare(const tinyxml2::XMLElement& element, TextNeed need);

  // Characters only, no markup and no translations (<date>, <phone>); white space collapsed.
  std::string read_plain(const tinyxml2::XMLElement& element);

 private:
  const xml::Source& source_;
  Reading& reading_;

  void read_translations(const tinyxml2::XMLElement& element,
                         const std::vector<const tinyxml2::XMLElement*>& translations,
                         Text& text);
  // The nodes from `first` up to `end`; elements outside `allowed` are reported.
  std::vector<Inline> read_inlines(const tinyxml2::XMLElement& parent,
                                   const tinyxml2::XMLNode* first, const tinyxml2::XMLNode* end,
                                   const std::vector<std::string_view>& allowed, bool in_link);
  Inline read_inline(const tinyxml2::XMLElement& element, bool in_link);
  void check_length(const Text& text);  // against the paragraph limit
};

}  // namespace model
