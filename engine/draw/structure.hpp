#pragma once
// The logical structure of a document for tagged PDF: elements the layout opens as it builds
// blocks (a heading, a paragraph, a table cell, a figure with its alternative text), and the
// element each item belongs to. Items of no element are artifacts: running heads, folios,
// rules, backgrounds. Plain data; an exporter turns it into a structure tree.
#include <cstdint>
#include <string>

#include "util/source_location.hpp"

namespace draw {

using ElementId = std::int32_t;
constexpr ElementId artifact = -1;  // for items; for elements' parents: the document itself

// The standard structure types of ISO 32000-1 (14.8.4) the content model maps to.
enum class Role : std::uint8_t {
  h1, h2, h3, p,
  list, list_item, label, list_body,
  table, table_head, table_body, table_row, header_cell, data_cell,
  figure, caption, toc, toc_item, link, note,
};

enum class HeaderScope : std::uint8_t { none, row, column, both };

struct Element {
  Role role = Role::p;
  ElementId parent = artifact;  // artifact: a child of the document
  std::string alt;              // alternative text (figures); empty: none
  std::string language;         // BCP 47 when it differs from the document's
  HeaderScope scope = HeaderScope::none;  // header cells
  std::string id;               // notes need one (PDF/UA-1 7.9)
  util::SourceLocation where;   // in the content, for messages (a figure without alt text)
};

}  // namespace draw
