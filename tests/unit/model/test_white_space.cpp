#include <catch2/catch.hpp>

#include "model/white_space.hpp"

using model::Inline;
using model::InlineKind;

namespace {

Inline text(std::string s) {
  Inline node;
  node.text = std::move(s);
  return node;
}

Inline element(InlineKind kind, std::vector<Inline> children = {}) {
  Inline node;
  node.kind = kind;
  node.children = std::move(children);
  return node;
}

}  // namespace

TEST_CASE("white space collapses to one space across element boundaries and is trimmed") {
  std::vector<Inline> content{text("\n   The "), element(InlineKind::strong, {text(" deep-water\t")}),
                              text("\r\n port  "), element(InlineKind::emphasis, {text("  ")}),
                              text("\n")};
  model::collapse_white_space(content);
  REQUIRE(content.size() == 4);
  CHECK(content[0].text == "The ");
  CHECK(content[1].children.at(0).text == "deep-water ");
  CHECK(content[2].text == "port");
  CHECK(content[3].kind == InlineKind::emphasis);
  CHECK(content[3].children.empty());  // its space was the trailing one
}

TEST_CASE("no-break and ideographic spaces are content, not XML white space") {
  std::vector<Inline> content{text(" 45\u00A0332\u00A0 ha\u3000 ")};
  model::collapse_white_space(content);
  CHECK(content.at(0).text == "45\u00A0332\u00A0 ha\u3000");
}

TEST_CASE("a line break swallows the spaces around it, a number keeps them") {
  std::vector<Inline> content{text("one, "), element(InlineKind::line_break), text("  two "),
                              element(InlineKind::number), text(" ha")};
  model::collapse_white_space(content);
  REQUIRE(content.size() == 5);
  CHECK(content[0].text == "one,");
  CHECK(content[2].text == "two ");
  CHECK(content[4].text == " ha");
}

TEST_CASE("has_content: characters or numbers, at any depth") {
  CHECK_FALSE(model::has_content({}));
  CHECK_FALSE(model::has_content({element(InlineKind::line_break)}));
  CHECK(model::has_content({element(InlineKind::strong, {text("x")})}));
  CHECK(model::has_content({element(InlineKind::number)}));
}
