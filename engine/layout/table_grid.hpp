#pragma once
// A table's cells on their grid: which row and column each starts in and how far it spans.
// The first of the table's concerns (grid, widths, rows, repeated header), as Typst's
// layout/grid splits them; the model has already checked that the cells fill the grid.
#include <cstddef>
#include <vector>

#include "layout/style_resolver.hpp"
#include "model/blocks.hpp"
#include "text/paragraph.hpp"

namespace layout {

// A cell placed on the grid, and what the layout learns about it on the way.
struct GridCell {
  const model::TableCell* cell = nullptr;
  std::size_t row = 0, column = 0;
  int colspan = 1, rowspan = 1;
  bool header = false;
  text::Paragraph paragraph;
  ResolvedParagraph style;
  model::Align align = model::Align::start;
  double prefix_width = -1;  // decimal alignment: width before the decimal separator
};

struct TableGrid {
  std::vector<const model::TableRow*> rows;  // header rows first
  std::size_t header_rows = 0;
  std::size_t columns = 0;
  std::vector<GridCell> cells;  // in source order

  // Whether row `r` lies inside a cell spanning rows (not its first row): it stays with the row above.
  bool joined_to_previous(std::size_t r) const;
  // Whether row `r` is covered by a cell spanning rows (its first row included).
  bool spanned(std::size_t r) const;
};

// Places the cells row by row, each in the first column not taken by a span from above.
TableGrid place_cells(const model::Table& table);

}  // namespace layout
