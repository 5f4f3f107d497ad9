// Where elements may stand, how often and in which order, and the checks across a whole
// publication (kinds, nesting, includes, languages).
#include <catch2/catch.hpp>

#include <regex>

#include "model/reader.hpp"
#include "model_test_support.hpp"

using namespace model_test;

namespace {

struct Read {
  std::string file;
  util::Diagnostics diagnostics;
  std::optional<model::Publication> publication;
};

Read read_file(std::string_view name, std::string_view xml) {
  Read r;
  r.file = scratch_file("structure-" + std::string(name), xml);
  r.publication = model::read_publication(r.file, r.diagnostics);
  return r;
}

void check_error(const Read& r, std::string_view marker,
                 std::initializer_list<std::string_view> words) {
  INFO(listing(r.diagnostics));
  CHECK_FALSE(r.publication);
  const auto* error = find_error(r.diagnostics, words);
  REQUIRE(error);
  CHECK(error->where.line == line_containing(r.file, marker));
}

}  // namespace

TEST_CASE("structure: children out of order, missing, or twice") {
  auto r = read_file("order.xml", handbook(R"(<table>
  <col width="1*"/>
  <caption>late caption</caption>
</table>
<section><p>no heading</p></section>)"));
  check_error(r, "late caption", {"<caption> must come before <col>", "in <table>"});
  check_error(r, "<table>", {"<table> needs a <tbody>"});
  check_error(r, "no heading", {"<section> needs a <h>", "its first child"});

  auto twice = read_file("twice.xml", R"(<publication id="x" kind="handbook" layout="handbook-a4" languages="en">
  <meta><title>T</title></meta>
  <section><h>A</h><p>x</p></section>
  <cover/>
  <meta><title>again</title></meta>
</publication>)");
  check_error(twice, "<cover/>", {"<cover> must come before <section>"});
  check_error(twice, "again", {"a second <meta> in <publication>", "keep one"});
}

TEST_CASE("structure: text outside any text element") {
  auto r = read_file("stray.xml", handbook("Loose words\n<p>x</p>"));
  check_error(r, "Loose words", {"text directly inside <section>", "<p>"});
}

TEST_CASE("structure: elements of the other kind of publication") {
  auto panel = read_file("panel-in-handbook.xml", handbook("</section>\n<panel name=\"front\"><p>x</p></panel>\n<section><h>H</h><p>x</p>"));
  check_error(panel, "<panel", {"<panel> is not allowed in <publication>", "kind=\"handbook\""});
  auto h = read_file("h-in-section.xml", handbook("<p>x</p>\n<h level=\"2\">Sub</h>"));
  check_error(h, "Sub", {"a second <h> in <section>", "a sub-heading starts a nested <section>"});
  auto nested = read_file("nested-callout.xml",
                          handbook("<callout><p>x</p>\n<callout><p>y</p></callout></callout>"));
  check_error(nested, "<callout><p>y", {"<callout> is not allowed in <callout>", "do not nest"});
  auto cells = read_file("cells.xml", handbook("<table><thead><tr>\n<td>head</td></tr></thead>"
                                               "<tbody><tr><td>1</td></tr></tbody></table>"));
  check_error(cells, "<td>head", {"<td> is not allowed in <tr>", "<thead> hold <th> cells"});
  CHECK(cells.diagnostics.error_count() == 2);  // and "<tr> needs a <th>"; no grid echoes
}

TEST_CASE("structure: sections nest three levels deep at most") {
  auto r = read_file("deep.xml", handbook(R"(<section><h>2</h><p>x</p>
  <section><h>3</h><p>x</p>
    <section id="four"><h>4</h><p>x</p></section>
  </section>
</section>)"));
  check_error(r, "id=\"four\"", {"sections nest 3 levels deep at most", "level 4"});
  CHECK(r.diagnostics.error_count() == 1);
}

TEST_CASE("structure: includes that cannot be followed") {
  auto missing = read_file("include-missing.xml", handbook("<include href=\"parts/none.xml\"/>"));
  check_error(missing, "parts/none.xml",
              {"cannot find the included file", "none.xml", "relative to the folder of"});
  scratch_file("structure-not-a-section.xml", R"(<publication id="y" kind="handbook" layout="handbook-a4" languages="en"><meta><title>T</title></meta></publication>)");
  auto wrong_root = read_file("include-publication.xml", handbook("<include href=\"structure-not-a-section.xml\"/>"));
  INFO(listing(wrong_root.diagnostics));
  const auto* error = find_error(wrong_root.diagnostics, {"an included file holds one <section>", "not <publication>"});
  REQUIRE(error);
  CHECK(error->where.file.ends_with("not-a-section.xml"));
  auto itself = read_file("include-itself.xml", R"(<section id="self"><h>H</h><p>x</p>
<include href="structure-include-itself.xml"/></section>)");
  check_error(itself, "<section", {"this file is a part of a publication", "<include href="});
}

TEST_CASE("structure: key figures, QR codes and contacts check their contents") {
  std::string seven = "<facts>";
  for (int i = 0; i < 7; ++i) seven += "<fact value=\"1\"><label>L</label></fact>";
  seven += "</facts>";
  auto facts = read_file("facts.xml", handbook(seven));
  check_error(facts, "<facts>", {"<facts> holds 2 to 6 <fact> tiles, this one 7", "split it"});

  auto qr = read_file("qr.xml", handbook("<qr ecc=\"H\" data=\"" + std::string(1300, 'x') + "\"/>"));
  check_error(qr, "<qr", {"on <qr> is not valid: expected at most 1273 bytes", "ecc=\"H\""});

  auto contact = read_file("contact.xml", handbook(R"(<contacts><contact>
  <organisation>DEZA</organisation>
  <email>invest at quangngai</email>
  <web>www.quangngai.gov.vn</web>
</contact></contacts>)"));
  check_error(contact, "invest at", {"<email> \"invest at quangngai\" is not valid", "e-mail address"});
  check_error(contact, "www.", {"<web> \"www.quangngai.gov.vn\" is not valid", "https://"});
}

TEST_CASE("structure: the languages attribute") {
  auto r = read_file("languages.xml", R"(<publication id="x" kind="handbook" layout="handbook-a4"
    languages="en vi english en">
  <meta><title><t xml:lang="en">T</t></title></meta>
  <section><h>H</h><p>x</p></section>
</publication>)");
  check_error(r, "languages=", {"\"english\" is not a language tag"});
  check_error(r, "languages=", {"languages names en twice"});
  // A broken list is reported once, not again at every text that follows it.
  CHECK(r.diagnostics.error_count() == 2);
}

TEST_CASE("structure: files that are no publication") {
  util::Diagnostics diagnostics;
  CHECK_FALSE(model::read_publication(fixture("does-not-exist.xml"), diagnostics));
  CHECK(diagnostics.contains("does-not-exist.xml: error: cannot read"));
  CHECK(diagnostics.contains("no such file"));

  auto other = read_file("other-root.xml", "<layout/>");
  check_error(other, "<layout/>", {"the root element is <layout>", "starts with <publication>"});
}

TEST_CASE("structure: tinyxml2's own errors come out with its text and line") {
  // The markup scan passes this; tinyxml2 refuses elements nested over 100 deep.
  std::string deep = "<publication id=\"x\" kind=\"handbook\" layout=\"a\" languages=\"en\">\n";
  for (int i = 0; i < 120; ++i) deep += "<b>";
  for (int i = 0; i < 120; ++i) deep += "</b>";
  deep += "\n</publication>\n";
  auto r = read_file("too-deep.xml", deep);
  check_error(r, "<b><b>", {"malformed XML", "XML_ELEMENT_DEPTH_EXCEEDED"});
}

TEST_CASE("structure: warnings do not block output") {
  auto r = read_file("warnings.xml", R"(<publication id="x" kind="handbook" layout="handbook-a4" languages="en">
  <meta><title>T</title></meta>
  <inside-back-cover/>
</publication>)");
  INFO(listing(r.diagnostics));
  CHECK(r.publication);
  CHECK(r.diagnostics.error_count() == 0);
  CHECK(r.diagnostics.contains("warning: <inside-back-cover> is empty"));
  CHECK(r.diagnostics.contains("warning: the handbook has no sections"));
}

TEST_CASE("structure: an unknown attribute is reported on every element of the model") {
  // all-elements.xml with bogus="1" added to every start tag: each one must be reported, or
  // some reader forgot to check its attributes.
  std::ifstream in(fixture("all-elements.xml"));
  std::string xml{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  std::regex start_tag(R"(<([a-z][a-z-]*)([ />]))");
  std::string marked = std::regex_replace(xml, start_tag, "<$1 bogus=\"1\"$2");
  auto r = read_file("bogus-everywhere.xml", marked);
  int tags = 0;
  for (auto it = std::sregex_iterator(xml.begin(), xml.end(), start_tag); it != std::sregex_iterator(); ++it)
    ++tags;
  INFO(listing(r.diagnostics));
  CHECK(tags > 100);
  int reported = 0;
  for (const auto& d : r.diagnostics.all())
    if (d.message.starts_with("unknown attribute bogus on <")) ++reported;
  CHECK(reported == tags);
  CHECK(r.diagnostics.error_count() == tags);
}
