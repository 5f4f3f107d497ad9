// Charts drawn from their data: bars (vertical or horizontal, series grouped in each category)
// and share bars (one bar cut into its parts). Vector paths in the layout's swatches and text in
// the language's fonts, numbers written as the text writes them; a Figure in the digital edition
// whose alternative text, unless the content gives one, says the values series by series.
#include <algorithm>
#include <charconv>
#include <cmath>

#include "layout/block_builder.hpp"
#include "layout/chart_labels.hpp"
#include "layout/chart_ticks.hpp"
#include "layout/inline_text.hpp"
#include "util/units.hpp"

namespace layout {

namespace {

double number(const model::Amount& amount) {
  double v = 0;
  std::from_chars(amount.value.data(), amount.value.data() + amount.value.size(), v);
  return v;
}

// "{a} and {b}" with the fields filled in.
std::string fill(std::string pattern, const std::string& field, const std::string& value) {
  if (auto at = pattern.find(field); at != std::string::npos) pattern.replace(at, field.size(), value);
  return pattern;
}

// A piece of text set for the chart: its lines and extent.
struct SetText {
  text::Paragraph paragraph;
  double width = 0, height = 0;
};

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

  SetText set(const text::StyledText& styled, const std::string& style, double width, text::Align align) {
    ResolvedParagraph rp = styles_.paragraph(style, chart_.where);
    rp.format.align = align;
    rp.format.no_runt = false;
    SetText out;
    out.paragraph = builder_.typeset(styled, rp, width);
    out.width = out.paragraph.natural_width();
    out.height = out.paragraph.height();
    return out;
  }
  SetText set(const model::Text& content, const std::string& style, double width, text::Align align) {
    ResolvedParagraph rp = styles_.paragraph(style, chart_.where);
    text::StyledText styled;
    append_text(styled, content, rp.text, false, styles_);
    return set(styled, style, width, align);
  }
  // A number or other literal, on one line.
  SetText set_literal(const std::string& literal, const std::string& style, const util::SourceLocation& where) {
    ResolvedParagraph rp = styles_.paragraph(style, where);
    text::TextStyle unbroken = rp.text;
    unbroken.no_break = true;
    text::StyledText styled;
    append_literal(styled, literal, unbroken, where);
    return set(styled, style, 1e5, text::Align::left);
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
    std::string text = s.prefixes[category] + styles_.format(bare, s.value_where[category]);
    if (chart_.type == model::ChartType::share_bar && !chart_.unit.empty())
      text += "\u00A0" + chart_.unit.plain(lang());
    return text;
  }

  std::pair<double, double> extent() const {
    double low = 0, high = 0;  // bars start at zero
    for (const auto& s : chart_.series)
      for (const auto& v : s.values) low = std::min(low, number(v)), high = std::max(high, number(v));
    return {low, high};
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
    std::vector<SetText> tick_text = tick_labels(ticks);
    double tick_width = 0;
    for (const auto& t : tick_text) tick_width = std::max(tick_width, t.width);
    const double plot_left = tick_width + 4 * scale_, plot_right = width_;
    const double chart_top = y;

    draw::Rect unit_rect;
    if (!chart_.unit.empty()) {
      SetText unit = set(chart_.unit, cs_.label_style, width_ / 2, text::Align::left);
      unit_rect = {0, y, unit.width, unit.height};
      y += draw(unit, 0, y) + 1 * scale_;
    }
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
    const double group = slot * cs_.bar_fill, bar = group / static_cast<double>(series);
    const double between = series > 1 ? std::min(1.0 * scale_, bar * 0.1) : 0;  // a hairline of paper
    std::vector<draw::Rect> bars;
    std::vector<ValueLabel> labels;
    for (std::size_t c = 0; c < categories; ++c) {
      for (std::size_t s = 0; s < series; ++s) {
        const auto& amount = chart_.series[s].values[c];
        const double v = number(amount);
        const double x = plot_left + slot * static_cast<double>(c) + (slot - group) / 2 + bar * static_cast<double>(s);
        const draw::Rect r{x + between / 2, Y(std::max(v, 0.0)), bar - between, Y(std::min(v, 0.0)) - Y(std::max(v, 0.0))};
        fill_rect(r, series_paint(s, c));
        bars.push_back(r);
        ValueLabel label{set_literal(value_text(s, c), cs_.value_style, chart_.series[s].value_where[c]), {}, s, c};
        const double w = label.text.width, h = label.text.height;
        // Centred over its bar, but inside the plot's width: a label wider than a narrow bar
        // at the edge moves in rather than out.
        const double x_label = std::clamp(r.x + r.width / 2 - w / 2, plot_left - 2 * scale_, plot_right + 2 * scale_ - w);
        const double lift = h + 0.5 * scale_;
        const double first = v >= 0 ? r.y - 1.5 * scale_ - h : r.bottom() + 1.5 * scale_;
        label.request.places = {{x_label, first, w, h}, {x_label, v >= 0 ? first - lift : first + lift, w, h}};
        labels.push_back(std::move(label));
      }
    }
    rule({plot_left, Y(0)}, {plot_right, Y(0)}, cs_.axis, cs_.axis_width);
    std::vector<draw::Rect> obstacles = bars;
    if (!unit_rect.empty()) obstacles.push_back(unit_rect);
    draw_value_labels(labels,
                      {plot_left - 2 * scale_, chart_top, plot_right - plot_left + 4 * scale_, plot_bottom + foot_room - chart_top},
                      obstacles);

    double label_height = 0;
    const double label_top = plot_bottom + foot_room + 3 * scale_;
    for (std::size_t c = 0; c < categories; ++c) {
      SetText label = set(chart_.categories[c].label, cs_.label_style, slot - 2 * scale_, text::Align::center);
      label_height = std::max(label_height, draw(label, plot_left + slot * static_cast<double>(c) + scale_, label_top));
    }
    return label_top + label_height;
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
        values[s].push_back(set_literal(value_text(s, c), cs_.value_style, where));
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
    const double group = thickness * static_cast<double>(series);
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
      for (std::size_t s = 0; s < series; ++s) {
        const double v = number(chart_.series[s].values[c]);
        const double by = row_top + (row - group) / 2 + thickness * static_cast<double>(s);
        const double between = series > 1 ? std::min(1.0 * scale_, thickness * 0.1) : 0;
        const draw::Rect r{X(std::min(v, 0.0)), by + between / 2, X(std::max(v, 0.0)) - X(std::min(v, 0.0)),
                           thickness - between};
        fill_rect(r, series_paint(s, c));
        bars.push_back(r);
        ValueLabel label{values[s][c], {}, s, c};
        const double w = label.text.width, h = label.text.height, cy = r.y + r.height / 2;
        label.request.places = {{v >= 0 ? r.right() + pad : r.x - pad - w, cy - h / 2, w, h}};
        labels.push_back(std::move(label));
      }
    }
    rule({X(0), plot_top}, {X(0), plot_bottom}, cs_.axis, cs_.axis_width);
    draw_value_labels(labels, {0, chart_top, width_, plot_bottom - chart_top}, bars);
    return plot_bottom + 2 * scale_ + (tick_text.empty() ? 0 : tick_text.front().height);
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
    if (chart_.series.size() < 2 || chart_.type == model::ChartType::share_bar) return y;
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
        std::string value = series.prefixes[c] + styles_.format(series.values[c], series.value_where[c]);
        const std::string unit = chart_.unit.plain(lang());
        if (series.values[c].unit.empty() && !unit.empty()) value += " " + unit;
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

void BlockBuilder::chart(const model::Chart& c, Galley& galley, const Measure& measure) {
  ++figure_count_;
  if (c.categories.empty() || c.series.empty()) return;
  for (const auto& s : c.series)
    if (s.values.size() != c.categories.size()) return;  // reported by the reader
  bool spans = false;
  double width = measure.column;
  if (c.width == "page") {
    spans = measure.full > measure.column + 0.5;
    width = measure.full;
  } else if (c.width != "column") {
    if (auto w = util::parse_length(c.width)) width = std::min(*w, measure.full), spans = width > measure.column + 0.5;
  }

  Box box;
  box.where = c.where;
  box.spans_columns = spans;
  box.floats = !spans;
  if (!c.id.empty()) box.anchors.push_back({c.id, 0});
  ChartPainter painter(*this, c, width);
  model::Text alt = c.alt;
  if (alt.empty()) {
    model::Inline sentence;
    sentence.text = painter.alternative_text();
    alt.translations.push_back({styles_.language().code, {std::move(sentence)}, c.where});
  }
  // Everything the chart draws, its words included, belongs to one Figure with that text.
  const draw::ElementId figure = figure_element(alt, c.where);
  const draw::ElementId outer = element_;
  element_ = figure;
  const double height = painter.paint(box);
  element_ = outer;

  const auto& lang = styles_.language();
  const std::string label = fill_number(lang.figure_label, figure_count_);
  ResolvedParagraph caption = styles_.paragraph("caption", c.where);
  const double caption_y = height + caption.space_before;
  const Tag caption_tag = tag(draw::Role::caption);
  const double caption_height = draw_text(box, c.caption, "caption", 0, caption_y, width, c.where,
                                          c.caption.empty() ? label : label + lang.caption_separator);
  box.height = caption_y + caption_height;
  add_box(galley, std::move(box), caption.space_before + 4 * styles_.scale(), caption.space_after);
}

}  // namespace layout
