#include <catch2/catch.hpp>

#include "model/markup_scan.hpp"

using model::xml::scan_markup;

namespace {

bool has_problem(const model::xml::MarkupScan& scan, std::string_view words, int line,
                 int column) {
  for (const auto& p : scan.problems)
    if (p.message.find(words) != std::string::npos && p.at.line == line && p.at.column == column)
      return true;
  return false;
}

}  // namespace

TEST_CASE("scan: start tags and attributes in document order, columns in characters") {
  std::string xml = "<a x=\"1\">\n  <b  y='2' z=\"3\"/>Ễ<c/></a>";
  auto scan = scan_markup(xml);
  CHECK(scan.problems.empty());
  REQUIRE(scan.start_tags.size() == 3);
  CHECK(scan.start_tags[0].name == "a");
  CHECK(scan.start_tags[0].at.line == 1);
  CHECK(scan.start_tags[0].at.column == 1);
  CHECK(scan.start_tags[0].attributes.at(0).at.column == 4);
  const auto& b = scan.start_tags[1];
  CHECK(b.at.line == 2);
  CHECK(b.at.column == 3);
  REQUIRE(b.attributes.size() == 2);
  CHECK(b.attributes[0].name == "y");
  CHECK(b.attributes[0].at.column == 7);
  CHECK(b.attributes[1].name == "z");
  CHECK(b.attributes[1].at.column == 13);
  // Ễ is three bytes but one character: <c/> starts at character 21, byte 23.
  CHECK(scan.start_tags[2].at.column == 21);
}

TEST_CASE("scan: white-space-only text between tags survives tinyxml2 as a character reference") {
  auto scan = scan_markup("<p><b>Dung</b> <i>Quất</i>\n</p>");
  CHECK(scan.parse_text == "<p><b>Dung</b>&#32; <i>Quất</i>&#32;\n</p>");
  SECTION("outside the root element and inside text nothing is added") {
    std::string xml = "<?xml version=\"1.0\"?>\n<!-- c -->\n<p a=\" \">x y</p>\n";
    CHECK(scan_markup(xml).parse_text == xml);
  }
}

TEST_CASE("scan: entities XML does not know, bare ampersands, bad character references") {
  auto scan = scan_markup("<p>a&nbsp;b R&D &amp; &#233; &#xE9; &#xD800; t=\"&lt;\"</p>");
  CHECK(has_problem(scan, "unknown entity &nbsp;", 1, 5));
  CHECK(has_problem(scan, "&#xA0;", 1, 5));
  CHECK(has_problem(scan, "a bare '&'", 1, 14));
  CHECK(has_problem(scan, "&#xD800; is not a character XML allows", 1, 37));
  CHECK(scan.problems.size() == 3);
  CHECK_FALSE(scan.fatal());  // tinyxml2 can still read the file; the reader goes on
  SECTION("a double dash in a comment") {
    auto comment = scan_markup("<p><!-- use --relaxng --></p>");
    CHECK(has_problem(comment, "'--' inside a comment", 1, 13));
    CHECK(comment.problems.size() == 1);
    auto ending = scan_markup("<p><!-- ends badly ---></p>");
    CHECK(has_problem(ending, "'--' inside a comment", 1, 20));
    CHECK(ending.problems.size() == 1);
  }
  SECTION("in attribute values too") {
    auto in_value = scan_markup("<a href=\"x?a=1&b=2\"/>");
    CHECK(has_problem(in_value, "a bare '&'", 1, 15));
  }
}

TEST_CASE("scan: tags that do not nest are fatal, named with both places") {
  auto scan = scan_markup("<p>\n  <b>bold</i>\n</p>");
  CHECK(scan.fatal());
  CHECK(has_problem(scan, "</i> matches no open element; the element open here is <b> (line 2, "
                          "column 3)",
                    2, 10));
  auto outer = scan_markup("<p><t>\n<b>x</t></p>");
  CHECK(has_problem(outer, "<b> (line 2, column 1) is not closed before </t>; add </b>", 2, 5));
  CHECK(scan_markup("<p>x</p></p>").fatal());
  CHECK(has_problem(scan_markup("<p>\n<b>x</b>\n"), "<p> is never closed", 1, 1));
}

TEST_CASE("scan: what makes a file unreadable as XML is fatal") {
  struct Case {
    std::string xml, words;
  };
  const Case cases[] = {
      {"<p/><q/>", "a second root element <q>"},
      {"text<p/>", "text outside the root element"},
      {"<p/>text", "text outside the root element"},
      {"<!DOCTYPE p [<!ENTITY x \"y\">]><p/>", "DOCTYPE"},
      {"<p><!-- open </p>", "comment is never closed"},
      {"<p a=\"1\" a=\"2\"/>", "attribute a appears twice in <p>"},
      {"<p a=1/>", "the value of a needs quotes"},
      {"<p a/>", "attribute a in <p> has no value"},
      {"<p>1 < 2</p>", "write &lt;"},
      {"", "no root element"},
  };
  for (const auto& c : cases) {
    INFO(c.xml);
    auto scan = scan_markup(c.xml);
    REQUIRE(scan.fatal());
    CHECK(scan.problems.back().message.find(c.words) != std::string::npos);
  }
}

TEST_CASE("scan: a declared encoding other than UTF-8 is reported") {
  auto latin = scan_markup("<?xml version=\"1.0\" encoding='ISO-8859-1'?>\n<p/>");
  CHECK(has_problem(latin, "declares encoding=\"ISO-8859-1\"", 1, 1));
  CHECK_FALSE(latin.fatal());
  CHECK(scan_markup("<?xml version=\"1.0\" encoding=\"utf-8\"?><p/>").problems.empty());
  CHECK(scan_markup("<?xml version=\"1.0\"?><p/>").problems.empty());
}

TEST_CASE("root_element_name looks past the prolog and stops at the root") {
  using model::xml::root_element_name;
  CHECK(root_element_name("\xEF\xBB\xBF<?xml version=\"1.0\"?>\n<!-- <section> -->\n"
                          "<publication id=\"x\"><broken") == "publication");
  CHECK(root_element_name("<section/>") == "section");
  CHECK(root_element_name("<!-- only a comment -->").empty());
}
