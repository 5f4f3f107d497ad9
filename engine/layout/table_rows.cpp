#include "layout/table_rows.hpp"

#include <algorithm>

namespace layout {
namespace {

// Where a row taller than a page may be cut: the lowest y at most `limit` that no line of text
// straddles, so every line stays whole on one side. Returns 0 when the first line is already
// taller than `limit`.
double cut_between_lines(const Box& row, double from, double limit) {
  double cut = limit;
  for (bool moved = true; moved;) {
    moved = false;
    for (const auto& item : row.items) {
      const auto* run = std::get_if<draw::GlyphRun>(&item.content);
      if (!run || run->ink.bottom() <= from + 0.01) continue;
      if (run->ink.top() < cut - 0.01 && run->ink.bottom() > cut + 0.01) {
        cut = run->ink.top();
        moved = true;
      }
    }
  }
  return cut > from + 0.01 ? cut : 0;
}

}  // namespace

CellInk cell_ink(const text::Paragraph& p) {
  CellInk ink;
  if (p.lines.empty()) return ink;
  double baseline = 0;
  for (std::size_t i = 0; i < p.lines.size(); ++i) {
    const text::Line& line = p.lines[i];
    if (i > 0) baseline += line.advance;
    const bool inked = line.ink_top < 0 || line.ink_bottom > 0;
    ink.above = std::max(ink.above, (inked ? -line.ink_top : line.ascent) - baseline);
    ink.below = std::max(ink.below, baseline + (inked ? line.ink_bottom : line.descent));
  }
  return ink;
}

RowHeights row_heights(const TableGrid& grid, double pad) {
  const std::size_t rows = grid.rows.size();
  RowHeights out{std::vector<double>(rows, 0), std::vector<double>(rows, 0)};
  for (const auto& g : grid.cells)
    if (g.rowspan == 1) out.above[g.row] = std::max(out.above[g.row], cell_ink(g.paragraph).above);
  for (const auto& g : grid.cells)
    if (g.rowspan == 1)
      out.height[g.row] = std::max(out.height[g.row], pad + out.above[g.row] + cell_ink(g.paragraph).below + pad);
  for (std::size_t r = 0; r < rows; ++r)
    if (out.height[r] == 0) out.height[r] = 2 * pad;
  for (const auto& g : grid.cells) {
    if (g.rowspan == 1) continue;
    double have = 0;
    for (int dr = 0; dr < g.rowspan; ++dr) have += out.height[g.row + dr];
    const CellInk ink = cell_ink(g.paragraph);
    const double need = pad + std::max(out.above[g.row], ink.above) + ink.below + pad;
    if (need > have) out.height[g.row + g.rowspan - 1] += need - have;
  }
  return out;
}

double RowHeights::first_line_top(const GridCell& g, double pad) const {
  // The first baseline where the row's is; a paragraph is drawn from the top of its first line box.
  const double first_ascent = g.paragraph.lines.empty() ? 0 : g.paragraph.lines.front().ascent;
  const double shared = g.rowspan == 1 ? above[g.row] : std::max(above[g.row], cell_ink(g.paragraph).above);
  return pad + shared - first_ascent;
}

std::vector<Box> split_tall_row(Box row, double limit, double pad) {
  std::vector<Box> parts;
  double from = 0;
  while (row.height - from > limit) {
    // Room for the part's bottom padding, and for its top padding once it no longer starts the row.
    const double cut = cut_between_lines(row, from, from + limit - pad - (parts.empty() ? 0 : pad));
    if (cut <= 0) break;  // a single line taller than the page: leave it to the flow to report
    Box part;
    part.where = row.where;
    part.spans_columns = row.spans_columns;
    const double shift = parts.empty() ? 0 : pad - from;  // continued parts get their top padding back
    for (const auto& item : row.items)
      if (const auto* run = std::get_if<draw::GlyphRun>(&item.content); run && run->ink.top() >= from - 0.01 &&
                                                                          run->ink.bottom() <= cut + 0.01) {
        draw::Item moved = item;
        draw::translate(moved, 0, shift);
        part.items.push_back(std::move(moved));
        ++part.text_lines;
      }
    part.height = cut - from + (parts.empty() ? 0 : pad) + pad;
    parts.push_back(std::move(part));
    from = cut;
  }
  if (parts.empty()) return {std::move(row)};
  Box rest;
  rest.where = row.where;
  rest.spans_columns = row.spans_columns;
  for (const auto& item : row.items)
    if (const auto* run = std::get_if<draw::GlyphRun>(&item.content); run && run->ink.top() >= from - 0.01) {
      draw::Item moved = item;
      draw::translate(moved, 0, pad - from);
      rest.items.push_back(std::move(moved));
      ++rest.text_lines;
    }
  rest.height = row.height - from + pad;
  parts.push_back(std::move(rest));
  return parts;
}

}  // namespace layout
