// Charts whose values come from a CSV file beside the content: the file read as RFC 4180
// says, numbers taken exactly as written whatever the language, and every mistake (a missing
// cell, a number with a decimal comma, a file outside the content folder) an error at the
// CSV file's line and column that also names the <chart>'s line.
#include <catch2/catch.hpp>

#include <filesystem>

#include "model/csv_file.hpp"
#include "model/reader.hpp"
#include "model_test_support.hpp"

using namespace model_test;

namespace {

// A handbook in the test's scratch folder, csv/, with `chart` in its section and `csv` as
// data/values.csv.
std::string chart_publication(std::string_view chart, std::string_view csv) {
  scratch_file("csv/data/values.csv", csv);
  return scratch_file("csv/charts.xml", handbook(chart));
}

const model::Chart& first_chart(const model::Publication& publication) {
  const auto& section = std::get<model::Section>(publication.body.at(0).node);
  for (const auto& block : section.blocks)
    if (auto chart = std::get_if<model::Chart>(&block.node)) return *chart;
  FAIL("no chart");
  throw;
}

}  // namespace

TEST_CASE("csv: quoted fields, doubled quotes, CRLF, a byte order mark, blank lines; cells know where they are") {
  util::Diagnostics diagnostics;
  const auto rows = model::parse_csv("\xEF\xBB\xBFname,value\r\n\"Bình quân, 2020–2025\",7.3\r\n\r\n\"say \"\"hi\"\"\",1\n",
                                     "x.csv", diagnostics);
  INFO(listing(diagnostics));
  REQUIRE(rows);
  REQUIRE(rows->size() == 3);
  CHECK(rows->at(1).cells.at(0).text == "Bình quân, 2020–2025");
  CHECK(rows->at(1).cells.at(1).text == "7.3");
  // Columns count characters: "Bình quân, 2020–2025" in quotes is 22 of them, then the comma.
  CHECK(rows->at(1).cells.at(1).where.str() == "x.csv:2:24");
  CHECK(rows->at(2).cells.at(0).text == "say \"hi\"");
  CHECK(rows->at(2).cells.at(0).where.str() == "x.csv:4:1");
}

TEST_CASE("csv: a quote left open is an error where the field starts") {
  util::Diagnostics diagnostics;
  CHECK_FALSE(model::parse_csv("a,b\n1,\"open\n", "x.csv", diagnostics));
  const auto* error = find_error(diagnostics, {"never closed"});
  REQUIRE(error);
  CHECK(error->where.str() == "x.csv:2:3");
}

TEST_CASE("chart data: values exactly as written, decimals as written, labels from the file") {
  const auto file = chart_publication(R"(<chart data="data/values.csv"/>)",
                                      "year,exports,imports\n2023,1234.5,-88\n2024,7.30,12\n");
  util::Diagnostics diagnostics;
  auto publication = model::read_publication(file, diagnostics);
  INFO(listing(diagnostics));
  REQUIRE(publication);
  REQUIRE_FALSE(diagnostics.has_errors());
  const auto& chart = first_chart(*publication);
  REQUIRE(chart.categories.size() == 2);
  CHECK(chart.categories[1].label.plain("en") == "2024");
  REQUIRE(chart.series.size() == 2);
  CHECK(chart.series[1].name.plain("vi") == "imports");
  CHECK(chart.series[0].values[0].value == "1234.5");
  CHECK(chart.series[0].values[0].decimals == 1);
  CHECK(chart.series[0].values[1].value == "7.30");
  CHECK(chart.series[0].values[1].decimals == 2);
  CHECK(chart.series[1].values[0].value == "-88");
  CHECK(chart.series[1].value_where[1].line == 3);
}

TEST_CASE("chart data: the chart's own labels, one per row and column, in the file's order") {
  const auto file = chart_publication(
      R"(<chart data="data/values.csv">
      <category><t xml:lang="en">Last year</t><t xml:lang="vi">Năm ngoái</t></category>
      <category><t xml:lang="en">This year</t><t xml:lang="vi">Năm nay</t></category>
      <series><name><t xml:lang="en">Exports</t><t xml:lang="vi">Xuất khẩu</t></name></series>
    </chart>)",
      "year,exports\n2024,1\n2025,2\n");
  util::Diagnostics diagnostics;
  auto publication = model::read_publication(file, diagnostics);
  INFO(listing(diagnostics));
  REQUIRE(publication);
  const auto& chart = first_chart(*publication);
  CHECK(chart.categories.at(1).label.plain("vi") == "Năm nay");
  CHECK(chart.series.at(0).name.plain("vi") == "Xuất khẩu");
  CHECK(chart.series.at(0).values.at(1).value == "2");
}

TEST_CASE("chart data: a missing cell, an empty one and a decimal comma are errors at the file's line and column") {
  const std::string csv = "year,exports,imports\n2023,1,2\n2024,3\n2025,,4\n2026,\"6,05\",5\n";
  const auto file = chart_publication(R"(<chart data="data/values.csv"/>)", csv);
  util::Diagnostics diagnostics;
  model::read_publication(file, diagnostics);
  INFO(listing(diagnostics));
  const std::string csv_name = (std::filesystem::path(file).parent_path() / "data" / "values.csv").string();
  const int chart_line = line_containing(file, "<chart");
  const auto* missing = find_error(diagnostics, {"column \"imports\" is missing", "2024"});
  REQUIRE(missing);
  CHECK(missing->where.file == csv_name);
  CHECK(missing->where.line == 3);
  CHECK(missing->where.column == 7);  // after "2024,3"
  CHECK(missing->message.find("charts.xml:" + std::to_string(chart_line)) != std::string::npos);
  const auto* empty = find_error(diagnostics, {"no value", "2025", "exports"});
  REQUIRE(empty);
  CHECK(empty->where.line == 4);
  CHECK(empty->where.column == 6);
  const auto* comma = find_error(diagnostics, {"\"6,05\" is not a number"});
  REQUIRE(comma);
  CHECK(comma->where.line == 5);
  CHECK(comma->where.column == 6);
}

TEST_CASE("chart data: labels that do not match the file, and values beside a file, are errors at the chart") {
  const auto file = chart_publication(R"(<chart data="data/values.csv"><category>one</category></chart>)",
                                      "year,exports\n2024,1\n2025,2\n");
  util::Diagnostics diagnostics;
  model::read_publication(file, diagnostics);
  const auto* error = find_error(diagnostics, {"1 <category> labels", "2 rows"});
  REQUIRE(error);
  CHECK(error->where.line == line_containing(file, "<chart"));

  const auto both = chart_publication(R"(<chart data="data/values.csv"><series><value value="1"/></series></chart>)",
                                      "year,exports\n2024,1\n");
  util::Diagnostics again;
  model::read_publication(both, again);
  CHECK(find_error(again, {"come from data/values.csv"}));
}

TEST_CASE("chart data: a file outside the content folder is refused, and so is an absolute path") {
  scratch_file("outside.csv", "year,exports\n2024,1\n");
  for (const char* href : {"../outside.csv", "data/../../outside.csv"}) {
    const auto file = chart_publication(std::string("<chart data=\"") + href + "\"/>", "year,v\n1,1\n");
    util::Diagnostics diagnostics;
    model::read_publication(file, diagnostics);
    INFO(href << "\n" << listing(diagnostics));
    const auto* error = find_error(diagnostics, {"cannot read the chart's data file"});
    REQUIRE(error);
    CHECK(error->where.line == line_containing(file, "<chart"));
  }
  const auto absolute = std::filesystem::absolute(scratch_dir() / "outside.csv");
  const auto file = chart_publication("<chart data=\"" + absolute.string() + "\"/>", "year,v\n1,1\n");
  util::Diagnostics diagnostics;
  model::read_publication(file, diagnostics);
  CHECK(find_error(diagnostics, {"cannot read the chart's data file"}));
}

TEST_CASE("sparkline: values in place or from a CSV column; a bad number at its place") {
  scratch_file("csv/data/series.csv", "year,exports,imports\n2023,1,2\n2024,3,n/a\n");
  const auto good = scratch_file("csv/good.xml", handbook(R"(<facts>
      <fact value="1"><sparkline values="1 2.5 -3"/><label>a</label></fact>
      <fact value="2"><sparkline data="data/series.csv" column="exports"/><label>b</label></fact>
    </facts>)"));
  util::Diagnostics diagnostics;
  const auto publication = model::read_publication(good, diagnostics);
  INFO(listing(diagnostics));
  REQUIRE(publication);
  const auto& section = std::get<model::Section>(publication->body.at(0).node);
  const model::Facts* facts = nullptr;
  for (const auto& block : section.blocks)
    if (auto f = std::get_if<model::Facts>(&block.node)) facts = f;
  REQUIRE(facts);
  CHECK(facts->items[0].sparkline == std::vector<double>{1, 2.5, -3});
  CHECK(facts->items[1].sparkline == std::vector<double>{1, 3});

  const auto bad = scratch_file("csv/bad.xml", handbook(R"(<facts>
      <fact value="3"><sparkline data="data/series.csv" column="imports"/><label>c</label></fact>
      <fact value="4"><sparkline values="1 2,5"/><label>d</label></fact>
      <fact value="5"><sparkline/><label>e</label></fact>
    </facts>)"));
  util::Diagnostics found;
  model::read_publication(bad, found);
  INFO(listing(found));
  const auto* bad_cell = find_error(found, {"\"n/a\" is not a number", "<sparkline>"});
  REQUIRE(bad_cell);
  CHECK(bad_cell->where.line == 3);
  CHECK(bad_cell->where.column == 8);
  const auto* comma = find_error(found, {"\"2,5\" in values= is not a number"});
  REQUIRE(comma);
  CHECK(comma->where.line == line_containing(bad, "2,5"));
  CHECK(find_error(found, {"a sparkline has its numbers in values="}));
}
