#include <catch2/catch.hpp>

#include "model/table_grid.hpp"

namespace {

model::TableRow row(std::initializer_list<std::pair<int, int>> spans, int line) {
  model::TableRow r;
  r.where = {"t.xml", line, 0};
  for (auto [colspan, rowspan] : spans) {
    model::TableCell cell;
    cell.colspan = colspan;
    cell.rowspan = rowspan;
    cell.where = r.where;
    r.cells.push_back(cell);
  }
  return r;
}

util::Diagnostics check(const model::Table& table) {
  util::Diagnostics diagnostics;
  model::check_table_grid(table, diagnostics);
  return diagnostics;
}

}  // namespace

TEST_CASE("a grid filled exactly by colspans and rowspans passes") {
  model::Table table;
  table.columns.resize(3);
  table.head = {row({{3, 1}}, 1)};
  table.body = {row({{1, 2}, {2, 1}}, 2), row({{1, 1}, {1, 1}}, 3), row({{1, 1}, {1, 1}, {1, 1}}, 4)};
  auto diagnostics = check(table);
  CHECK(diagnostics.empty());
}

TEST_CASE("a short row, rows too long, a rowspan past the end") {
  model::Table table;
  table.columns.resize(2);
  table.body = {row({{1, 1}}, 1), row({{2, 1}, {1, 1}}, 2), row({{1, 2}, {1, 1}}, 3),
                row({{2, 1}}, 4), row({{1, 3}, {1, 1}}, 5)};
  auto diagnostics = check(table);
  CHECK(diagnostics.contains("t.xml:1: error: this row fills 1 of the 2 columns (from its <col> "
                             "elements)"));
  CHECK(diagnostics.contains("t.xml:2: error: this cell reaches past the last column"));
  // Column 1 is taken from above, so the colspan starts in column 2 and runs out.
  CHECK(diagnostics.contains("t.xml:4: error: this cell reaches past the last column"));
  CHECK(diagnostics.contains("t.xml:5: error: rowspan=\"3\" reaches past the last row of <tbody>"));
  CHECK(diagnostics.error_count() == 4);
}

TEST_CASE("a colspan across a cell that a rowspan brings down from above") {
  model::Table table;
  table.columns.resize(3);
  table.body = {row({{1, 1}, {1, 2}, {1, 1}}, 1), row({{2, 1}, {1, 1}}, 2)};
  auto diagnostics = check(table);
  CHECK(diagnostics.contains("t.xml:2: error: this cell overlaps a cell from a row above"));
  CHECK(diagnostics.error_count() == 1);
}

TEST_CASE("without <col>, the first row counts the columns, and head and body are separate") {
  model::Table table;
  table.head = {row({{1, 2}, {1, 1}}, 1)};  // rowspan 2 reaches past a one-row head
  table.body = {row({{1, 1}, {1, 1}}, 2), row({{1, 1}, {1, 1}, {1, 1}}, 3)};
  auto diagnostics = check(table);
  CHECK(diagnostics.contains("t.xml:1: error: rowspan=\"2\" reaches past the last row of <thead>"));
  CHECK(diagnostics.contains("t.xml:3: error: this cell reaches past the last column: the table "
                             "has 2 columns (from its first row)"));
  CHECK(diagnostics.error_count() == 2);
}
