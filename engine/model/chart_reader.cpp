// <chart>: categories, series of values (in place, from the data file, or from a CSV file
// beside the content), and its words.
#include <sstream>

#include "model/amount_reader.hpp"
#include "model/block_reader.hpp"
#include "model/csv_file.hpp"
#include "model/values.hpp"
#include "util/limits.hpp"

namespace model {

using tinyxml2::XMLElement;
using xml::Occurs;

namespace {

bool is_negative(const Amount& amount) { return !amount.value.empty() && amount.value.front() == '-'; }

// Language-neutral text from a CSV cell: a year, a name kept in Latin.
Text neutral_text(const CsvCell& cell) {
  Inline text;
  text.text = cell.text;
  text.where = cell.where;
  return Text{{Translation{"", {std::move(text)}, cell.where}}, cell.where};
}

std::string_view trimmed(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  return text;
}

// The values of a chart read from a CSV file: the first row names the series (its first cell
// heads the category column), every further row is a category, its label first, then one
// number per series. Errors point at the file's line and column and name the chart.
class ChartData {
 public:
  ChartData(Chart& chart, util::Diagnostics& diagnostics) : chart_(chart), diagnostics_(diagnostics) {}

  void take(const std::vector<CsvRow>& rows, const std::string& file) {
    if (rows.size() < 2 || rows.front().cells.size() < 2) {
      error(rows.empty() ? util::SourceLocation{file, 1, 1} : rows.front().cells.front().where,
            "a chart's CSV file has a first row naming the columns (the categories' column, then one per series) "
            "and then one row per category, its label and a number per series");
      return;
    }
    const auto& head = rows.front().cells;
    const std::size_t series = head.size() - 1, categories = rows.size() - 1;
    if (!chart_.categories.empty() && chart_.categories.size() != categories)
      error(chart_.where, "the chart has " + std::to_string(chart_.categories.size()) + " <category> labels and " +
                              file + " " + std::to_string(categories) + " rows of data; give one <category> per "
                              "row, in the file's order, or none to label them with its first column");
    if (!chart_.series.empty() && chart_.series.size() != series)
      error(chart_.where, "the chart has " + std::to_string(chart_.series.size()) + " <series> and " + file + " " +
                              std::to_string(series) + " columns of values; give one <series> per column, in "
                              "the file's order, or none to name them with its first row");
    if (failed_) return;
    if (chart_.categories.empty())
      for (std::size_t r = 1; r < rows.size(); ++r)
        chart_.categories.push_back({neutral_text(rows[r].cells.front()), false, rows[r].cells.front().where});
    if (chart_.series.empty())
      for (std::size_t s = 1; s < head.size(); ++s) chart_.series.push_back({neutral_text(head[s]), {}, {}, {}, head[s].where});

    for (std::size_t r = 1; r < rows.size(); ++r) {
      const auto& cells = rows[r].cells;
      if (cells.size() > head.size())
        error(cells[head.size()].where, "this row has " + std::to_string(cells.size()) + " cells and the first row " +
                                            std::to_string(head.size()) + " columns; remove the extra cell or name its column");
      for (std::size_t s = 0; s < series; ++s) {
        const std::string column = head[s + 1].text;
        const std::string label = cells.front().text;
        if (s + 1 >= cells.size()) {
          error(rows[r].end, "the cell of column \"" + column + "\" is missing in the row of \"" + label +
                                 "\"; a chart has a number for every category and series");
          continue;
        }
        value(s, cells[s + 1], column, label);
      }
    }
  }

 private:
  Chart& chart_;
  util::Diagnostics& diagnostics_;
  bool failed_ = false;

  void error(const util::SourceLocation& where, const std::string& message) {
    failed_ = true;
    const std::string chart = where.file == chart_.where.file && where.line == chart_.where.line
                                  ? std::string()
                                  : " (data of the <chart> at " + chart_.where.str() + ")";
    diagnostics_.error(where, message + chart);
  }

  void value(std::size_t series, const CsvCell& cell, const std::string& column, const std::string& label) {
    const std::string_view text = trimmed(cell.text);
    if (text.empty()) {
      error(cell.where, "no value for \"" + label + "\" in column \"" + column +
                            "\"; a chart has a number for every category and series (write 0 if it is zero)");
      return;
    }
    if (!values::parse_decimal(text)) {
      error(cell.where, "\"" + std::string(text) + "\" is not a number; write it with a dot before the decimals "
                        "and without grouping or unit, like 1234.5, whatever the language");
      return;
    }
    Amount amount;
    amount.value = text;
    // As many decimals as written: "6.05" prints 6,05 / 6.05, "7.30" keeps its zero.
    if (auto dot = text.find('.'); dot != std::string_view::npos) amount.decimals = static_cast<int>(text.size() - dot - 1);
    auto& s = chart_.series[series];
    s.values.push_back(std::move(amount));
    s.prefixes.emplace_back();
    s.value_where.push_back(cell.where);
  }
};

}  // namespace

void BlockReader::read_sparkline(const XMLElement& element, Fact& fact) {
  fact.sparkline_where = source_.at(element);
  xml::Attributes a(source_, element);
  std::string values, data, column;
  a.text("values", values);
  a.text("data", data);
  a.text("column", column);
  const util::SourceLocation values_where = a.at("values"), data_where = a.at("data");
  a.report_unknown();
  expect_empty(element);
  if (values.empty() == data.empty()) {
    source_.error(element, "a sparkline has its numbers in values=\"6.05 7.3 11.51\" or in a CSV file, "
                           "data=\"file.csv\" (with column=\"…\" naming the column); give one of the two");
    return;
  }
  if (!values.empty()) {
    std::istringstream words(values);
    for (std::string word; words >> word;) {
      auto number = values::parse_decimal(word);
      if (!number) {
        source_.diagnostics.error(values_where, "\"" + word + "\" in values= is not a number; write the numbers "
                                                "with a dot and separated by spaces, like values=\"6.05 7.3 11.51\"");
        return;
      }
      fact.sparkline.push_back(*number);
    }
  } else {
    auto csv = read_csv_beside(data, data_where, "sparkline", fact.sparkline_where);
    if (!csv || csv->rows.empty()) return;
    const auto* rows = &csv->rows;
    const std::string& path = csv->path;
    // The column named, or the first after the labels' one.
    const auto& head = rows->front().cells;
    std::size_t index = 1;
    if (!column.empty()) {
      index = head.size();
      for (std::size_t i = 0; i < head.size(); ++i)
        if (head[i].text == column) index = i;
      if (index == head.size()) {
        source_.diagnostics.error(a.at("column"), "no column \"" + column + "\" in the first row of " + path);
        return;
      }
    }
    for (std::size_t r = 1; r < rows->size(); ++r) {
      const auto& cells = (*rows)[r].cells;
      if (index >= cells.size()) {
        source_.diagnostics.error((*rows)[r].end, "the row has no cell in column " + std::to_string(index + 1) +
                                                      " (data of the <sparkline> at " + fact.sparkline_where.str() + ")");
        return;
      }
      auto number = values::parse_decimal(trimmed(cells[index].text));
      if (!number) {
        source_.diagnostics.error(cells[index].where, "\"" + cells[index].text + "\" is not a number; write it with a "
                                                      "dot and without grouping (data of the <sparkline> at " +
                                                      fact.sparkline_where.str() + ")");
        return;
      }
      fact.sparkline.push_back(*number);
    }
  }
  if (fact.sparkline.size() < 2) {
    source_.error(element, "a sparkline draws a line through its values and needs at least two");
    fact.sparkline.clear();
  }
}

Chart BlockReader::read_chart(const XMLElement& element) {
  Chart chart;
  chart.where = source_.at(element);
  xml::Attributes attributes(source_, element);
  read_id(attributes, chart.id);
  attributes.choice("type", chart.type,
                    {{"bar", ChartType::bar}, {"stacked-bar", ChartType::stacked_bar}, {"line", ChartType::line},
                     {"donut", ChartType::donut}, {"share-bar", ChartType::share_bar}});
  attributes.choice("orientation", chart.orientation,
                    {{"vertical", ChartOrientation::vertical}, {"horizontal", ChartOrientation::horizontal}});
  read_extent(attributes, chart.width);
  // data="file.csv": the values (and, unless the chart gives them, the labels) from a file
  // beside the content, opened like an include: inside the content folder, size-limited.
  attributes.text("data", chart.data);
  const util::SourceLocation data_where = attributes.at("data");
  attributes.report_unknown();
  const bool from_file = !chart.data.empty();
  const Occurs labels = from_file ? Occurs::any : Occurs::some;

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
         {"value", from_file ? Occurs::never : Occurs::some,
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
          1, "the values of this chart come from " + chart.data + "; a <series> here only names its column"}},
        "a series holds its <name> and one <value value=\"…\"/> or <value ref=\"…\"/> per category");
    chart.series.push_back(std::move(series));
  };
  xml::read_children(source_, element,
                     {{"title", Occurs::optional, bare(chart.title, TextNeed::required), 0},
                      {"unit", Occurs::optional, bare(chart.unit, TextNeed::optional), 0},
                      {"category", labels, read_category, 1},
                      {"series", labels, read_series, 2},
                      {"note", Occurs::optional, bare(chart.note, TextNeed::required), 3},
                      {"alt", Occurs::optional, bare(chart.alt, TextNeed::required), 3},
                      {"caption", Occurs::optional, bare(chart.caption, TextNeed::optional), 3}},
                     "the words of a chart go into its <title>, <unit>, <category>, <name>, <note> and <caption>");

  if (from_file) {
    // A malformed file is reported at its place, and names the chart it feeds.
    if (auto csv = read_csv_beside(chart.data, data_where, "chart", chart.where))
      ChartData(chart, source_.diagnostics).take(csv->rows, csv->path);
  }

  for (const auto& series : chart.series) {
    if (!from_file && !series.values.empty() && series.values.size() != chart.categories.size())
      source_.diagnostics.error(series.where, "this <series> has " + std::to_string(series.values.size()) +
                                                  " values for " + std::to_string(chart.categories.size()) +
                                                  " categories; give one <value> per <category>, in their order");
    if (series.name.empty() && chart.series.size() > 1)
      source_.diagnostics.error(series.where, "a chart of several series names each one: add a <name> to this <series>");
  }
  if (chart.type == ChartType::share_bar || chart.type == ChartType::donut) {
    const std::string what = chart.type == ChartType::donut ? "a donut" : "a share bar";
    if (chart.series.size() > 1)
      source_.error(element, what + " shows the parts of one whole: give it one <series>, or use type=\"bar\"");
    for (const auto& series : chart.series)
      for (std::size_t i = 0; i < series.values.size(); ++i)
        if (is_negative(series.values[i]))
          source_.diagnostics.error(series.value_where[i],
                                    what + "'s parts are not negative (" + series.values[i].value +
                                        "); use type=\"bar\" for values on both sides of zero");
  }
  return chart;
}

}  // namespace model
