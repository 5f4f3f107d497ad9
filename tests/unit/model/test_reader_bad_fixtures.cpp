// Each bad input has a fixture (tests/fixtures/model/bad-*.xml); the reader must refuse it and
// point at the right file and line with a message that says what is wrong.
#include <catch2/catch.hpp>

#include <fstream>

#include "model/reader.hpp"
#include "model_test_support.hpp"

using namespace model_test;

namespace {

struct Outcome {
  util::Diagnostics diagnostics;
  bool refused = false;
};

Outcome read(const std::string& file) {
  Outcome outcome;
  outcome.refused = !model::read_publication(file, outcome.diagnostics);
  return outcome;
}

// The error with all of `words` exists and points at the line of `file` that holds `marker`.
void check_error(const Outcome& outcome, const std::string& file, std::string_view marker,
                 std::initializer_list<std::string_view> words) {
  INFO(listing(outcome.diagnostics));
  CHECK(outcome.refused);
  const util::Diagnostic* error = find_error(outcome.diagnostics, words);
  REQUIRE(error);
  CHECK(error->where.file == file);
  CHECK(error->where.line == line_containing(file, marker));
  CHECK(error->str().rfind(file + ":" + std::to_string(error->where.line) + ":", 0) == 0);
}

}  // namespace

TEST_CASE("bad-malformed.xml: an unclosed element is named with both places") {
  const auto file = fixture("bad-malformed.xml");
  auto outcome = read(file);
  check_error(outcome, file, "unclosed bold", {"malformed XML", "<b>", "not closed before </t>"});
  CHECK(outcome.diagnostics.error_count() == 1);  // no echoes of the same mistake
}

TEST_CASE("bad-unknown-element.xml: the message names the parent, a guess and what is allowed") {
  const auto file = fixture("bad-unknown-element.xml");
  auto outcome = read(file);
  check_error(outcome, file, "<h1>",
              {"unknown element <h1>", "in <section>", "did you mean <h>?", "allowed here:",
               "<p>", "<table>", "<include>"});
}

TEST_CASE("bad-unknown-attribute.xml: the message guesses the intended attribute") {
  const auto file = fixture("bad-unknown-attribute.xml");
  auto outcome = read(file);
  check_error(outcome, file, "styel=",
              {"unknown attribute styel on <p>", "did you mean style?", "allowed here: style"});
  CHECK(outcome.diagnostics.all().front().where.column == 8);
}

TEST_CASE("bad-missing-attribute.xml: a figure without src") {
  const auto file = fixture("bad-missing-attribute.xml");
  check_error(read(file), file, "<figure", {"<figure> needs the attribute src"});
}

TEST_CASE("bad-missing-language.xml: the missing language, the declared list and the fix") {
  const auto file = fixture("bad-missing-language.xml");
  auto outcome = read(file);
  check_error(outcome, file, "<p>",
              {"<p> lacks the translation for ru", "languages: en vi ru",
               "add <t xml:lang=\"ru\">"});
  // The title is language-neutral: written once, it serves every language.
  CHECK(outcome.diagnostics.error_count() == 1);
}

TEST_CASE("bad-duplicate-id.xml: the second definition points back at the first") {
  const auto file = fixture("bad-duplicate-id.xml");
  auto outcome = read(file);
  const int first = line_containing(file, "<section id=\"overview\">");
  INFO(listing(outcome.diagnostics));
  const auto* error = find_error(outcome.diagnostics, {"duplicate id \"overview\""});
  REQUIRE(error);
  CHECK(error->where.line > first);
  CHECK(error->message.find("first defined at " + file + ":" + std::to_string(first)) !=
        std::string::npos);
  CHECK(outcome.refused);
}

TEST_CASE("bad-utf8.xml: the line and column of the bad byte, and what to do") {
  const auto file = fixture("bad-utf8.xml");
  auto outcome = read(file);
  check_error(outcome, file, "<p>Quảng Ng", {"not valid UTF-8", "0xE3", "save the file as UTF-8"});
  // Editors count characters: "    <p>Quảng Ng" is 15 of them, the bad byte is the 16th.
  CHECK(outcome.diagnostics.all().front().where.column == 16);
}

TEST_CASE("bad-include-cycle.xml: the cycle is reported at the include that closes it") {
  const auto file = fixture("bad-include-cycle.xml");
  const auto part_b = fixture("bad-include-cycle/part-b.xml");
  auto outcome = read(file);
  check_error(outcome, part_b, "<include href=\"part-a.xml\"/>",
              {"include cycle", "part-a.xml → ", "part-b.xml → ", "part-a.xml;"});
}

TEST_CASE("bad-dangling-link.xml: a link to an id that does not exist, with a guess") {
  const auto file = fixture("bad-dangling-link.xml");
  check_error(read(file), file, "#incentive\"",
              {"#incentive leads nowhere", "id=\"incentive\"", "did you mean #incentives?"});
}

TEST_CASE("bad-wrong-kind.xml: handbook elements in a leaflet, a panel filled twice") {
  const auto file = fixture("bad-wrong-kind.xml");
  auto outcome = read(file);
  check_error(outcome, file, "<section id=\"overview\">",
              {"<section> is not allowed in <publication>", "kind=\"leaflet\"", "<panel name="});
  check_error(outcome, file, "<toc>", {"<toc> is not allowed in <panel>"});
  const int first = line_containing(file, "<panel name=\"front-cover\">");
  const auto* twice = find_error(outcome.diagnostics, {"a second panel named \"front-cover\""});
  REQUIRE(twice);
  CHECK(twice->where.line > first);
  CHECK(twice->message.find("line " + std::to_string(first)) != std::string::npos);
}

TEST_CASE("bad-values.xml: every bad value in the file is found in one pass") {
  const auto file = fixture("bad-values.xml");
  auto outcome = read(file);
  struct Expected {
    std::string_view marker;
    std::initializer_list<std::string_view> words;
  };
  const Expected expected[] = {
      {"kind=\"booklet\"", {"kind=\"booklet\" is not one of handbook, leaflet, flyer, infographic"}},
      {"<date>", {"\"2026-02-30\" is not a valid date", "YYYY-MM-DD"}},
      {"depth=\"4\"", {"depth=\"4\" on <toc>", "from 1 to 3"}},
      {"start=\"-1\"", {"start=\"-1\" on <ol>", "from 0 to 1000000000"}},
      {"width=\"wide\"", {"width=\"wide\" on <col>"}},
      {"colspan=\"0\"", {"colspan=\"0\" on <td>", "at least 1"}},
      {"decimals=\"7\"", {"decimals=\"7\" on <num>", "from 0 to 6"}},
      {"ftp://", {"href=\"ftp://example.com\"", "https://", "mailto:", "#id"}},
      {"value=\"1,5\"", {"value=\"1,5\" on <fact>", "no grouping"}},
      {"size=\"big\"", {"size=\"big\" on <qr>", "25mm"}},
      {"ecc=\"X\"", {"ecc=\"X\" is not one of L, M, Q, H"}},
  };
  for (const auto& e : expected) {
    INFO(e.marker);
    check_error(outcome, file, e.marker, e.words);
  }
  CHECK(outcome.diagnostics.error_count() == static_cast<int>(std::size(expected)));
}

TEST_CASE("bad-chart.xml: a value that is not a number, values missing, an unnamed series, share bars") {
  const auto file = fixture("bad-chart.xml");
  auto outcome = read(file);
  // At the value itself, line and column: the decimal comma is not the content's notation.
  check_error(outcome, file, "value=\"2,5\"", {"\"2,5\"", "a number like 1234.5"});
  const util::Diagnostic* comma = find_error(outcome.diagnostics, {"\"2,5\""});
  REQUIRE(comma);
  std::ifstream in(file);
  std::string line;
  for (int n = 0; n < comma->where.line; ++n) std::getline(in, line);
  CHECK(static_cast<std::size_t>(comma->where.column) == line.find("value=\"2,5\"") + 1);
  check_error(outcome, file, "one value short", {"1 values for 2 categories", "one <value> per <category>"});
  check_error(outcome, file, "<series><value value=\"1\"/><value value=\"2\"/>", {"names each one", "<name>"});
  check_error(outcome, file, "<chart type=\"share-bar\">", {"one <series>", "type=\"bar\""});
  check_error(outcome, file, "value=\"-10\"", {"not negative", "-10"});
  CHECK(outcome.diagnostics.error_count() == 5);
}
