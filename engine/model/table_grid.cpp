#include "model/table_grid.hpp"

#include <string>

namespace model {
namespace {

int spanned_columns(const TableRow& row) {
  int columns = 0;
  for (const auto& cell : row.cells) columns += cell.colspan;
  return columns;
}

// Places the cells of one row group (the head or the body) on the grid, row by row.
void check_group(const std::vector<TableRow>& rows, int columns, const std::string& origin,
                 const char* group, util::Diagnostics& diagnostics) {
  // covered_until[c]: the first row (of this group) that a cell above leaves free in column c.
  std::vector<std::size_t> covered_until(static_cast<std::size_t>(columns), 0);
  for (std::size_t r = 0; r < rows.size(); ++r) {
    const TableRow& row = rows[r];
    std::size_t column = 0;
    bool reported = false;
    for (const auto& cell : row.cells) {
      while (column < covered_until.size() && covered_until[column] > r) ++column;
      auto span = static_cast<std::size_t>(cell.colspan);
      if (column + span > covered_until.size()) {
        diagnostics.error(cell.where, "this cell reaches past the last column: the table has " +
                                          std::to_string(columns) + " columns (" + origin +
                                          "); remove a cell or lower a colspan");
        reported = true;
        break;
      }
      for (std::size_t c = column; c < column + span; ++c) {
        if (covered_until[c] > r && !reported) {
          diagnostics.error(cell.where, "this cell overlaps a cell from a row above (its rowspan); "
                                        "lower that rowspan or this colspan");
          reported = true;
        }
        covered_until[c] = r + static_cast<std::size_t>(cell.rowspan);
      }
      if (r + static_cast<std::size_t>(cell.rowspan) > rows.size())
        diagnostics.error(cell.where, "rowspan=\"" + std::to_string(cell.rowspan) +
                                          "\" reaches past the last row of <" + group + ">");
      column += span;
    }
    if (reported) continue;
    int filled = 0;
    for (auto until : covered_until)
      if (until > r) ++filled;
    if (filled < columns)
      diagnostics.error(row.where, "this row fills " + std::to_string(filled) + " of the " +
                                       std::to_string(columns) + " columns (" + origin +
                                       "); add cells (an empty <td/> is fine) or widen one "
                                       "with colspan");
  }
}

}  // namespace

void check_table_grid(const Table& table, util::Diagnostics& diagnostics) {
  int columns = static_cast<int>(table.columns.size());
  std::string origin = "from its <col> elements";
  if (columns == 0) {
    const auto& first_rows = table.head.empty() ? table.body : table.head;
    if (first_rows.empty()) return;
    columns = spanned_columns(first_rows.front());
    origin = "from its first row";
  }
  if (columns == 0) return;  // a first row without cells has been reported; nothing to place
  check_group(table.head, columns, origin, "thead", diagnostics);
  check_group(table.body, columns, origin, "tbody", diagnostics);
}

}  // namespace model
