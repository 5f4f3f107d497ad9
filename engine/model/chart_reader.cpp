// <chart>: categories, series of values (in place or from the data file), and its words.
#include "model/amount_reader.hpp"
#include "model/block_reader.hpp"
#include "model/values.hpp"

namespace model {

using tinyxml2::XMLElement;
using xml::Occurs;

namespace {

bool is_negative(const Amount& amount) { return !amount.value.empty() && amount.value.front() == '-'; }

}  // namespace

Chart BlockReader::read_chart(const XMLElement& element) {
  Chart chart;
  chart.where = source_.at(element);
  xml::Attributes attributes(source_, element);
  read_id(attributes, chart.id);
  attributes.choice("type", chart.type, {{"bar", ChartType::bar}, {"share-bar", ChartType::share_bar}});
  attributes.choice("orientation", chart.orientation,
                    {{"vertical", ChartOrientation::vertical}, {"horizontal", ChartOrientation::horizontal}});
  attributes.length("width", chart.width, {"column", "page"});
  attributes.report_unknown();

  auto bare = [&](Text& target, TextNeed need) {
    return [&target, need, this](const XMLElement& e) { target = texts_.read_bare(e, need); };
  };
  auto read_category = [&](const XMLElement& e) {
    ChartCategory category;
    category.where = source_.at(e);
    xml::Attributes a(source_, e);
    a.choice("accent", category.accent, {{"true", true}, {"false", false}});
    a.report_unknown();
    category.label = texts_.read(e, TextNeed::required);
    chart.categories.push_back(std::move(category));
  };
  auto read_series = [&](const XMLElement& e) {
    ChartSeries series;
    series.where = source_.at(e);
    xml::Attributes(source_, e).report_unknown();
    xml::read_children(
        source_, e,
        {{"name", Occurs::optional, bare(series.name, TextNeed::required), 0},
         {"value", Occurs::some,
          [&](const XMLElement& v) {
            Amount amount;
            xml::Attributes a(source_, v);
            read_amount(a, reading_.data, amount);
            std::string prefix;
            a.text("prefix", prefix);
            a.report_unknown();
            series.prefixes.push_back(std::move(prefix));
            expect_empty(v);
            series.values.push_back(std::move(amount));
            series.value_where.push_back(source_.at(v));
          },
          1}},
        "a series holds its <name> and one <value value=\"…\"/> or <value ref=\"…\"/> per category");
    chart.series.push_back(std::move(series));
  };
  xml::read_children(source_, element,
                     {{"title", Occurs::optional, bare(chart.title, TextNeed::required), 0},
                      {"unit", Occurs::optional, bare(chart.unit, TextNeed::optional), 0},
                      {"category", Occurs::some, read_category, 1},
                      {"series", Occurs::some, read_series, 2},
                      {"note", Occurs::optional, bare(chart.note, TextNeed::required), 3},
                      {"alt", Occurs::optional, bare(chart.alt, TextNeed::required), 3},
                      {"caption", Occurs::optional, bare(chart.caption, TextNeed::optional), 3}},
                     "the words of a chart go into its <title>, <unit>, <category>, <name>, <note> and <caption>");

  for (const auto& series : chart.series) {
    if (!series.values.empty() && series.values.size() != chart.categories.size())
      source_.diagnostics.error(series.where, "this <series> has " + std::to_string(series.values.size()) +
                                                  " values for " + std::to_string(chart.categories.size()) +
                                                  " categories; give one <value> per <category>, in their order");
    if (series.name.empty() && chart.series.size() > 1)
      source_.diagnostics.error(series.where, "a chart of several series names each one: add a <name> to this <series>");
  }
  if (chart.type == ChartType::share_bar) {
    if (chart.series.size() > 1)
      source_.error(element, "a share bar shows the parts of one whole: give it one <series>, or use type=\"bar\"");
    for (const auto& series : chart.series)
      for (std::size_t i = 0; i < series.values.size(); ++i)
        if (is_negative(series.values[i]))
          source_.diagnostics.error(series.value_where[i],
                                    "a share bar's parts are not negative (" + series.values[i].value +
                                        "); use type=\"bar\" for values on both sides of zero");
  }
  return chart;
}

}  // namespace model
