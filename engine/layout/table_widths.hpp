#pragma once
// A table's column widths, computed once for the whole table so every part of a table that
// splits has the same columns: fixed lengths, shares of what is left (2*), and fitted columns
// (auto) between their narrowest and their natural width.
#include <string>
#include <vector>

#include "model/blocks.hpp"
#include "util/diagnostics.hpp"

namespace layout {

// A <col width> as the content reader parsed it: a length, a share (2*) or auto.
using ColumnWidth = model::ColumnWidth;
using WidthKind = model::ColumnWidth::Kind;

struct ColumnWidths {
  std::vector<double> x;  // left edges, and the table's right edge last (columns + 1 values)
  double needed = 0;      // the least width the columns can take (fixed, narrowest fitted, padding)
  double width(std::size_t first, std::size_t span) const;  // across `span` columns from `first`
};

// `natural` and `minimum`: the fitted columns' widths unbroken and at their longest word,
// padding included (0 for the others); `pad`: a cell's padding on each side.
ColumnWidths column_widths(const std::vector<ColumnWidth>& spec, const std::vector<double>& natural,
                           const std::vector<double>& minimum, double width, double pad);

}  // namespace layout
