// Tables: column widths (fixed, relative, fitted), spans, alignment incl. decimal, zebra rows,
// rules, and rows as galley boxes so page flow can split between rows with the header repeated.
#include <algorithm>
#include <cmath>
#include <memory>
#include <numeric>

#include "layout/block_builder.hpp"
#include "layout/inline_text.hpp"
#include "text/number_format.hpp"
#include "util/units.hpp"
#include "util/utf8.hpp"

namespace layout {
namespace {

using WidthKind = model::ColumnWidth::Kind;

// A cell placed on the grid.
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

// A cell's text measured by its ink, so padding is the same white space above the tallest
// letter and below the lowest descender whatever share of the line box the font's ascent and
// the leading take: measured from line boxes, cells looked cramped at the bottom (vi p17).
struct CellInk {
  double above = 0;  // first baseline to the highest ink
  double below = 0;  // first baseline to the lowest ink of the last line
};

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

model::Align column_align(const model::Table& t, std::size_t c) {
  return c < t.columns.size() ? t.columns[c].align : model::Align::start;
}

// "Table 2" and "(continued)" with a space between them, but none before a full-width bracket:
// "表2（続き）", not "表2 （続き）".
std::string continued_label(const std::string& label, const std::string& continued) {
  std::size_t at = 0;
  const char32_t first = continued.empty() ? 0 : util::next_code_point(continued, at);
  const bool full_width = (first >= 0x3000 && first <= 0x303F) || (first >= 0xFF00 && first <= 0xFFEF);
  return label + (full_width ? "" : " ") + continued;
}

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

// A row taller than `limit` in parts that each fit, cut between lines of text; the table's
// header and "(continued)" caption are repeated above each part by page flow.
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

}  // namespace

void BlockBuilder::table(const model::Table& t, Galley& galley, const Measure& measure) {
  auto& diagnostics = styles_.diagnostics();
  const style::TableStyle& ts = styles_.layout().table;
  const auto& lang = styles_.language();
  const std::string decimal_sign = text::decimal_separator(styles_.number_conventions());
  const bool spans = t.span_columns && measure.full > measure.column + 0.5;
  const double width = spans ? measure.full : measure.column;
  const double pad = ts.cell_padding * styles_.scale();
  const std::string table_name = t.id.empty() ? "at " + t.where.str() : "\"" + t.id + "\"";

  // Place the cells on a grid, honouring row and column spans.
  std::vector<const model::TableRow*> rows;
  for (const auto& r : t.head) rows.push_back(&r);
  for (const auto& r : t.body) rows.push_back(&r);
  const std::size_t header_rows = t.head.size();
  std::vector<std::vector<bool>> taken(rows.size());
  std::vector<GridCell> cells;
  std::size_t columns = t.columns.size();
  for (std::size_t r = 0; r < rows.size(); ++r) {
    std::size_t c = 0;
    for (const auto& cell : rows[r]->cells) {
      while (c < taken[r].size() && taken[r][c]) ++c;
      GridCell g;
      g.cell = &cell;
      g.row = r;
      g.column = c;
      g.colspan = std::max(1, cell.colspan);
      g.rowspan = std::max(1, std::min<int>(cell.rowspan, static_cast<int>(rows.size() - r)));
      g.header = r < header_rows;
      for (int dr = 0; dr < g.rowspan; ++dr) {
        auto& row_taken = taken[r + dr];
        if (row_taken.size() < c + g.colspan) row_taken.resize(c + g.colspan, false);
        for (int dc = 0; dc < g.colspan; ++dc) row_taken[c + dc] = true;
      }
      c += g.colspan;
      columns = std::max(columns, c);
      cells.push_back(std::move(g));
    }
  }
  if (columns == 0 || rows.empty()) return;

  // Resolve styles and text once; measure natural widths for fitted columns.
  for (auto& g : cells) {
    g.style = styles_.paragraph(g.header ? ts.header_style : ts.cell_style, g.cell->where);
    g.align = g.cell->align ? *g.cell->align : column_align(t, g.column);
    // The heading of a column of numbers stands over their right edge; it has no decimal sign.
    if (g.header && !g.cell->align && g.align == model::Align::decimal) g.align = model::Align::end;
  }
  auto styled_cell = [&](const GridCell& g) {
    text::StyledText s;
    append_text(s, g.cell->text, g.style.text, g.style.hyphenate, styles_);
    return s;
  };

  std::vector<model::ColumnWidth> spec(columns);  // read with the content
  for (std::size_t c = 0; c < columns && c < t.columns.size(); ++c) spec[c] = t.columns[c].width;
  std::vector<double> natural(columns, 0), minimum(columns, 0);
  for (auto& g : cells) {
    if (g.colspan != 1 || spec[g.column].kind != WidthKind::automatic) continue;
    auto s = styled_cell(g);
    natural[g.column] = std::max(natural[g.column], measure_width(s, g.style, 1e5) + 2 * pad);
    minimum[g.column] = std::max(minimum[g.column], measure_width(s, g.style, 1) + 2 * pad);
  }

  std::vector<double> col_width(columns, 0);
  double fixed = 0, weights = 0, automatic = 0, automatic_min = 0;
  for (std::size_t c = 0; c < columns; ++c) {
    if (spec[c].kind == WidthKind::fixed) fixed += col_width[c] = spec[c].value;
    if (spec[c].kind == WidthKind::relative) weights += spec[c].value;
    if (spec[c].kind == WidthKind::automatic) {
      automatic += natural[c];
      automatic_min += minimum[c];
    }
  }
  double rest = width - fixed;
  const double needed = fixed + automatic_min + weights * 2 * pad;
  if (needed > width + 0.5) {
    diagnostics.error(t.where, "table " + table_name + " needs at least " + std::to_string(std::lround(util::to_mm(needed))) +
                                   " mm but the " + (spans ? "frame" : "column") + " is " +
                                   std::to_string(std::lround(util::to_mm(width))) + " mm wide; narrow its columns" +
                                   (t.span_columns ? "" : " or let it span the columns (span=\"columns\")"));
  }
  // Fitted columns get their natural width if it leaves room for the others, else shrink
  // proportionally toward their minimum.
  const double for_automatic = weights > 0 ? std::min(automatic, std::max(automatic_min, rest - weights * 4 * pad)) : rest;
  for (std::size_t c = 0; c < columns; ++c) {
    if (spec[c].kind != WidthKind::automatic) continue;
    double share = automatic > 0 ? natural[c] / automatic : 1.0 / columns;
    col_width[c] = weights > 0 ? std::max(minimum[c], for_automatic * share) : for_automatic * share;
  }
  rest = width - std::accumulate(col_width.begin(), col_width.end(), 0.0);
  for (std::size_t c = 0; c < columns; ++c)
    if (spec[c].kind == WidthKind::relative) col_width[c] = std::max(0.0, rest) * spec[c].value / weights;
  std::vector<double> col_x(columns + 1, 0);
  for (std::size_t c = 0; c < columns; ++c) col_x[c + 1] = col_x[c] + col_width[c];

  // Typeset every cell at its width; decimal columns measure the parts before and after the
  // separator (a number without one ends where the separator would be).
  std::vector<double> decimal_prefix(columns, 0), decimal_suffix(columns, 0);
  for (auto& g : cells) {
    double w = col_x[std::min(columns, g.column + g.colspan)] - col_x[g.column] - 2 * pad;
    auto s = styled_cell(g);
    ResolvedParagraph st = g.style;
    st.format.align = g.align == model::Align::center ? text::Align::center
                      : g.align == model::Align::end  ? text::Align::right
                      : g.align == model::Align::justify ? text::Align::justify
                                                         : text::Align::left;
    if (g.align == model::Align::decimal) {
      st.format.align = text::Align::left;
      const std::string& text = s.utf8();
      auto at = text.find(decimal_sign);
      text::StyledText prefix;
      append_literal(prefix, at == std::string::npos ? text : text.substr(0, at), g.style.text, g.cell->where);
      g.prefix_width = measure_width(prefix, st, 1e5);
    }
    g.style = st;
    g.paragraph = typeset(s, st, std::max(w, 1.0));
    if (g.align == model::Align::decimal) {
      decimal_prefix[g.column] = std::max(decimal_prefix[g.column], g.prefix_width);
      decimal_suffix[g.column] = std::max(decimal_suffix[g.column], g.paragraph.natural_width() - g.prefix_width);
    }
  }

  // Row heights from the ink: the cells of a row share their first baseline, `pad` below the
  // row's highest letter; the row ends `pad` below its lowest descender. Spanning cells add what
  // they lack to their last row.
  std::vector<double> row_above(rows.size(), 0), row_height(rows.size(), 0);
  for (const auto& g : cells)
    if (g.rowspan == 1) row_above[g.row] = std::max(row_above[g.row], cell_ink(g.paragraph).above);
  for (const auto& g : cells)
    if (g.rowspan == 1)
      row_height[g.row] = std::max(row_height[g.row], pad + row_above[g.row] + cell_ink(g.paragraph).below + pad);
  for (std::size_t r = 0; r < rows.size(); ++r)
    if (row_height[r] == 0) row_height[r] = 2 * pad;
  for (const auto& g : cells) {
    if (g.rowspan == 1) continue;
    double have = 0;
    for (int dr = 0; dr < g.rowspan; ++dr) have += row_height[g.row + dr];
    const CellInk ink = cell_ink(g.paragraph);
    const double need = pad + std::max(row_above[g.row], ink.above) + ink.below + pad;
    if (need > have) row_height[g.row + g.rowspan - 1] += need - have;
  }

  // One box per row; cells are drawn into the box of the row they start in.
  const double rule = ts.rule_width * styles_.scale();
  const draw::Paint rule_paint = styles_.paint(ts.rule_color, t.where);
  std::vector<Box> boxes(rows.size());
  for (std::size_t r = 0; r < rows.size(); ++r) {
    boxes[r].where = rows[r]->where;
    boxes[r].height = row_height[r];
    boxes[r].spans_columns = spans;
  }
  // Table › THead/TBody › TR › TH (scope column: the header rows) or TD.
  const Tag table_tag = tag(draw::Role::table);
  const draw::ElementId head = header_rows > 0 ? child_element(draw::Role::table_head) : draw::artifact;
  const draw::ElementId body = child_element(draw::Role::table_body);
  std::vector<draw::ElementId> row_elements;
  for (std::size_t r = 0; r < rows.size(); ++r)
    row_elements.push_back(child_element(draw::Role::table_row, r < header_rows ? head : body));
  for (auto& g : cells) {
    Box& box = boxes[g.row];
    draw::Element cell;
    cell.role = g.header ? draw::Role::header_cell : draw::Role::data_cell;
    cell.scope = g.header ? draw::HeaderScope::column : draw::HeaderScope::none;
    cell.parent = row_elements[g.row];
    const Tag cell_tag(element_, styles_.document().add_element(std::move(cell)));
    double x = col_x[g.column] + pad;
    if (g.align == model::Align::decimal) {
      // The separators in one line, the widest number flush right (under the column's heading);
      // flush left instead when the numbers are wider than the column.
      const double right_edge = col_x[std::min(columns, g.column + g.colspan)] - pad;
      const double separator = std::max(right_edge - decimal_suffix[g.column], x + decimal_prefix[g.column]);
      x = separator - g.prefix_width;
    }
    // The first baseline where the row's is; draw_lines takes the top of the first line box.
    const double first_ascent = g.paragraph.lines.empty() ? 0 : g.paragraph.lines.front().ascent;
    const double above = g.rowspan == 1 ? row_above[g.row] : std::max(row_above[g.row], cell_ink(g.paragraph).above);
    draw_lines(box, g.paragraph, x, pad + above - first_ascent);
  }

  // Caption above the table, kept with it; repeated with "(continued)" when the table splits.
  ++table_count_;
  const std::string label = fill_number(lang.table_label, table_count_);
  ResolvedParagraph caption_style = styles_.paragraph("caption", t.where);
  Box continued;
  continued.spans_columns = spans;
  {
    const Tag artifact(element_, draw::artifact);  // said once, by the caption
    text::StyledText s;
    append_literal(s, continued_label(label, lang.continued), caption_style.text, t.where);
    continued.height = draw_lines(continued, typeset(s, caption_style, width), 0, 0) + 2 * styles_.scale();
  }

  // A body row taller than a page is cut between lines of text into parts that fit below the
  // repeated header; no other row is ever split.
  double header_height = continued.height;
  for (std::size_t r = 0; r < header_rows; ++r) header_height += row_height[r];
  const double row_limit = measure.height - header_height - 1;
  std::vector<std::vector<Box>> row_parts(rows.size());
  for (std::size_t r = 0; r < rows.size(); ++r) {
    bool spanned = false;
    for (const auto& g : cells) spanned |= g.rowspan > 1 && r >= g.row && r < g.row + g.rowspan;
    if (r >= header_rows && !spanned && measure.height > 0 && boxes[r].height > row_limit)
      row_parts[r] = split_tall_row(std::move(boxes[r]), row_limit, pad);
    else
      row_parts[r].push_back(std::move(boxes[r]));
  }

  for (std::size_t r = 0; r < rows.size(); ++r) {
    const bool header = r < header_rows;
    const bool last_header = header && r + 1 == header_rows;
    const std::string fill = header ? ts.header_fill : ((r - header_rows) % 2 == 1 ? ts.zebra_fill : "");
    for (std::size_t p = 0; p < row_parts[r].size(); ++p) {
      Box& box = row_parts[r][p];
      if (!fill.empty()) {
        draw::Path bg = draw::Path::rectangle({0, 0, width, box.height});
        bg.fill = styles_.paint(fill, t.where);
        box.items.insert(box.items.begin(), {std::move(bg), false});
      }
      // A strong rule above the table and under the header; hairlines between body rows; none
      // inside a row cut in parts.
      if (r == 0 && p == 0) {
        draw::Path top = draw::Path::line({0, 0}, {width, 0});
        top.stroke = draw::Stroke{rule_paint, rule, {}};
        box.items.push_back({std::move(top), false});
      }
      if ((!header || last_header) && p + 1 == row_parts[r].size()) {
        draw::Path bottom = draw::Path::line({0, box.height}, {width, box.height});
        // Hairlines between body rows, never thinner than a press holds (0.25 pt).
        const double between_rows = std::max(0.25, rule / 2);
        bottom.stroke = draw::Stroke{rule_paint, last_header || r + 1 == rows.size() ? rule : between_rows, {}};
        box.items.push_back({std::move(bottom), false});
      }
    }
  }

  // Caption above the table, kept with it; repeated with "(continued)" when the table splits.
  Box caption;
  caption.where = t.where;
  caption.spans_columns = spans;
  const Tag caption_tag = tag(draw::Role::caption);
  caption.height = draw_text(caption, t.caption, "caption", 0, 0, width, t.where,
                             t.caption.empty() ? label : label + lang.caption_separator);
  if (!t.id.empty()) caption.anchors.push_back({t.id, 0});
  add_box(galley, std::move(caption), caption_style.space_before, 2 * styles_.scale(), true);

  auto repeated = std::make_shared<std::vector<Box>>();
  repeated->push_back(std::move(continued));
  // Repeated headers are read once, where the table starts: their copies are artifacts.
  for (std::size_t r = 0; r < header_rows; ++r) {
    repeated->push_back(row_parts[r].front());
    for (draw::Item& item : repeated->back().items) item.element = draw::artifact;
    for (draw::Link& link : repeated->back().links) link.element = draw::artifact;
  }
  auto caption_only = std::make_shared<std::vector<Box>>(repeated->begin(), repeated->begin() + 1);

  for (std::size_t r = 0; r < rows.size(); ++r) {
    const bool header = r < header_rows;
    for (std::size_t p = 0; p < row_parts[r].size(); ++p) {
      Box box = std::move(row_parts[r][p]);
      // Header rows stay together and with the first body row.
      box.keep_with_previous = p == 0 && r > 0 && (header || r == header_rows);
      if (!header && (r > header_rows || p > 0)) box.repeat_header = header_rows > 0 ? repeated : caption_only;
      // Rows joined by a row span are not split.
      for (const auto& g : cells)
        if (g.rowspan > 1 && r > g.row && r < g.row + g.rowspan) box.keep_with_previous = true;
      add_box(galley, std::move(box), 0, 0, false);
    }
  }
  pending_space_ = caption_style.space_after;
}

}  // namespace layout
