// Tables: the member that sets one, in the order of its concerns, each in a file of its own the
// way Typst's layout/grid is split: the cell grid (table_grid), the column widths, computed once
// so every part of a split table has the same columns (table_widths), the row heights and the
// breaking of rows taller than a page (table_rows), the header repeated where a table continues
// (table_header). Here: typesetting the cells, drawing rows with their fills and rules, and
// handing the rows to page flow as galley boxes, to be split between rows.
#include <algorithm>
#include <cmath>
#include <memory>

#include "layout/block_builder.hpp"
#include "layout/inline_text.hpp"
#include "layout/table_grid.hpp"
#include "layout/table_header.hpp"
#include "layout/table_rows.hpp"
#include "layout/table_widths.hpp"
#include "text/number_format.hpp"
#include "util/units.hpp"

namespace layout {
namespace {

model::Align column_align(const model::Table& t, std::size_t c) {
  return c < t.columns.size() ? t.columns[c].align : model::Align::start;
}

text::Align paragraph_align(model::Align align) {
  return align == model::Align::center    ? text::Align::center
         : align == model::Align::end     ? text::Align::right
         : align == model::Align::justify ? text::Align::justify
                                          : text::Align::left;
}

// The widest parts of a decimal column's numbers before and after their separator (a number
// without one ends where the separator would be).
struct DecimalColumns {
  std::vector<double> prefix, suffix;
};

}  // namespace

void BlockBuilder::table(const model::Table& t, BlockOutput& out, const Measure& measure) {
  auto& diagnostics = styles_.diagnostics();
  const style::TableStyle& ts = styles_.layout().table;
  const auto& lang = styles_.language();
  const std::string decimal_sign = text::decimal_separator(styles_.number_conventions());
  const bool spans = t.span_columns && measure.full > measure.column + 0.5;
  const double width = spans ? measure.full : measure.column;
  const double pad = ts.cell_padding * styles_.scale();
  const std::string table_name = t.id.empty() ? "at " + t.where.str() : "\"" + t.id + "\"";

  TableGrid grid = place_cells(t);
  const std::size_t columns = grid.columns, header_rows = grid.header_rows, rows = grid.rows.size();
  if (columns == 0 || rows == 0) return;

  // Styles and alignment once per cell.
  for (auto& g : grid.cells) {
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

  std::vector<ColumnWidth> spec(columns);  // read with the content
  for (std::size_t c = 0; c < columns && c < t.columns.size(); ++c) spec[c] = t.columns[c].width;
  std::vector<double> natural(columns, 0), minimum(columns, 0);
  for (auto& g : grid.cells) {
    if (g.colspan != 1 || spec[g.column].kind != WidthKind::automatic) continue;
    auto s = styled_cell(g);
    natural[g.column] = std::max(natural[g.column], measure_width(s, g.style, 1e5) + 2 * pad);
    minimum[g.column] = std::max(minimum[g.column], measure_width(s, g.style, 1) + 2 * pad);
  }
  const ColumnWidths widths = column_widths(spec, natural, minimum, width, pad);
  if (widths.needed > width + 0.5) {
    diagnostics.error(t.where, "table " + table_name + " needs at least " +
                                   std::to_string(std::lround(util::to_mm(widths.needed))) + " mm but the " +
                                   (spans ? "frame" : "column") + " is " +
                                   std::to_string(std::lround(util::to_mm(width))) + " mm wide; narrow its columns" +
                                   (t.span_columns ? "" : " or let it span the columns (span=\"columns\")"));
  }

  // Every cell set at its width; decimal columns measure the parts around the separator.
  DecimalColumns decimals{std::vector<double>(columns, 0), std::vector<double>(columns, 0)};
  for (auto& g : grid.cells) {
    const double w = widths.width(g.column, static_cast<std::size_t>(g.colspan)) - 2 * pad;
    auto s = styled_cell(g);
    ResolvedParagraph st = g.style;
    st.format.align = paragraph_align(g.align);
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
      decimals.prefix[g.column] = std::max(decimals.prefix[g.column], g.prefix_width);
      decimals.suffix[g.column] = std::max(decimals.suffix[g.column], g.paragraph.natural_width() - g.prefix_width);
    }
  }
  const RowHeights heights = row_heights(grid, pad);

  // One box per row; cells are drawn into the box of the row they start in.
  const double rule = ts.rule_width * styles_.scale();
  const draw::Paint rule_paint = styles_.paint(ts.rule_color, t.where);
  std::vector<Box> boxes(rows);
  for (std::size_t r = 0; r < rows; ++r) {
    boxes[r].where = grid.rows[r]->where;
    boxes[r].height = heights.height[r];
    boxes[r].spans_columns = spans;
  }
  // Table › THead/TBody › TR › TH (scope column: the header rows) or TD.
  const Tag table_tag = tag(draw::Role::table);
  const draw::ElementId head = header_rows > 0 ? child_element(draw::Role::table_head) : draw::artifact;
  const draw::ElementId body = child_element(draw::Role::table_body);
  std::vector<draw::ElementId> row_elements;
  for (std::size_t r = 0; r < rows; ++r)
    row_elements.push_back(child_element(draw::Role::table_row, r < header_rows ? head : body));
  for (auto& g : grid.cells) {
    draw::Element cell;
    cell.role = g.header ? draw::Role::header_cell : draw::Role::data_cell;
    cell.scope = g.header ? draw::HeaderScope::column : draw::HeaderScope::none;
    cell.parent = row_elements[g.row];
    const Tag cell_tag(element_, styles_.document().add_element(std::move(cell)));
    double x = widths.x[g.column] + pad;
    if (g.align == model::Align::decimal) {
      // The separators in one line, the widest number flush right (under the column's heading);
      // flush left instead when the numbers are wider than the column.
      const double right_edge = widths.x[std::min(columns, g.column + g.colspan)] - pad;
      const double separator = std::max(right_edge - decimals.suffix[g.column], x + decimals.prefix[g.column]);
      x = separator - g.prefix_width;
    }
    draw_lines(boxes[g.row], g.paragraph, x, heights.first_line_top(g, pad));
  }

  // The caption, and its "(continued)" form repeated where the table goes on.
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
  for (std::size_t r = 0; r < header_rows; ++r) header_height += heights.height[r];
  const double row_limit = measure.height - header_height - 1;
  std::vector<std::vector<Box>> row_parts(rows);
  for (std::size_t r = 0; r < rows; ++r) {
    if (r >= header_rows && !grid.spanned(r) && measure.height > 0 && boxes[r].height > row_limit)
      row_parts[r] = split_tall_row(std::move(boxes[r]), row_limit, pad);
    else
      row_parts[r].push_back(std::move(boxes[r]));
  }

  for (std::size_t r = 0; r < rows; ++r) {
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
        bottom.stroke = draw::Stroke{rule_paint, last_header || r + 1 == rows ? rule : between_rows, {}};
        box.items.push_back({std::move(bottom), false});
      }
    }
  }

  // Caption above the table, kept with it.
  Box caption;
  caption.where = t.where;
  caption.spans_columns = spans;
  const Tag caption_tag = tag(draw::Role::caption);
  caption.height = draw_text(caption, t.caption, "caption", 0, 0, width, t.where,
                             t.caption.empty() ? label : label + lang.caption_separator);
  if (!t.id.empty()) caption.anchors.push_back({t.id, 0});
  add_box(out, std::move(caption), caption_style.space_before, 2 * styles_.scale(), true);

  std::vector<const Box*> header_boxes;
  for (std::size_t r = 0; r < header_rows; ++r) header_boxes.push_back(&row_parts[r].front());
  const RepeatedHeader repeated = repeated_header(std::move(continued), header_boxes);

  for (std::size_t r = 0; r < rows; ++r) {
    const bool header = r < header_rows;
    for (std::size_t p = 0; p < row_parts[r].size(); ++p) {
      Box box = std::move(row_parts[r][p]);
      // Header rows stay together and with the first body row; rows joined by a row span too.
      box.keep_with_previous = (p == 0 && r > 0 && (header || r == header_rows)) || grid.joined_to_previous(r);
      if (!header && (r > header_rows || p > 0)) box.repeat_header = repeated.for_table(header_rows > 0);
      add_box(out, std::move(box), 0, 0, false);
      out.galley.back().joint = Joint::parts;  // rows stay ruled together, and with their caption
    }
  }
  out.seam.space = caption_style.space_after;
}

}  // namespace layout
