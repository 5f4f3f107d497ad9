#pragma once
// Filling columns from the galley: greedy, backing up to the last allowed break, and balancing
// the columns of a band so a chapter's last page or the text above a wide table ends level.
#include <cstddef>
#include <vector>

#include "layout/galley.hpp"

namespace layout {

// One column's worth of the galley: boxes [begin, end), plus the repeated table header that
// opens the column when it continues a table.
struct ColumnSlice {
  std::size_t begin = 0, end = 0;
  bool repeats_header = false;
  double height = 0;  // used height
};

// Fits boxes from `begin` into a column of height `capacity`. Breaks only where the box after the
// break does not keep with its predecessor; an unbreakable run taller than the column is cut
// where it overflows (the caller reports overset). `end` never exceeds `limit`.
ColumnSlice fill_column(const Galley& galley, std::size_t begin, std::size_t limit, double capacity);

// Height of box i when it starts a column (its space before dropped, a header repeated).
double height_at_column_top(const Galley& galley, std::size_t i);

// The smallest column height, at most `capacity`, with which boxes [begin, limit) fit into
// `columns` columns: for balancing the last band of a chapter or the text above a wide block.
double balanced_height(const Galley& galley, std::size_t begin, std::size_t limit, int columns, double capacity);

}  // namespace layout
