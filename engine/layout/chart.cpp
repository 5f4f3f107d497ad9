// Charts drawn from their data: bars (vertical or horizontal, series grouped or stacked in each
// category), lines, donuts and share bars (the parts of one whole). Vector paths in the layout's swatches and text in
// the language's fonts, numbers written as the text writes them; a Figure in the digital edition
// whose alternative text, unless the content gives one, says the values series by series.
#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>

#include "layout/block_builder.hpp"
#include "layout/chart_arcs.hpp"
#include "layout/chart_labels.hpp"
#include "layout/chart_ticks.hpp"
#include "layout/inline_text.hpp"
#include "layout/set_text.hpp"
#include "util/units.hpp"

namespace layout {

namespace {

double number(const model::Amount& amount) {
  double v = 0;
  std::from_chars(amount.value.data(), amount.value.data() + amount.value.size(), v);
  return v;
}

int decimals(const model::Amount& amount) { return amount.decimals; }

// A sum of the chart's values as a decimal string with `digits` decimals, for the formatter.
std::string decimal_text(double value, int digits) {
  char buffer[64];
  if (std::fabs(value) < 1e-12) value = 0;  // no "-0"
  std::snprintf(buffer, sizeof buffer, "%.*f", digits, value);
  return buffer;
}

// Units the number formatter writes itself: a percent, an ISO 4217 currency code.
bool formatter_writes(const std::string& unit) {
  return unit == "%" || (unit.size() == 3 && std::all_of(unit.begin(), unit.end(), [](char c) { return c >= 'A' && c <= 'Z'; }));
}

// "{a} and {b}" with the fields filled in.
std::string fill(std::string pattern, const std::string& field, const std::string& value) {
  if (auto at = pattern.find(field); at != std::string::npos) pattern.replace(at, field.size(), value);
  return pattern;
}

// Draws one chart into a box, in coordinates from the box's top-left corner.
class ChartPainter {
 public:
  ChartPainter(BlockBuilder& builder, const model::Chart& chart, double width)
      : builder_(builder), styles_(builder.styles()), chart_(chart), cs_(styles_.layout().chart_style),
        scale_(styles_.scale()), width_(width) {}

  double paint(Box& box) {
    box_ = &box;
    double y = 0;
    if (!chart_.title.empty()) {
      SetText title = set(chart_.title, cs_.title_style, width_, text::Align::left);
      y += draw(title, 0, y) + 3 * scale_;
    }
    if (chart_.type == model::ChartType::share_bar) y = share_bar(y);
    else if (chart_.type == model::ChartType::donut) y = donut(y);
    else if (chart_.type == model::ChartType::line) y = line(y);
    else if (chart_.orientation == model::ChartOrientation::vertical) y = vertical_bars(y);
    else y = horizontal_bars(y);
    y = legend(y);
    if (!chart_.note.empty()) {
      y += 3 * scale_;
      y += draw(set(chart_.note, cs_.note_style, width_, text::Align::left), 0, y);
    }
    return y;
  }

 private:
  BlockBuilder& builder_;
  StyleResolver& styles_;
  const model::Chart& chart_;
  const style::ChartStyle& cs_;
  double scale_;
  double width_;
  Box* box_ = nullptr;

  const std::string& lang() const { return styles_.language().code; }

  SetText set(const model::Text& content, const std::string& style, double width, text::Align align) {
    return set_text(builder_, content, style, width, align, chart_.where);
  }
  SetText set_literal(const std::string& literal, const std::string& style, const util::SourceLocation& where) {
    return layout::set_literal(builder_, literal, style, where);
  }
  double draw(const SetText& t, double x, double y) { return builder_.draw_lines(*box_, t.paragraph, x, y); }

  draw::Paint series_paint(std::size_t series, std::size_t category) {
    const bool accent = chart_.series.size() == 1 && chart_.categories[category].accent && !cs_.accent.empty();
    const std::string& name = accent ? cs_.accent : cs_.palette[series % cs_.palette.size()];
    return styles_.paint(name, chart_.where);
  }
  void fill_rect(const draw::Rect& r, const draw::Paint& paint) {
    draw::Path path = draw::Path::rectangle(r);
    path.fill = paint;
    box_->items.push_back({std::move(path), false, builder_.current_element()});
  }
  void rule(draw::Point a, draw::Point b, const std::string& swatch, double width, double tint = 1.0) {
    if (swatch.empty()) return;
    draw::Path path = draw::Path::line(a, b);
    path.stroke = draw::Stroke{styles_.paint(swatch, chart_.where, tint), width, {}};
    box_->items.push_back({std::move(path), false, builder_.current_element()});
  }

  // The figure at a bar: its prefix and the amount without its unit, which stands over the
  // axis; a share bar has no axis, so its parts say their unit.
  std::string value_text(std::size_t series, std::size_t category) {
    const auto& s = chart_.series[series];
    model::Amount bare = s.values[category];
    bare.unit.clear();
    const bool parts = chart_.type == model::ChartType::share_bar || chart_.type == model::ChartType::donut;
    const std::string unit = chart_.unit.plain(lang());
    // A percent is the formatter's to write ("50,5%", "50,5 %"); other units follow the number.
    if (parts && unit == "%") bare.unit = "%";
    std::string text = s.prefixes[category] + styles_.format(bare, s.value_where[category]);
    if (parts && !unit.empty() && unit != "%") text += "\u00A0" + unit;
    return text;
  }

  bool stacked() const { return chart_.type == model::ChartType::stacked_bar; }

  // What the value axis must show: the values and zero (bars start there); stacked, the sums
  // of each category's positive and of its negative values.
  std::pair<double, double> extent() const {
    double low = 0, high = 0;
    for (std::size_t c = 0; c < chart_.categories.size(); ++c) {
      double up = 0, down = 0;
      for (const auto& s : chart_.series) {
        const double v = number(s.values[c]);
        if (stacked()) (v >= 0 ? up : down) += v;
        else low = std::min(low, v), high = std::max(high, v);
      }
      low = std::min(low, down), high = std::max(high, up);
    }
    return {low, high};
  }

  // Where each bar runs on the value axis, [from, to]: from zero, or stacked on the bars of
  // the series before it (positive values upwards, negative ones downwards).
  struct Span {
    double from = 0, to = 0;
  };
  std::vector<std::vector<Span>> spans() const {
    std::vector<std::vector<Span>> out(chart_.series.size(), std::vector<Span>(chart_.categories.size()));
    for (std::size_t c = 0; c < chart_.categories.size(); ++c) {
      double up = 0, down = 0;
      for (std::size_t s = 0; s < chart_.series.size(); ++s) {
        const double v = number(chart_.series[s].values[c]);
        if (!stacked()) out[s][c] = {0, v};
        else if (v >= 0) out[s][c] = {up, up + v}, up += v;
        else out[s][c] = {down, down + v}, down += v;
      }
    }
    return out;
  }

  // A stacked bar's total, written at its end, with the most decimals of its parts.
  std::string total_text(std::size_t category) {
    double sum = 0;
    int digits = 0;
    for (const auto& s : chart_.series) sum += number(s.values[category]), digits = std::max(digits, decimals(s.values[category]));
    const auto& where = chart_.series.front().value_where[category];
    return styles_.format({decimal_text(sum, digits), digits, {}, false, {}}, where);
  }

  std::vector<SetText> tick_labels(const Ticks& ticks) {
    std::vector<SetText> out;
    for (std::size_t i = 0; i < ticks.values.size(); ++i)
      out.push_back(set_literal(styles_.format({ticks.decimal(i), ticks.decimals, {}, false, {}}, chart_.where),
                                cs_.label_style, chart_.where));
    return out;
  }

  struct ValueLabel {
    SetText text;
    LabelRequest request;
    std::size_t series = 0, category = 0;
  };

  // The head of a plot with a value axis on its left (vertical bars, lines): the tick labels,
  // where the plot starts right of the widest, and the unit above it (drawn; `y` moves below it).
  struct ValueAxisHead {
    std::vector<SetText> tick_text;
    double plot_left = 0;
    draw::Rect unit_rect;
  };
  ValueAxisHead value_axis_head(const Ticks& ticks, double& y) {
    ValueAxisHead head{tick_labels(ticks), 0, {}};
    double tick_width = 0;
    for (const auto& t : head.tick_text) tick_width = std::max(tick_width, t.width);
    head.plot_left = tick_width + 4 * scale_;
    if (!chart_.unit.empty()) {
      SetText unit = set(chart_.unit, cs_.label_style, width_ / 2, text::Align::left);
      head.unit_rect = {0, y, unit.width, unit.height};
      y += draw(unit, 0, y) + 1 * scale_;
    }
    return head;
  }

  // The end of a plot with categories along its foot (vertical bars, lines): the value labels
  // placed clear of the marks (and the unit), then each category's name under its slot. `plot`
  // runs from the chart's top to the plot's foot; returns the bottom of the names.
  double finish_category_plot(std::vector<ValueLabel>& labels, std::vector<draw::Rect> obstacles,
                              const draw::Rect& unit_rect, const draw::Rect& plot, double foot_room, double slot) {
    if (!unit_rect.empty()) obstacles.push_back(unit_rect);
    draw_value_labels(labels, {plot.x - 2 * scale_, plot.y, plot.width + 4 * scale_, plot.height + foot_room}, obstacles);
    double label_height = 0;
    const double label_top = plot.y + plot.height + foot_room + 3 * scale_;
    for (std::size_t c = 0; c < chart_.categories.size(); ++c) {
      SetText label = set(chart_.categories[c].label, cs_.label_style, slot - 2 * scale_, text::Align::center);
      label_height = std::max(label_height, draw(label, plot.x + slot * static_cast<double>(c) + scale_, label_top));
    }
    return label_top + label_height;
  }

  // Places the value labels, draws those that found room, and warns about the others.
  void draw_value_labels(std::vector<ValueLabel>& labels, const draw::Rect& bounds,
                         const std::vector<draw::Rect>& obstacles) {
    std::vector<LabelRequest> requests;
    for (const auto& l : labels) requests.push_back(l.request);
    const LabelPlacement placed = place_labels(requests, bounds, obstacles, 1.5 * scale_);
    for (std::size_t i = 0; i < labels.size(); ++i) {
      const int chosen = placed.chosen[i];
      const auto& l = labels[i];
      if (chosen >= 0) {
        const draw::Rect& r = l.request.places[static_cast<std::size_t>(chosen)];
        draw(l.text, r.x, r.y);
        continue;
      }
      const auto& series = chart_.series[l.series];
      styles_.diagnostics().warning(
          series.value_where[l.category],
          "the value " + series.values[l.category].value + " of \"" + chart_.categories[l.category].label.plain(lang()) +
              "\" (" + lang() + ") has no room beside its bar without covering another label, and is left out; "
              "widen the chart (width=\"page\"), use fewer series, or orientation=\"horizontal\"");
    }
  }

  double vertical_bars(double y) {
    const auto [low, high] = extent();
    const Ticks ticks = nice_ticks(low, high, cs_.max_intervals);
    const double chart_top = y;
    auto [tick_text, plot_left, unit_rect] = value_axis_head(ticks, y);
    const double plot_right = width_;
    const double value_height = set_literal("0", cs_.value_style, chart_.where).height;
    const double plot_top = y + value_height + 2 * scale_;
    const double plot_height = cs_.plot_height * scale_;
    const double plot_bottom = plot_top + plot_height;
    // Below a negative bar its label needs the room above a positive one has.
    const double foot_room = low < 0 ? value_height + 2 * scale_ : 0;
    auto Y = [&](double v) { return plot_bottom - (v - ticks.first) / (ticks.last - ticks.first) * plot_height; };

    for (std::size_t i = 0; i < ticks.values.size(); ++i) {
      const double ty = Y(ticks.values[i]);
      if (ticks.values[i] != 0) rule({plot_left, ty}, {plot_right, ty}, cs_.grid, cs_.grid_width, cs_.grid_tint);
      draw(tick_text[i], plot_left - 4 * scale_ - tick_text[i].width, ty - tick_text[i].height / 2);
    }

    const std::size_t categories = chart_.categories.size(), series = chart_.series.size();
    const double slot = (plot_right - plot_left) / static_cast<double>(categories);
    const double group = slot * cs_.bar_fill;
    const double bar = stacked() ? group : group / static_cast<double>(series);
    const double between = series > 1 && !stacked() ? std::min(1.0 * scale_, bar * 0.1) : 0;  // a hairline of paper
    const auto span = spans();
    std::vector<draw::Rect> bars;
    std::vector<ValueLabel> labels;
    // A label centred over (or under) the bar `r`, but inside the plot's width: a label wider
    // than a narrow bar at the edge moves in rather than out.
    auto label_at = [&](ValueLabel label, const draw::Rect& r, bool up) {
      const double w = label.text.width, h = label.text.height;
      const double x_label = std::clamp(r.x + r.width / 2 - w / 2, plot_left - 2 * scale_, plot_right + 2 * scale_ - w);
      const double lift = h + 0.5 * scale_;
      const double first = up ? r.y - 1.5 * scale_ - h : r.bottom() + 1.5 * scale_;
      label.request.places = {{x_label, first, w, h}, {x_label, up ? first - lift : first + lift, w, h}};
      labels.push_back(std::move(label));
    };
    for (std::size_t c = 0; c < categories; ++c) {
      draw::Rect stack;
      for (std::size_t s = 0; s < series; ++s) {
        const auto [from, to] = span[s][c];
        const double x = plot_left + slot * static_cast<double>(c) + (slot - group) / 2 + (stacked() ? 0 : bar * static_cast<double>(s));
        const draw::Rect r{x + between / 2, Y(std::max(from, to)), bar - between, Y(std::min(from, to)) - Y(std::max(from, to))};
        fill_rect(r, series_paint(s, c));
        bars.push_back(r);
        stack = stack.united(r);
        if (!stacked())
          label_at({set_literal(value_text(s, c), cs_.value_style, chart_.series[s].value_where[c]), {}, s, c}, r,
                   number(chart_.series[s].values[c]) >= 0);
      }
      // A stack says its total; its parts are told apart by the legend, and their values are
      // in the alternative text (figures inside the parts would knock out of the swatches).
      if (stacked())
        label_at({set_literal(total_text(c), cs_.value_style, chart_.series.front().value_where[c]), {}, 0, c}, stack, true);
    }
    rule({plot_left, Y(0)}, {plot_right, Y(0)}, cs_.axis, cs_.axis_width);
    return finish_category_plot(labels, bars, unit_rect, {plot_left, chart_top, plot_right - plot_left, plot_bottom - chart_top},
                                foot_room, slot);
  }

  double horizontal_bars(double y) {
    const auto [low, high] = extent();
    const Ticks ticks = nice_ticks(low, high, cs_.max_intervals);
    const std::size_t categories = chart_.categories.size(), series = chart_.series.size();

    double label_width = 0;
    for (const auto& c : chart_.categories)
      label_width = std::max(label_width, set(c.label, cs_.label_style, 1e5, text::Align::left).width);
    label_width = std::min(label_width + 1, width_ * 0.35);
    std::vector<std::vector<SetText>> values(series);
    double value_width = 0;
    for (std::size_t s = 0; s < series; ++s)
      for (std::size_t c = 0; c < categories; ++c) {
        const auto& where = chart_.series[s].value_where[c];
        values[s].push_back(set_literal(stacked() ? total_text(c) : value_text(s, c), cs_.value_style, where));
        value_width = std::max(value_width, values[s].back().width);
      }
    const double pad = 2 * scale_;
    const double plot_left = label_width + 4 * scale_ + (low < 0 ? value_width + pad : 0);
    const double plot_right = width_ - value_width - pad;
    auto X = [&](double v) { return plot_left + (v - ticks.first) / (ticks.last - ticks.first) * (plot_right - plot_left); };

    const double chart_top = y;
    if (!chart_.unit.empty()) {
      SetText unit = set(chart_.unit, cs_.label_style, width_ / 2, text::Align::left);
      y += draw(unit, std::max(0.0, plot_right - unit.width), y) + 2 * scale_;
    }
    const double thickness = cs_.bar_thickness * scale_;
    const double group = stacked() ? thickness : thickness * static_cast<double>(series);
    const auto span = spans();
    std::vector<SetText> names;
    double row = group + thickness * 0.8;
    for (const auto& c : chart_.categories) {
      names.push_back(set(c.label, cs_.label_style, label_width, text::Align::left));
      row = std::max(row, names.back().height + thickness * 0.4);
    }
    const double plot_top = y, plot_bottom = y + row * static_cast<double>(categories);

    std::vector<SetText> tick_text = tick_labels(ticks);
    for (std::size_t i = 0; i < ticks.values.size(); ++i) {
      const double tx = X(ticks.values[i]);
      if (ticks.values[i] != 0) rule({tx, plot_top}, {tx, plot_bottom}, cs_.grid, cs_.grid_width, cs_.grid_tint);
      draw(tick_text[i], tx - tick_text[i].width / 2, plot_bottom + 2 * scale_);
    }
    std::vector<draw::Rect> bars;
    std::vector<ValueLabel> labels;
    for (std::size_t c = 0; c < categories; ++c) {
      const double row_top = plot_top + row * static_cast<double>(c);
      draw(names[c], 0, row_top + (row - names[c].height) / 2);
      draw::Rect stack;
      for (std::size_t s = 0; s < series; ++s) {
        const auto [from, to] = span[s][c];
        const double by = row_top + (row - group) / 2 + (stacked() ? 0 : thickness * static_cast<double>(s));
        const double between = series > 1 && !stacked() ? std::min(1.0 * scale_, thickness * 0.1) : 0;
        const draw::Rect r{X(std::min(from, to)), by + between / 2, X(std::max(from, to)) - X(std::min(from, to)),
                           thickness - between};
        fill_rect(r, series_paint(s, c));
        bars.push_back(r);
        stack = stack.united(r);
        if (stacked() && s + 1 < series) continue;  // a stack's total, after its last part
        const draw::Rect& end = stacked() ? stack : r;
        const bool forward = stacked() ? span[s][c].to >= 0 || stack.right() > X(0) + 0.01 : to >= 0;
        ValueLabel label{values[s][c], {}, s, c};
        const double w = label.text.width, h = label.text.height, cy = end.y + end.height / 2;
        label.request.places = {{forward ? end.right() + pad : end.x - pad - w, cy - h / 2, w, h}};
        labels.push_back(std::move(label));
      }
    }
    rule({X(0), plot_top}, {X(0), plot_bottom}, cs_.axis, cs_.axis_width);
    draw_value_labels(labels, {0, chart_top, width_, plot_bottom - chart_top}, bars);
    return plot_bottom + 2 * scale_ + (tick_text.empty() ? 0 : tick_text.front().height);
  }

  // A line per series through the categories' middles, a dot at each value and the value
  // over it (or under it, when another label is there). The value axis covers the data, not
  // necessarily zero: a line shows change.
  double line(double y) {
    double low = number(chart_.series.front().values.front()), high = low;
    for (const auto& s : chart_.series)
      for (const auto& v : s.values) low = std::min(low, number(v)), high = std::max(high, number(v));
    const Ticks ticks = nice_ticks(low, high, cs_.max_intervals);
    const double chart_top = y;
    auto [tick_text, plot_left, unit_rect] = value_axis_head(ticks, y);
    const double plot_right = width_;
    const double dot = 2.2 * scale_;
    const double value_height = set_literal("0", cs_.value_style, chart_.where).height;
    const double plot_top = y + value_height + dot + 2 * scale_;  // room for a label over the highest point
    const double plot_height = cs_.plot_height * scale_;
    const double plot_bottom = plot_top + plot_height;
    const double foot_room = value_height + dot + 2 * scale_;  // and under the lowest
    auto Y = [&](double v) { return plot_bottom - (v - ticks.first) / (ticks.last - ticks.first) * plot_height; };
    for (std::size_t i = 0; i < ticks.values.size(); ++i) {
      const double ty = Y(ticks.values[i]);
      const bool base = i == 0 || ticks.values[i] == 0;
      if (base) rule({plot_left, ty}, {plot_right, ty}, cs_.axis, cs_.axis_width);
      else rule({plot_left, ty}, {plot_right, ty}, cs_.grid, cs_.grid_width, cs_.grid_tint);
      draw(tick_text[i], plot_left - 4 * scale_ - tick_text[i].width, ty - tick_text[i].height / 2);
    }
    const std::size_t categories = chart_.categories.size();
    const double slot = (plot_right - plot_left) / static_cast<double>(categories);
    auto X = [&](std::size_t c) { return plot_left + slot * (static_cast<double>(c) + 0.5); };
    std::vector<draw::Rect> dots;
    std::vector<ValueLabel> labels;
    // Every segment of every line, each label's places are tested against (with the line's
    // half width and a little air round the label).
    std::vector<std::pair<draw::Point, draw::Point>> segments;
    for (const auto& series : chart_.series)
      for (std::size_t c = 1; c < categories; ++c)
        segments.push_back({{X(c - 1), Y(number(series.values[c - 1]))}, {X(c), Y(number(series.values[c]))}});
    const double clearance = 0.8 * scale_ + 0.8 * scale_;  // half the 1.6 pt line, and air
    auto on_a_line = [&](const draw::Rect& place) {
      const draw::Rect padded = place.outset(clearance);
      return std::any_of(segments.begin(), segments.end(), [&](const auto& s) { return crosses(padded, s.first, s.second); });
    };
    for (std::size_t s = 0; s < chart_.series.size(); ++s) {
      draw::Path path;
      for (std::size_t c = 0; c < categories; ++c)
        path.segments.push_back({c == 0 ? draw::PathSegment::Op::move : draw::PathSegment::Op::line,
                                 {{X(c), Y(number(chart_.series[s].values[c]))}}});
      const draw::Paint paint = styles_.paint(cs_.palette[s % cs_.palette.size()], chart_.where);
      path.stroke = draw::Stroke{paint, 1.6 * scale_, {}};
      box_->items.push_back({std::move(path), false, builder_.current_element()});
      for (std::size_t c = 0; c < categories; ++c) {
        const draw::Point p{X(c), Y(number(chart_.series[s].values[c]))};
        draw::Path marker = ring_sector(p, dot, 0, 0, 360);
        marker.fill = paint;
        box_->items.push_back({std::move(marker), false, builder_.current_element()});
        const draw::Rect at{p.x - dot, p.y - dot, 2 * dot, 2 * dot};
        dots.push_back(at);
        ValueLabel label{set_literal(value_text(s, c), cs_.value_style, chart_.series[s].value_where[c]), {}, s, c};
        const double w = label.text.width, h = label.text.height;
        const double x = std::clamp(p.x - w / 2, plot_left - 2 * scale_, plot_right + 2 * scale_ - w);
        const draw::Rect above{x, at.y - 1.5 * scale_ - h, w, h}, below{x, at.bottom() + 1.5 * scale_, w, h};
        // A label goes on the open side of its point: under a trough, over a peak. On a slope the
        // line rises on one side and a label centred over the point would sit on it: the label
        // then moves off the point away from the rising side (over it) or the falling side
        // (under it), and further up or down, and no place the line runs through is taken.
        const auto& values = chart_.series[s].values;
        const double v = number(values[c]);
        const double before = c > 0 ? number(values[c - 1]) : v, after = c + 1 < categories ? number(values[c + 1]) : v;
        const bool trough = categories > 1 && v <= before && v <= after;
        const double rises = (after - v) - (before - v);  // > 0: the line climbs more to the right
        const double away = rises > 0 ? -1 : 1;         // over the point, move left when it climbs right
        auto shifted = [&](const draw::Rect& r, double dx, double dy) {
          return draw::Rect{std::clamp(r.x + dx, plot_left - 2 * scale_, plot_right + 2 * scale_ - w), r.y + dy, w, h};
        };
        std::vector<draw::Rect> upward{above, shifted(above, away * w / 2, 0), shifted(above, away * w / 2, -h / 2),
                                       shifted(above, 0, -h), shifted(above, away * w / 2, -h)};
        std::vector<draw::Rect> downward{below, shifted(below, -away * w / 2, 0), shifted(below, -away * w / 2, h / 2),
                                         shifted(below, 0, h), shifted(below, -away * w / 2, h)};
        std::vector<draw::Rect> places = trough ? downward : upward;
        places.insert(places.end(), (trough ? upward : downward).begin(), (trough ? upward : downward).end());
        std::erase_if(places, on_a_line);  // none left: the label is dropped with a warning
        label.request.places = std::move(places);
        labels.push_back(std::move(label));
      }
    }
    return finish_category_plot(labels, dots, unit_rect, {plot_left, chart_top, plot_right - plot_left, plot_bottom - chart_top},
                                foot_room, slot);
  }

  // A ring cut into the parts of its one series, clockwise from twelve o'clock in the palette's
  // order, and beside it a key: each part's swatch, name and value. The key's rows cannot
  // collide, so every part is named, however thin.
  double donut(double y) {
    const auto& series = chart_.series.front();
    double total = 0;
    for (const auto& v : series.values) total += number(v);
    if (total <= 0) {
      styles_.diagnostics().error(series.where, "a donut's parts add up to nothing; give it positive values");
      return y;
    }
    const double diameter = std::min(cs_.plot_height * scale_, width_ * 0.45);
    const double outer = diameter / 2, inner = outer * 0.55;
    const draw::Point centre{outer, y + outer};
    double angle = 0;
    for (std::size_t c = 0; c < series.values.size(); ++c) {
      const double sweep = 360.0 * number(series.values[c]) / total;
      if (sweep > 0) {
        draw::Path part = ring_sector(centre, outer, inner, angle, angle + sweep);
        part.fill = series_paint(c, c);
        box_->items.push_back({std::move(part), false, builder_.current_element()});
      }
      angle += sweep;
    }
    const double key_left = diameter + 8 * scale_, key_width = width_ - key_left;
    struct Row {
      SetText name, value;
      double height = 0;
    };
    std::vector<Row> rows;
    double value_width = 0, rows_height = 0;
    for (std::size_t c = 0; c < series.values.size(); ++c) {
      Row row;
      row.value = set_literal(value_text(0, c), cs_.value_style, series.value_where[c]);
      value_width = std::max(value_width, row.value.width);
      rows.push_back(std::move(row));
    }
    const double swatch = 7 * scale_, gap = 3 * scale_;
    const double name_width = std::max(20.0, key_width - swatch - gap - value_width - gap);
    for (std::size_t c = 0; c < rows.size(); ++c) {
      rows[c].name = set(chart_.categories[c].label, cs_.label_style, name_width, text::Align::left);
      rows[c].height = std::max({rows[c].name.height, rows[c].value.height, swatch}) + 2 * scale_;
      rows_height += rows[c].height;
    }
    double row_y = y + std::max(0.0, (diameter - rows_height) / 2);
    for (std::size_t c = 0; c < rows.size(); ++c) {
      const auto& row = rows[c];
      const double baseline = row.name.paragraph.lines.empty() ? swatch : row.name.paragraph.lines.front().ascent;
      fill_rect({key_left, row_y + baseline - swatch * 0.85, swatch, swatch}, series_paint(c, c));
      draw(row.name, key_left + swatch + gap, row_y);
      draw(row.value, width_ - row.value.width, row_y + (row.name.paragraph.lines.empty() ? 0 : baseline - row.value.paragraph.lines.front().ascent));
      row_y += row.height;
    }
    return std::max(y + diameter, row_y);
  }

  // One bar, its parts in the palette's order, each named with its value above or below it.
  double share_bar(double y) {
    const auto& series = chart_.series.front();
    double total = 0;
    for (const auto& v : series.values) total += number(v);
    if (total <= 0) {
      styles_.diagnostics().error(series.where, "a share bar's parts add up to nothing; give it positive values");
      return y;
    }
    struct Part {
      SetText name, value;
      double width = 0, height = 0;
    };
    std::vector<Part> parts;
    double label_height = 0;
    for (std::size_t c = 0; c < chart_.categories.size(); ++c) {
      Part p{set(chart_.categories[c].label, cs_.label_style, width_ / 2, text::Align::left),
             set_literal(value_text(0, c), cs_.value_style, series.value_where[c])};
      p.width = std::max(p.name.width, p.value.width);
      p.height = p.name.height + p.value.height;
      label_height = std::max(label_height, p.height);
      parts.push_back(std::move(p));
    }
    const double pad = 2 * scale_;
    const double bar_top = y + label_height + pad, thickness = cs_.bar_thickness * 1.6 * scale_;
    const double gap = 1 * scale_;
    const double usable = width_ - gap * static_cast<double>(parts.size() - 1);
    std::vector<ValueLabel> labels;
    std::vector<draw::Rect> bars;
    double x = 0;
    for (std::size_t c = 0; c < parts.size(); ++c) {
      const double w = usable * number(series.values[c]) / total;
      const draw::Rect r{x, bar_top, w, thickness};
      fill_rect(r, series_paint(c, c));
      bars.push_back(r);
      const double lw = parts[c].width, lh = parts[c].height;
      const double lx = std::clamp(x + w / 2 - lw / 2, 0.0, width_ - lw);
      ValueLabel label{{}, {}, 0, c};
      label.request.places = {{lx, bar_top - pad - lh, lw, lh}, {lx, bar_top + thickness + pad, lw, lh}};
      labels.push_back(std::move(label));
      x += w + gap;
    }
    // The largest parts choose first.
    std::vector<std::size_t> order(parts.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return number(series.values[a]) > number(series.values[b]); });
    std::vector<LabelRequest> requests;
    for (std::size_t i : order) requests.push_back(labels[i].request);
    const double bottom = bar_top + thickness + pad + label_height;
    const LabelPlacement placed = place_labels(requests, {0, y, width_, bottom - y}, bars, 3 * scale_);
    bool below = false;
    for (std::size_t k = 0; k < order.size(); ++k) {
      const std::size_t c = order[k];
      if (placed.chosen[k] < 0) {
        styles_.diagnostics().warning(series.value_where[c],
                                      "the part \"" + chart_.categories[c].label.plain(lang()) + "\" (" + lang() +
                                          ") of the share bar has no room for its label, and is left unnamed; "
                                          "shorten the category labels or merge small parts");
        continue;
      }
      const draw::Rect& r = labels[c].request.places[static_cast<std::size_t>(placed.chosen[k])];
      below = below || placed.chosen[k] == 1;
      draw(parts[c].name, r.x + (r.width - parts[c].name.width) / 2, r.y);
      draw(parts[c].value, r.x + (r.width - parts[c].value.width) / 2, r.y + parts[c].name.height);
    }
    return below ? bottom : bar_top + thickness;
  }

  // Several series: a swatch and the name of each, in rows as wide as the chart.
  double legend(double y) {
    if (chart_.series.size() < 2 || chart_.type == model::ChartType::share_bar || chart_.type == model::ChartType::donut)
      return y;
    y += 4 * scale_;
    double x = 0, row_height = 0;
    for (std::size_t s = 0; s < chart_.series.size(); ++s) {
      SetText name = set(chart_.series[s].name, cs_.label_style, width_ * 0.8, text::Align::left);
      const double key = name.paragraph.lines.empty() ? 6 : name.paragraph.lines.front().ascent * 0.7;
      const double needed = key + 3 * scale_ + name.width;
      if (x > 0 && x + needed > width_) x = 0, y += row_height + 2 * scale_, row_height = 0;
      const double baseline = name.paragraph.lines.empty() ? 0 : name.paragraph.lines.front().ascent;
      fill_rect({x, y + baseline - key, key, key}, series_paint(s, 0));
      draw(name, x + key + 3 * scale_, y);
      row_height = std::max(row_height, name.height);
      x += needed + 8 * scale_;
    }
    return y + row_height;
  }

 public:
  // A sentence per series: "GRDP growth: 2021 6,05%; …".
  std::string alternative_text() {
    const style::LanguageSettings& language = styles_.language();
    std::string out;
    const std::string title = chart_.title.plain(lang());
    for (const auto& series : chart_.series) {
      std::string values;
      for (std::size_t c = 0; c < series.values.size() && c < chart_.categories.size(); ++c) {
        model::Amount amount = series.values[c];
        const std::string unit = chart_.unit.plain(lang());
        // The formatter writes a percent or a currency the language's way; any other unit (ha,
        // km², or one the amount lacks, as a CSV's do) follows the number from the chart's <unit>.
        if (amount.unit.empty() && unit == "%") amount.unit = "%";
        std::string value = series.prefixes[c] + styles_.format(amount, series.value_where[c]);
        if (!formatter_writes(amount.unit) && !unit.empty()) value += " " + unit;
        if (c > 0) values += language.chart_separator;
        values += fill(fill(language.chart_value, "{category}", chart_.categories[c].label.plain(lang())), "{value}", value);
      }
      std::string name = series.name.plain(lang());
      if (name.empty()) name = title;
      if (!out.empty()) out += " ";
      out += name.empty() ? values : fill(fill(language.chart_series, "{series}", name), "{values}", values);
    }
    if (!title.empty() && chart_.series.size() > 1) out = title + ". " + out;
    return out;
  }
};

}  // namespace

void BlockBuilder::chart(const model::Chart& c, BlockOutput& out, const Measure& measure) {
  ++figure_count_;
  if (c.categories.empty() || c.series.empty()) return;
  for (const auto& s : c.series)
    if (s.values.size() != c.categories.size()) return;  // reported by the reader
  const double width = drawn_width(c.width, measure);
  Box box = drawn_box(width, measure, c.id, c.where);
  ChartPainter painter(*this, c, width);
  // Everything the chart draws, its words included, belongs to one Figure.
  const draw::ElementId figure = figure_element(c.alt, c.alt.empty() ? painter.alternative_text() : "", c.where);
  const draw::ElementId outer = element_;
  element_ = figure;
  const double height = painter.paint(box);
  element_ = outer;

  add_captioned_figure(out, std::move(box), height, width, c.caption, c.where);
}

double BlockBuilder::drawn_width(const model::Extent& width, const Measure& measure) const {
  switch (width.kind) {
    case model::Extent::Kind::page: return measure.full;
    case model::Extent::Kind::length: return std::min(width.points, measure.full);
    case model::Extent::Kind::column: break;
  }
  return measure.column;
}

Box BlockBuilder::drawn_box(double width, const Measure& measure, const std::string& id, const util::SourceLocation& where) {
  Box box;
  box.where = where;
  box.spans_columns = width > measure.column + 0.5;
  box.floats = !box.spans_columns;
  if (!id.empty()) box.anchors.push_back({id, 0});
  return box;
}

void BlockBuilder::add_captioned_figure(BlockOutput& out, Box box, double height, double width,
                                        const model::Text& caption_text, const util::SourceLocation& where) {
  ResolvedParagraph caption = styles_.paragraph("caption", where);
  const std::string label = caption_label(styles_.language().figure_label, figure_count_, !caption_text.empty());
  if (caption_text.empty() && label.empty()) {  // no number, no words: no caption
    box.height = height;
    add_box(out, std::move(box), caption.space_before + 4 * styles_.scale(), caption.space_after);
    return;
  }
  const double caption_y = height + caption.space_before;
  const Tag caption_tag = tag(draw::Role::caption);
  const double caption_height = draw_text(box, caption_text, "caption", 0, caption_y, width, where, label);
  box.height = caption_y + caption_height;
  add_box(out, std::move(box), caption.space_before + 4 * styles_.scale(), caption.space_after);
}

std::string BlockBuilder::caption_label(const std::string& pattern, int number, bool followed_by_text) {
  if (!styles_.layout().captions_numbered) return {};
  const std::string label = fill_number(pattern, number);
  return followed_by_text ? label + styles_.language().caption_separator : label;
}

}  // namespace layout
