#include "layout/table_grid.hpp"

#include <algorithm>

namespace layout {

TableGrid place_cells(const model::Table& t) {
  TableGrid grid;
  for (const auto& r : t.head) grid.rows.push_back(&r);
  for (const auto& r : t.body) grid.rows.push_back(&r);
  grid.header_rows = t.head.size();
  grid.columns = t.columns.size();
  const std::size_t rows = grid.rows.size();
  std::vector<std::vector<bool>> taken(rows);
  for (std::size_t r = 0; r < rows; ++r) {
    std::size_t c = 0;
    for (const auto& cell : grid.rows[r]->cells) {
      while (c < taken[r].size() && taken[r][c]) ++c;
      GridCell g;
      g.cell = &cell;
      g.row = r;
      g.column = c;
      g.colspan = std::max(1, cell.colspan);
      g.rowspan = std::max(1, std::min<int>(cell.rowspan, static_cast<int>(rows - r)));
      g.header = r < grid.header_rows;
      for (int dr = 0; dr < g.rowspan; ++dr) {
        auto& row_taken = taken[r + dr];
        if (row_taken.size() < c + g.colspan) row_taken.resize(c + g.colspan, false);
        for (int dc = 0; dc < g.colspan; ++dc) row_taken[c + dc] = true;
      }
      c += g.colspan;
      grid.columns = std::max(grid.columns, c);
      grid.cells.push_back(std::move(g));
    }
  }
  return grid;
}

bool TableGrid::joined_to_previous(std::size_t r) const {
  return std::any_of(cells.begin(), cells.end(),
                     [&](const GridCell& g) { return g.rowspan > 1 && r > g.row && r < g.row + g.rowspan; });
}

bool TableGrid::spanned(std::size_t r) const {
  return std::any_of(cells.begin(), cells.end(),
                     [&](const GridCell& g) { return g.rowspan > 1 && r >= g.row && r < g.row + g.rowspan; });
}

}  // namespace layout
