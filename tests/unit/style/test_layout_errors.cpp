// Bad layouts: each finding names file:line, says what is wrong and what to write instead; a
// layout with errors is not returned. Single-fault fixtures derive from minimal-handbook.xml,
// so one fault gives exactly one error.
#include <catch2/catch.hpp>

#include "layout_files.hpp"
#include "style/reader.hpp"

using style_test::fixture;
using style_test::listing;

namespace {

util::Diagnostics read_bad(const std::string& name) {
  util::Diagnostics diagnostics;
  auto layout = style::read_layout(fixture(name), diagnostics);
  INFO(listing(diagnostics));
  CHECK_FALSE(layout);
  return diagnostics;
}

void check_single_error(const std::string& name, const std::string& expected) {
  auto diagnostics = read_bad(name);
  INFO(listing(diagnostics));
  CHECK(diagnostics.error_count() == 1);
  CHECK(diagnostics.contains(name + ":" + expected));
}

}  // namespace

TEST_CASE("errors: an unknown element") {
  check_single_error("bad-unknown-element.xml", "5:5: error: unknown element <colour> in <swatches>; <swatches> holds swatch");
}

TEST_CASE("errors: a length in an unknown unit") {
  check_single_error("bad-length.xml",
                     "5:45: error: width=\"12 furlongs\" is not a length; write 12mm, 12pt, 1in or 1.2cm");
}

TEST_CASE("errors: a style refers to a swatch that does not exist") {
  check_single_error("bad-unknown-swatch.xml",
                     "4:5: error: unknown swatch \"see\" in color= of paragraph style \"lead\" (did you mean \"sea\"?)");
}

TEST_CASE("errors: a chart palette names a swatch that does not exist") {
  check_single_error("bad-chart-style.xml",
                     "3:3: error: unknown swatch \"sae\" in palette= of <chart-style> (did you mean \"sea\"?)");
}

TEST_CASE("errors: chart words without the value's field") {
  check_single_error("bad-chart-words.xml", "4:5: error: value=\"{category} – {number}\" lacks {value}");
}

TEST_CASE("errors: panel widths that do not add up to the page width") {
  check_single_error("bad-panel-widths.xml",
                     "11:5: error: the panels of sheet \"inside\" add up to 290.00 mm but the page is 297.00 mm wide");
}

TEST_CASE("errors: a style whose parent does not exist") {
  check_single_error("bad-unknown-parent.xml",
                     "4:5: error: unknown parent=\"bodyy\" of paragraph style \"lead\" (did you mean \"body\"?)");
}

TEST_CASE("errors: styles that inherit from each other") {
  check_single_error("bad-style-cycle.xml",
                     "4:5: error: paragraph style \"note\" inherits from itself (aside → note → aside)");
}

TEST_CASE("errors: a handbook without the styles the page flow needs") {
  check_single_error("bad-missing-styles.xml",
                     "3:1: error: a handbook layout needs the paragraph styles h3, running-head; "
                     "define them in <paragraph-styles>");
}

TEST_CASE("errors: malformed XML") {
  check_single_error("bad-malformed.xml", "4:1: error: malformed XML: <page> (line 3, column 3) is not closed before </layout>");
}

TEST_CASE("errors: a layout file that does not exist") {
  check_single_error("no-such-layout.xml", " error: cannot open the layout file ");
}

TEST_CASE("errors: required attributes") {
  auto diagnostics = read_bad("bad-required.xml");
  INFO(listing(diagnostics));
  CHECK(diagnostics.error_count() == 2);
  CHECK(diagnostics.contains("bad-required.xml:4:5: error: <language> needs the attribute display-font=\"…\""));
  CHECK(diagnostics.contains("bad-required.xml:8:7: error: <frame> needs the attribute min-scale=\"…\""));
}

TEST_CASE("errors: a panel restyles its text with a style that does not exist") {
  check_single_error("bad-restyle.xml", "6:7: error: unknown paragraph style \"cover-title\" in a <restyle> of panel \"front\"");
}

TEST_CASE("errors: a reading order that misses, repeats or misspells panels") {
  auto diagnostics = read_bad("bad-reading-order.xml");
  INFO(listing(diagnostics));
  CHECK(diagnostics.error_count() == 3);
  CHECK(diagnostics.contains("bad-reading-order.xml:9:3: error: <reading-order> names \"font\", which is no panel "
                             "(did you mean \"front\"?)"));
  CHECK(diagnostics.contains("bad-reading-order.xml:9:3: error: <reading-order> names panel \"front\" more than once"));
  CHECK(diagnostics.contains("bad-reading-order.xml:9:3: error: <reading-order> leaves out the panels back, extra"));
}

TEST_CASE("errors: every fault of a file is reported in one reading") {
  auto diagnostics = read_bad("several-faults.xml");
  INFO(listing(diagnostics));
  CHECK(diagnostics.error_count() == 6);
  CHECK(diagnostics.contains("several-faults.xml:4:36: error: max-ink=\"3\" is not a percentage; "
                             "write a value from 100% to 400%"));
  CHECK(diagnostics.contains("several-faults.xml:6:41: error: unknown attribute colour on <swatch>; "
                             "allowed here: name, remove, cmyk, rgb, overprint, registration, small-text"));
  CHECK(diagnostics.contains("several-faults.xml:6:5: error: cmyk=\"0 60 50\" is not a CMYK colour; "
                             "write four percentages from 0 to 100"));
  CHECK(diagnostics.contains("several-faults.xml:10:65: error: bleed=\"yes\" is not one of true, false"));
  CHECK(diagnostics.contains("several-faults.xml:10:7: error: <rect> spans x 0.00 mm to 230.00 mm"));
  CHECK(diagnostics.contains("several-faults.xml:11:7: error: unknown paragraph style \"runing-head\" in the "
                             "running head of master \"opener\" (did you mean \"running-head\"?)"));
}

TEST_CASE("errors: findings already in the diagnostics do not make a good layout fail") {
  util::Diagnostics diagnostics;
  diagnostics.error({"earlier.xml", 1, 1}, "an earlier finding");
  CHECK(style::read_layout(fixture("minimal-handbook.xml"), diagnostics));
  CHECK(diagnostics.error_count() == 1);
}

TEST_CASE("errors: line-breaking rules for a language the layout does not define") {
  check_single_error("bad-breaking-language.xml",
                     "16:5: error: language=\"th\" names no language of this layout or its base; put <breaking> after "
                     "its <language code=\"th\">");
}

TEST_CASE("errors: a preflight profile and small-text substitutes are checked") {
  auto diagnostics = read_bad("bad-preflight.xml");
  INFO(listing(diagnostics));
  CHECK(diagnostics.error_count() == 3);
  CHECK(diagnostics.contains("bad-preflight.xml:3:14: error: profile=\"cmyk-strict\""));
  CHECK(diagnostics.contains("bad-preflight.xml:5:5: error: swatch \"brand\" prints small text in \"brand-dark\", which "
                             "uses 3 inks; small text needs a swatch of one ink"));
  CHECK(diagnostics.contains("bad-preflight.xml:7:5: error: swatch \"teal\" prints small text in \"nowhere\", which is "
                             "not a swatch of this layout"));
}
