#pragma once
// A table's rows: their heights, measured from the ink of their cells, and the breaking of a
// row taller than a page into parts that fit.
#include <vector>

#include "layout/galley.hpp"
#include "layout/table_grid.hpp"
#include "text/paragraph.hpp"

namespace layout {

// A cell's text measured by its ink, so padding is the same white space above the tallest
// letter and below the lowest descender whatever share of the line box the font's ascent and
// the leading take: measured from line boxes, cells looked cramped at the bottom (vi p17).
struct CellInk {
  double above = 0;  // first baseline to the highest ink
  double below = 0;  // first baseline to the lowest ink of the last line
};
CellInk cell_ink(const text::Paragraph& p);

// The cells of a row share their first baseline, `pad` below the row's highest letter; the row
// ends `pad` below its lowest descender. Cells spanning rows add what they lack to their last row.
struct RowHeights {
  std::vector<double> above;   // row top to the shared first baseline, less `pad`
  std::vector<double> height;
  // From the row's top to where a cell's first line box starts, for a cell set in `paragraph`.
  double first_line_top(const GridCell& cell, double pad) const;
};
RowHeights row_heights(const TableGrid& grid, double pad);

// A row taller than `limit` in parts that each fit, cut between lines of text; the table's
// header and "(continued)" caption are repeated above each part by page flow.
std::vector<Box> split_tall_row(Box row, double limit, double pad);

}  // namespace layout
