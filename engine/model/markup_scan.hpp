#pragma once
// One quick pass over the raw text of an XML file, for what tinyxml2 does not tell us:
//  - where each start tag and each attribute is (tinyxml2 knows lines, not columns);
//  - entity references it would pass through verbatim (`&nbsp;`) and bare `&`;
//  - tags that do not nest, named with both places (tinyxml2 reports one line, often the
//    wrong one), unclosed comments, a second root element, a DOCTYPE;
//  - text holding only white space between two tags, which tinyxml2 drops even in
//    PRESERVE_WHITESPACE mode, gluing `<b>Dung</b> <i>Quất</i>` into "DungQuất".
#include <string>
#include <string_view>
#include <vector>

namespace model::xml {

// 1-based; the column counts characters (code points), as editors show it.
struct Position {
  int line = 0;
  int column = 0;
};

struct AttributeMark {
  std::string_view name;
  Position at;
};

struct StartTag {
  std::string_view name;
  Position at;  // of the '<'
  std::vector<AttributeMark> attributes;
};

struct MarkupProblem {
  Position at;
  std::string message;
  bool fatal = false;  // the file cannot be read as a tree; later problems would be echoes
};

struct MarkupScan {
  std::vector<StartTag> start_tags;  // in document order, the order of a pre-order tree walk
  std::vector<MarkupProblem> problems;
  // What to give tinyxml2: the input with `&#32;` put before every white-space-only text run
  // inside the root element, so the run survives as a text node and the reader decides where
  // white space matters. Only characters are inserted, no newlines: line numbers stay right.
  std::string parse_text;

  bool fatal() const { return !problems.empty() && problems.back().fatal; }
};

// `xml` must stay alive as long as the result: names are views into it.
MarkupScan scan_markup(std::string_view xml);

// The name of the root element, or "" when there is none; stops at the first start tag.
std::string_view root_element_name(std::string_view xml);

}  // namespace model::xml
