#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "text/punctuation_spacing.hpp"

namespace {

std::vector<std::size_t> halved(const std::u32string& text) {
  return text::halved_punctuation(std::vector<char32_t>(text.begin(), text.end()));
}

}  // namespace

TEST_CASE("adjacent CJK punctuation: which mark gives up its blank half (JLReq 3.1.4)") {
  // A closing mark before a closing or an opening one: the first.
  CHECK(halved(U"日本）、大阪") == std::vector<std::size_t>{2});
  CHECK(halved(U"です。」と") == std::vector<std::size_t>{2});
  CHECK(halved(U"東京、「大阪」") == std::vector<std::size_t>{2});
  CHECK(halved(U"）」。") == std::vector<std::size_t>{0, 1});
  // Two opening brackets: the second.
  CHECK(halved(U"「（注）") == std::vector<std::size_t>{1});
  // A single mark keeps its whole em; so do marks beside letters, digits and spaces.
  CHECK(halved(U"東京、大阪。") == std::vector<std::size_t>{});
  CHECK(halved(U"（VSIP）、") == std::vector<std::size_t>{5});
  CHECK(halved(U"）　「") == std::vector<std::size_t>{});
  // Middle dots and colons are centred in Japanese fonts: not part of this rule.
  CHECK(halved(U"・「：（") == std::vector<std::size_t>{});
}
