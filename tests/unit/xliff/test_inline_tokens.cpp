// The tokens of a <t>: what XLIFF codes, the written-back XML and the status fingerprint are
// made of.
#include <catch2/catch.hpp>

#include "xliff/inline_tokens.hpp"

namespace {

xliff::Tokens tokens_of(const char* xml) {
  tinyxml2::XMLDocument document(true, tinyxml2::PRESERVE_WHITESPACE);
  REQUIRE(document.Parse(xml) == tinyxml2::XML_SUCCESS);
  return xliff::read_tokens(*document.RootElement());
}

}  // namespace

TEST_CASE("xliff: white space collapses as the content reader collapses it") {
  auto t = tokens_of("<t xml:lang=\"vi\">\n   Khu <b>Dung  Quất</b>\n  có <num ref=\"x\"/> dự án.  </t>");
  REQUIRE(t.size() == 7);
  CHECK(t[0].text == "Khu ");
  CHECK(t[1].markup == "<b>");
  CHECK(t[2].text == "Dung Quất");
  CHECK(t[3].markup == "</b>");
  CHECK(t[4].text == " có ");
  CHECK(t[5].kind == xliff::Token::Kind::standalone);
  CHECK(t[5].markup == "<num ref=\"x\"/>");
  CHECK(t[6].text == " dự án.");
  CHECK(xliff::content_xml(t) == "Khu <b>Dung Quất</b> có <num ref=\"x\"/> dự án.");
}

TEST_CASE("xliff: markup is written back escaped, attributes in their order") {
  auto t = tokens_of(R"(<t>A &amp; B <a href="https://x.vn/?a=1&amp;b=2">link</a> &lt;3</t>)");
  CHECK(xliff::content_xml(t) == R"(A &amp; B <a href="https://x.vn/?a=1&amp;b=2">link</a> &lt;3)");
  CHECK(xliff::markup_name(t[1].markup) == "a");
}

TEST_CASE("xliff: a translation's codes take the source's ids by element and order") {
  auto source = tokens_of("<t><b>a</b> <a href=\"#x\">b</a> <br/> <b>c</b></t>");
  auto target = tokens_of("<t><a href=\"#x\">B</a> <b>C</b><b>A</b></t>");
  xliff::match_codes(source, target);
  std::vector<int> ids;
  for (const auto& t : target)
    if (t.kind == xliff::Token::Kind::open) ids.push_back(t.code);
  CHECK(ids == std::vector<int>{2, 1, 4});  // <a> is the source's code 2; the <b>s its codes 1 and 4
  auto extra = tokens_of("<t><i>x</i></t>");
  xliff::match_codes(source, extra);
  CHECK(extra[0].code == 5);  // a code the source lacks: above the source's highest (4)
}

TEST_CASE("xliff: the fingerprint changes with the text and the markup, not with white space") {
  const auto print = xliff::fingerprint(tokens_of("<t>Tăng trưởng <b>cao</b></t>"));
  CHECK(print.size() == 16);
  CHECK(print == xliff::fingerprint(tokens_of("<t>\n  Tăng   trưởng\n<b>cao</b> </t>")));
  CHECK(print != xliff::fingerprint(tokens_of("<t>Tăng trưởng <i>cao</i></t>")));
  CHECK(print != xliff::fingerprint(tokens_of("<t>Tăng trưởng <b>cao.</b></t>")));
}

TEST_CASE("xliff: a <label ref/> stands alone, like <num/>: translators keep it as a placeholder") {
  auto t = tokens_of("<t xml:lang=\"vi\"><label ref=\"source\"/>  số liệu</t>");
  REQUIRE(t.size() == 2);
  CHECK(t[0].kind == xliff::Token::Kind::standalone);
  CHECK(t[0].markup == "<label ref=\"source\"/>");
  CHECK(t[1].text == " số liệu");
}
