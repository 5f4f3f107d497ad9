#pragma once
// The galley: a publication's content for one language as a vertical list of unbreakable boxes
// (lines of text, table rows, figures, tiles) with the rules for breaking between them. Page
// flow cuts it into columns; blocks never see pages, pages never see blocks.
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "draw/items.hpp"
#include "util/source_location.hpp"

namespace layout {

// A place a link, the contents or the outline can point to.
struct Anchor {
  std::string id;
  double y = 0;  // from the box top
};

// A heading as the contents, the outline and the running heads see it.
struct HeadingMark {
  std::string id;
  std::string title;  // plain text in the edition's language
  int level = 1;
};

enum class BreakBefore { none, column, page, right_page };

// What the space above a box separates, for vertical justification (a fixed frame's text spread
// down to its foot): two blocks, two lines of one paragraph, or two parts of one block (table
// rows, rows of key-figure tiles), which stay together as drawn.
enum class Joint { parts, lines, blocks };

struct Box {
  double height = 0;
  // Space above the box, dropped when the box starts a column.
  double space_before = 0;
  // No column break between the previous box and this one (widows, orphans, keep-with-next).
  bool keep_with_previous = false;
  Joint joint = Joint::parts;
  // Takes the full width of a multi-column frame (wide tables, page-wide figures).
  bool spans_columns = false;
  // A figure in a column: may give way to the text after it, moving to the next column's top,
  // so a figure too tall for the rest of a column leaves no hole (layout/float_placement).
  bool floats = false;
  BreakBefore break_before = BreakBefore::none;
  std::string master;  // with break_before: the master of the new page ("opener")

  // Content relative to the box's top-left corner (x = 0 is the column's left edge).
  std::vector<draw::Item> items;
  std::vector<draw::Link> links;  // internal links carry their target id in `uri` as "#id"
  std::vector<Anchor> anchors;
  std::optional<HeadingMark> heading;
  // A chapter title lifted out of the flow into the opener master's title frame.
  bool chapter_title = false;
  // For table body rows: the header rows to repeat when a column starts with this row.
  std::shared_ptr<const std::vector<Box>> repeat_header;
  // How many text lines the box holds (for overset reports).
  int text_lines = 0;
  util::SourceLocation where;
};

using Galley = std::vector<Box>;

}  // namespace layout
