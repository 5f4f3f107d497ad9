#include <catch2/catch.hpp>

#include "util/utf8.hpp"

TEST_CASE("valid UTF-8 in all six scripts passes") {
  CHECK_FALSE(util::find_invalid_utf8("Quảng Ngãi 广义省 Куангнгай 꽝응아이 クアンガイ"));
}

TEST_CASE("an invalid byte is found with its line and column") {
  std::string s = "line one\nab\xC3(x";
  auto e = util::find_invalid_utf8(s);
  REQUIRE(e);
  CHECK(e->line == 2);
  CHECK(e->column == 3);
  CHECK(e->offset == 11);
}

TEST_CASE("overlong encodings, surrogates and truncated sequences are invalid") {
  CHECK(util::find_invalid_utf8("\xC0\xAF"));
  CHECK(util::find_invalid_utf8("\xED\xA0\x80"));
  CHECK(util::find_invalid_utf8("abc\xE1\xBB"));
}

TEST_CASE("code points round-trip through the decoder") {
  std::string s;
  util::append_utf8(s, U'Ễ');
  util::append_utf8(s, U'广');
  util::append_utf8(s, U'\U0001F600');
  std::size_t pos = 0;
  CHECK(util::next_code_point(s, pos) == U'Ễ');
  CHECK(util::next_code_point(s, pos) == U'广');
  CHECK(util::next_code_point(s, pos) == U'\U0001F600');
  CHECK(pos == s.size());
  CHECK(util::code_point_name(U'Ễ') == "U+1EC4");
}
