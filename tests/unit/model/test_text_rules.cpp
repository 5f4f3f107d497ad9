// Translations side by side, language-neutral text, inline markup: read through the whole
// reader from small scratch files.
#include <catch2/catch.hpp>

#include "model/reader.hpp"
#include "model_test_support.hpp"

using namespace model_test;

namespace {

struct Read {
  std::string file;
  util::Diagnostics diagnostics;
  std::optional<model::Publication> publication;
};

Read read_handbook(std::string_view name, std::string_view body,
                   std::string_view languages = "en vi") {
  Read r;
  r.file = scratch_file("text-" + std::string(name), handbook(body, languages));
  r.publication = model::read_publication(r.file, r.diagnostics);
  return r;
}

const model::Section& first_section(const Read& r) {
  REQUIRE(r.publication);
  return std::get<model::Section>(r.publication->body.at(0).node);
}

// The error with all `words` is on the line of the scratch file that holds `marker`.
void check_error(const Read& r, std::string_view marker,
                 std::initializer_list<std::string_view> words) {
  INFO(listing(r.diagnostics));
  CHECK_FALSE(r.publication);
  const auto* error = find_error(r.diagnostics, words);
  REQUIRE(error);
  CHECK(error->where.file == r.file);
  CHECK(error->where.line == line_containing(r.file, marker));
}

}  // namespace

TEST_CASE("text: a space between two inline elements survives") {
  auto r = read_handbook("space-between.xml", "<p><b>Dung</b> <i>Quất</i></p>");
  INFO(listing(r.diagnostics));
  const auto& p = std::get<model::Paragraph>(first_section(r).blocks.at(0).node);
  CHECK(p.text.plain("en") == "Dung Quất");
  CHECK(p.text.translations.at(0).content.at(1).text == " ");
}

TEST_CASE("text: white space collapses across elements and line breaks") {
  auto r = read_handbook("collapse.xml", "<p>  a <b> b </b>  <i>c</i>\n d<br/>  e  </p>");
  const auto& content =
      std::get<model::Paragraph>(first_section(r).blocks.at(0).node).text.translations.at(0).content;
  using K = model::InlineKind;
  REQUIRE(content.size() == 6);
  CHECK(content[0].text == "a ");
  CHECK(content[1].kind == K::strong);
  CHECK(content[1].children.at(0).text == "b ");
  CHECK(content[2].children.at(0).text == "c");
  CHECK(content[3].text == " d");
  CHECK(content[4].kind == K::line_break);
  CHECK(content[5].text == "e");
}

TEST_CASE("text: numbers, links and spans keep their attributes") {
  auto r = read_handbook("inline-attributes.xml",
                         R"(<p><num value="-1234.5" decimals="1"/> <a href="mailto:invest@quangngai.gov.vn"><b>mail</b></a> <span style="note">x</span></p>)");
  const auto& content =
      std::get<model::Paragraph>(first_section(r).blocks.at(0).node).text.translations.at(0).content;
  REQUIRE(content.size() == 5);
  CHECK(content[0].amount.value == "-1234.5");
  CHECK(content[0].amount.decimals == 1);
  CHECK(content[2].href == "mailto:invest@quangngai.gov.vn");
  CHECK(content[2].children.at(0).kind == model::InlineKind::strong);
  CHECK(content[4].style == "note");
}

TEST_CASE("text: <t> mixed with text outside it") {
  auto r = read_handbook("mixed.xml",
                         "<p><t xml:lang=\"en\">Port</t>\n<t xml:lang=\"vi\">Cảng</t>\n stray words</p>");
  check_error(r, "stray words", {"<p> mixes <t> translations with text outside them"});
}

TEST_CASE("text: a translation in a language the publication does not declare") {
  auto r = read_handbook("undeclared.xml",
                         "<p><t xml:lang=\"en\">Port</t><t xml:lang=\"vi\">Cảng</t>\n"
                         "<t xml:lang=\"fr\">Port</t></p>");
  check_error(r, "\"fr\"", {"<t xml:lang=\"fr\">", "fr is not one of the publication's languages (en vi)",
                            "add fr to languages="});
}

TEST_CASE("text: the same language twice") {
  auto r = read_handbook("twice.xml",
                         "<p><t xml:lang=\"en\">Port</t><t xml:lang=\"vi\">Cảng</t>\n"
                         "<t xml:lang=\"en\">Harbour</t></p>");
  check_error(r, "Harbour", {"a second <t xml:lang=\"en\"> in <p>", "keep one"});
}

TEST_CASE("text: an empty translation, an empty paragraph") {
  auto empty_t = read_handbook("empty-t.xml", "<p><t xml:lang=\"en\">Port</t><t xml:lang=\"vi\"> </t></p>");
  check_error(empty_t, "<p>", {"empty <t xml:lang=\"vi\"> in <p>"});
  auto empty_p = read_handbook("empty-p.xml", "<p>\n</p>");
  check_error(empty_p, "<p>", {"<p> is empty", "(en vi)", "once without <t>"});
}

TEST_CASE("text: xml:lang missing or not a language tag") {
  auto r = read_handbook("bad-lang.xml",
                         "<p><t>Port</t>\n<t xml:lang=\"english\">Port</t>\n<t lang=\"vi\">Cảng</t></p>");
  check_error(r, "<t>Port", {"<t> needs the attribute xml:lang"});
  check_error(r, "english", {"xml:lang=\"english\" on <t>", "a language tag like vi"});
  check_error(r, "lang=\"vi\"", {"unknown attribute lang on <t>", "allowed here: xml:lang"});
  CHECK_FALSE(r.diagnostics.contains("is empty"));  // the <t> elements are there, just broken
}

TEST_CASE("text: markup that does not belong in running text") {
  auto r = read_handbook("inline-misuse.xml", R"(<p><b><t xml:lang="en">x</t></b></p>
<p><a href="#s">a <a href="#s">nested</a></a></p>
<p>x<br>y</br></p>
<p><span>no style</span></p>
<p>a <table/> b</p>)");
  check_error(r, "<b><t", {"<t> inside <b>", "direct children"});
  check_error(r, "nested", {"a link inside a link"});
  check_error(r, "<br>y", {"text directly inside <br>", "write it as <br/>"});
  check_error(r, "no style", {"<span> needs the attribute style"});
  check_error(r, "<table/>", {"<table> is not allowed in <p>", "allowed here: <t>, <b>"});
}

TEST_CASE("text: a list item's text comes first, then nested lists and paragraphs") {
  auto ok = read_handbook("li-ok.xml", "<ul><li>Item <b>one</b><ul><li>sub</li></ul><p>more</p></li></ul>");
  INFO(listing(ok.diagnostics));
  const auto& list = std::get<model::List>(first_section(ok).blocks.at(0).node);
  CHECK(list.items.at(0).text.plain("vi") == "Item one");
  CHECK(list.items.at(0).children.size() == 2);

  auto late = read_handbook("li-late.xml", "<ul><li>Item<ul><li>sub</li></ul>\nlate text</li></ul>");
  check_error(late, "late text", {"text directly inside <li>", "text after them goes into a <p>"});
}

TEST_CASE("text: an empty optional element warns and does not block output") {
  auto r = read_handbook("empty-caption.xml", "<figure src=\"map.png\"><caption/></figure>");
  INFO(listing(r.diagnostics));
  CHECK(r.publication);
  CHECK(r.diagnostics.warning_count() == 1);
  CHECK(r.diagnostics.contains("warning: <caption> is empty"));
}

TEST_CASE("text: plain-text elements refuse markup") {
  util::Diagnostics diagnostics;
  auto file = scratch_file("text-date-markup.xml", R"(<publication id="x" kind="handbook" layout="handbook-a4" languages="en">
  <meta><title>T</title><date><b>2026</b>-01-15</date></meta>
  <section><h>H</h><p>x</p></section>
</publication>)");
  CHECK_FALSE(model::read_publication(file, diagnostics));
  CHECK(find_error(diagnostics, {"<date> holds plain text, no markup such as <b>"}));
}

TEST_CASE("text: <label ref> is a word of the layout, kept by its key; without ref it is an error") {
  auto r = read_handbook("inline-label.xml", R"(<p><label ref="source"/> số liệu <label ref="map-legend"/></p>)");
  INFO(listing(r.diagnostics));
  const auto& content =
      std::get<model::Paragraph>(first_section(r).blocks.at(0).node).text.translations.at(0).content;
  REQUIRE(content.size() == 3);
  CHECK(content[0].kind == model::InlineKind::label);
  CHECK(content[0].key == "source");
  CHECK(content[1].text == " số liệu ");  // a label counts as a word: the spaces around it stay
  CHECK(content[2].key == "map-legend");
  CHECK(content[2].where.line == line_containing(r.file, "map-legend"));

  auto bad = read_handbook("inline-label-bad.xml", R"(<p>Nguồn: <label key="source"/></p>)");
  check_error(bad, "key=\"source\"", {"<label> needs the attribute ref"});
}
