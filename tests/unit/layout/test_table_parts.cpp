// The table's concerns on their own: the cell grid and the column widths are pure functions of
// the table, so a split table's parts cannot get different columns.
#include <catch2/catch.hpp>

#include "layout/table_grid.hpp"
#include "layout/table_header.hpp"
#include "layout/table_widths.hpp"

namespace {

model::TableRow cells(int n, int rowspan_first = 1, int colspan_first = 1) {
  model::TableRow r;
  for (int i = 0; i < n; ++i) {
    model::TableCell c;
    c.rowspan = i == 0 ? rowspan_first : 1;
    c.colspan = i == 0 ? colspan_first : 1;
    r.cells.push_back(std::move(c));
  }
  return r;
}

}  // namespace

TEST_CASE("cells take the first column a row span from above leaves free") {
  model::Table t;
  t.head.push_back(cells(3));
  t.body.push_back(cells(3, 2));  // the first cell spans this row and the next
  t.body.push_back(cells(2));
  t.body.push_back(cells(2, 1, 2));  // the first cell spans two columns
  const layout::TableGrid grid = layout::place_cells(t);
  REQUIRE(grid.columns == 3);
  REQUIRE(grid.header_rows == 1);
  REQUIRE(grid.cells.size() == 10);
  CHECK(grid.cells[6].row == 2);
  CHECK(grid.cells[6].column == 1);  // pushed past the spanned first column
  CHECK(grid.cells[8].colspan == 2);
  CHECK(grid.cells[9].column == 2);
  CHECK(grid.cells[0].header);
  CHECK_FALSE(grid.cells[3].header);
  CHECK(grid.spanned(1));
  CHECK(grid.spanned(2));
  CHECK_FALSE(grid.spanned(3));
  CHECK(grid.joined_to_previous(2));
  CHECK_FALSE(grid.joined_to_previous(1));
}

TEST_CASE("column widths: fixed, fitted between their narrowest and natural width, shares of the rest") {
  using layout::ColumnWidth;
  using layout::WidthKind;
  const std::vector<ColumnWidth> spec{{WidthKind::fixed, 60}, {WidthKind::automatic, 0}, {WidthKind::relative, 1},
                                      {WidthKind::relative, 3}};
  const std::vector<double> natural{0, 80, 0, 0}, minimum{0, 30, 0, 0};
  const layout::ColumnWidths w = layout::column_widths(spec, natural, minimum, 400, 3);
  REQUIRE(w.x.size() == 5);
  CHECK(w.x[0] == 0);
  CHECK(w.width(0, 1) == Approx(60));
  CHECK(w.width(1, 1) == Approx(80));  // room enough: the fitted column takes its natural width
  CHECK(w.width(2, 1) == Approx(65));  // (400 - 140) / 4
  CHECK(w.width(3, 1) == Approx(195));
  CHECK(w.x[4] == Approx(400));
  CHECK(w.width(2, 5) == Approx(260));  // a span past the last column ends at the table's edge
  CHECK(w.needed == Approx(60 + 30 + 4 * 6));

  // Narrow: the fitted column shrinks toward its minimum, never below it.
  const layout::ColumnWidths narrow = layout::column_widths(spec, natural, minimum, 100, 3);
  CHECK(narrow.width(1, 1) == Approx(30));
}

TEST_CASE("\"(continued)\" takes a space, a full-width bracket none") {
  CHECK(layout::continued_label("Table 2", "(continued)") == "Table 2 (continued)");
  CHECK(layout::continued_label("表2", "（続き）") == "表2（続き）");
}
