#include <catch2/catch.hpp>

#include "util/diagnostics.hpp"
#include "util/limits.hpp"

TEST_CASE("limits: NAME=VALUE with binary suffixes for bytes and decimal ones for counts") {
  util::Limits limits;
  CHECK_FALSE(util::parse_limit("include=2M", limits));
  CHECK(limits.include_bytes == 2u << 20);
  CHECK_FALSE(util::parse_limit("image-pixels=100M", limits));
  CHECK(limits.image_pixels == 100'000'000u);
  CHECK_FALSE(util::parse_limit("pages=12", limits));
  CHECK(limits.pages == 12u);
  CHECK(util::parse_limit("pages=0", limits)->find("positive number") != std::string::npos);
  CHECK(util::parse_limit("pages=-1", limits));
  CHECK(util::parse_limit("pages=99999999999999999999G", limits));
  CHECK(util::parse_limit("fonts=3", limits)->find("unknown limit") != std::string::npos);
  CHECK(util::parse_limit("pages", limits));
}

TEST_CASE("messages: control characters and bidi overrides from the input are shown, not acted on") {
  CHECK(util::printable("a\x1b[2Jb") == "a\\x1b[2Jb");
  CHECK(util::printable("title\x1b]0;x\x07") == "title\\x1b]0;x\\x07");
  CHECK(util::printable("next\xC2\x85line") == "next\\u{0085}line");
  CHECK(util::printable("abc\xE2\x80\xAE" "cba") == "abc\\u{202e}cba");
  CHECK(util::printable("Quảng Ngãi 图 ü") == "Quảng Ngãi 图 ü");
  util::Diagnostic d{util::Severity::error, {"f\x1b.xml", 2, 3}, "bad \x1b"};
  CHECK(d.str() == "f\\x1b.xml:2:3: error: bad \\x1b");
}
