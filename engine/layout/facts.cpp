// Key-figure tiles: a big number formatted per language, its unit and a label, in a row or grid.
#include <algorithm>
#include <cmath>

#include "layout/block_builder.hpp"
#include "layout/chart_arcs.hpp"
#include "layout/inline_text.hpp"
#include "text/number_format.hpp"

namespace layout {

// A tile's figure stays on one line: its spaces ("18,5 tỷ USD") become no-break spaces.
static std::string no_break_spaces(const std::string& text) {
  std::string out;
  for (char c : text) out += c == ' ' ? std::string("\u00A0") : std::string(1, c);
  return out;
}

const text::IconFont* BlockBuilder::icons(const util::SourceLocation& where) {
  if (!icons_tried_) {
    icons_tried_ = true;
    std::string why;
    icons_ = text::IconFont::open(fonts_.config(), why);
    if (!icons_) styles_.diagnostics().error(where, why);
  }
  return icons_ ? &*icons_ : nullptr;
}

// A short series as a line across `area`, lowest value at its foot and highest at its top (a
// flat series runs through the middle), with a dot on the latest value: the trend beside a key
// figure, in the figure's colour. Returns the height used.
double BlockBuilder::sparkline(Box& box, const std::vector<double>& values, const draw::Rect& area, const draw::Paint& paint) {
  const double scale = styles_.scale();
  const double dot = 1.6 * scale, line = 1.2 * scale;
  const auto [low, high] = std::minmax_element(values.begin(), values.end());
  const double span = *high - *low;
  // The dot and the line's width stay inside the area.
  const draw::Rect plot{area.x + dot, area.y + dot, area.width - 2 * dot, area.height - 2 * dot};
  auto at = [&](std::size_t i) {
    const double x = plot.x + plot.width * static_cast<double>(i) / static_cast<double>(values.size() - 1);
    const double share = span > 0 ? (values[i] - *low) / span : 0.5;
    return draw::Point{x, plot.bottom() - share * plot.height};
  };
  draw::Path path;
  for (std::size_t i = 0; i < values.size(); ++i)
    path.segments.push_back({i == 0 ? draw::PathSegment::Op::move : draw::PathSegment::Op::line, {at(i)}});
  path.stroke = draw::Stroke{paint, line, {}};
  box.items.push_back({std::move(path), false});
  draw::Path end = circle(at(values.size() - 1), dot);
  end.fill = paint;
  box.items.push_back({std::move(end), false});
  return area.height;
}

void BlockBuilder::facts(const model::Facts& f, BlockOutput& out, const Measure& measure) {
  if (f.items.empty()) return;
  const style::BoxStyle& bs = styles_.layout().facts_style;
  const double scale = styles_.scale();
  const double gap = bs.gap * scale, pad = bs.padding * scale;
  const double width = measure.column;

  // Number and unit on one line; the unit in its own, smaller style. `factor` sets both smaller
  // so a grid keeps its columns rather than stacking its tiles one to a row.
  auto make_figure = [&](const model::Fact& fact, double factor) {
    ResolvedParagraph number = styles_.paragraph("fact-number", fact.where);
    ResolvedParagraph unit = styles_.paragraph("fact-unit", fact.where);
    text::TextStyle number_style = number.text, unit_style = unit.text;
    number_style.no_break = true;
    number_style.size *= factor;
    unit_style.size *= factor;
    // The digits large; what the language writes after them (the compact word, the currency,
    // the percent sign) in the unit's style, like the unit: "19,2" + " млрд долл. США".
    const text::AmountParts parts = styles_.format_parts(fact.amount, fact.where);
    text::StyledText figure;
    append_literal(figure, fact.prefix + parts.lead, number_style, fact.where);
    if (!parts.trail.empty()) append_literal(figure, no_break_spaces(parts.trail), unit_style, fact.where);
    text::StyledText unit_text;
    append_text(unit_text, fact.unit, unit_style, false, styles_);
    if (!unit_text.empty()) {
      append_literal(figure, "\u00A0", unit_style, fact.where);
      for (const auto& span : unit_text.spans())
        figure.append(unit_text.utf8().substr(span.start, span.end - span.start), span.style, span.where);
    }
    return figure;
  };
  const ResolvedParagraph number_style = styles_.paragraph("fact-number", f.where);
  auto widest_at = [&](double factor) {
    double widest = 0;
    for (const auto& fact : f.items) widest = std::max(widest, measure_width(make_figure(fact, factor), number_style, 1e5));
    return widest;
  };
  auto inner_width = [&](int columns) { return (width - gap * (columns - 1)) / columns - 2 * pad; };

  // As many tiles per row as the minimum tile width allows; figures too wide for that are set
  // up to a fifth smaller before a tile gives up its place in the row.
  constexpr double smallest_factor = 0.8;
  int per_row = std::clamp(static_cast<int>((width + gap) / (bs.min_width * scale + gap)), 1,
                           static_cast<int>(f.items.size()));
  const double widest = widest_at(1.0);
  while (per_row > 1 && inner_width(per_row) < widest * smallest_factor) --per_row;
  const int rows = static_cast<int>((f.items.size() + per_row - 1) / per_row);
  // Balance the grid: 4 tiles in a 3-wide row become 2 + 2, 5 become 3 + 2.
  const int columns = static_cast<int>((f.items.size() + rows - 1) / rows);
  const double tile_width = (width - gap * (columns - 1)) / columns;
  // A hair narrower than the tile: set smaller, a figure must not reach the edge and wrap.
  const double factor = std::clamp((inner_width(columns) - 0.5) / widest, smallest_factor, 1.0);
  std::vector<text::StyledText> figures;
  for (const auto& fact : f.items) figures.push_back(make_figure(fact, factor));
  if (inner_width(columns) < widest * factor - 0.5)
    styles_.diagnostics().warning(f.where, "a key figure is wider than its tile even one to a row; shorten it or "
                                           "reduce the fact-number style");

  for (int row = 0; row < rows; ++row) {
    Box box;
    box.where = f.where;
    struct Tile {
      Box content;
      double height = 0;
    };
    std::vector<Tile> tiles;
    for (int c = 0; c < columns; ++c) {
      std::size_t i = static_cast<std::size_t>(row * columns + c);
      if (i >= f.items.size()) break;
      const model::Fact& fact = f.items[i];
      Tile tile;
      const Tag p = tag(draw::Role::p);  // a tile reads as one sentence: figure, unit, label
      double y = pad;
      // The icon above the figure, as tall as the figure's line, in its colour (a path: one
      // swatch in print, nothing in the text a reader copies).
      if (!fact.icon.empty()) {
        const double size = number_style.text.size * factor * 1.1;
        if (const text::IconFont* font = icons(fact.icon_where)) {
          if (auto icon = font->outline(fact.icon, size)) {
            draw::translate(*icon, pad, y);
            icon->fill = number_style.text.paint;
            tile.content.items.push_back({std::move(*icon), false});
            y += size + 2 * scale;
          } else {
            styles_.diagnostics().error(fact.icon_where, "no icon named \"" + fact.icon + "\" in " + text::kIconFamily +
                                                             "; the names are those of fonts.google.com/icons, such "
                                                             "as factory, groups, directions_boat, flight, landscape");
          }
        }
      }
      y += draw_lines(tile.content, typeset(figures[i], number_style, tile_width - 2 * pad), pad, y);
      if (!fact.sparkline.empty()) {
        y += 2 * scale;
        y += sparkline(tile.content, fact.sparkline, {pad, y, tile_width - 2 * pad, number_style.text.size * factor * 0.7},
                       number_style.text.paint);
      }
      y += 2 * scale;
      y += draw_text(tile.content, fact.label, "fact-label", pad, y, tile_width - 2 * pad, fact.where);
      tile.height = y + pad;
      tiles.push_back(std::move(tile));
    }
    double row_height = 0;
    for (const auto& t : tiles) row_height = std::max(row_height, t.height);
    for (std::size_t c = 0; c < tiles.size(); ++c) {
      const double x = static_cast<double>(c) * (tile_width + gap);
      if (!bs.fill.empty()) {
        draw::Path bg = draw::Path::rectangle({x, 0, tile_width, row_height});
        bg.fill = styles_.paint(bs.fill, f.where);
        box.items.push_back({std::move(bg), false});
      }
      if (!bs.rule.empty()) {
        draw::Path rule = draw::Path::rectangle({x, 0, bs.rule_width * scale, row_height});
        rule.fill = styles_.paint(bs.rule, f.where);
        box.items.push_back({std::move(rule), false});
      }
      for (auto item : tiles[c].content.items) {
        draw::translate(item, x, 0);
        box.items.push_back(std::move(item));
      }
      box.text_lines += tiles[c].content.text_lines;
    }
    box.height = row_height;
    box.keep_with_previous = row > 0;
    // Rows of one grid are a gap apart; the space after comes once, below the last row.
    if (row > 0) out.seam.space = 0;
    add_box(out, std::move(box), row == 0 ? bs.space_before * scale : gap, row + 1 == rows ? bs.space_after * scale : 0);
  }
}

}  // namespace layout
