#include <catch2/catch.hpp>

#include "model/values.hpp"

namespace values = model::values;

TEST_CASE("language tags: ISO 639 codes with optional script, region and variants") {
  for (auto tag : {"vi", "en", "zh", "ru", "ko", "ja", "zh-Hans", "pt-BR", "fil", "de-CH-1996"})
    CHECK(values::is_language_tag(tag));
  for (auto tag : {"", "e", "english", "en_US", "en-", "-en", "en--US", "zh-Hans-toolongtag", "1a"})
    CHECK_FALSE(values::is_language_tag(tag));
}

TEST_CASE("names: ASCII, starting with a letter or underscore") {
  CHECK(values::is_name("qn-handbook_2026.v1"));
  CHECK(values::is_name("_x"));
  CHECK_FALSE(values::is_name(""));
  CHECK_FALSE(values::is_name("1st"));
  CHECK_FALSE(values::is_name("tổng-quan"));
  CHECK_FALSE(values::is_name("two words"));
}

TEST_CASE("numbers: decimal without exponent, grouping or sign tricks") {
  CHECK(values::parse_decimal("45332") == 45332.0);
  CHECK(values::parse_decimal("-11.51") == Approx(-11.51));
  for (auto bad : {"", "1,5", "1e3", "+1", ".5", "5.", "1 000", "inf", "nan", "0x10"})
    CHECK_FALSE(values::parse_decimal(bad));
  CHECK(values::parse_integer("-3") == -3);
  CHECK_FALSE(values::parse_integer("3.0"));
  CHECK_FALSE(values::parse_integer("99999999999"));
}

TEST_CASE("dates: YYYY-MM-DD of a real day") {
  CHECK(values::is_date("2026-01-15"));
  CHECK(values::is_date("2024-02-29"));
  CHECK(values::is_date("2000-02-29"));
  for (auto bad : {"2026-02-29", "1900-02-29", "2026-13-01", "2026-04-31", "2026-1-15",
                   "15/01/2026", "2026-01-15Z", "2026-00-10"})
    CHECK_FALSE(values::is_date(bad));
}

TEST_CASE("lengths and column widths") {
  for (auto ok : {"25mm", "1.5in", "2cm", "12pt"}) CHECK(values::is_length(ok));
  for (auto bad : {"25", "mm", "-3mm", "0mm", "25 mm", "25px", "1e1mm"})
    CHECK_FALSE(values::is_length(bad));
  for (auto ok : {"auto", "2*", "0.5*", "30mm"}) CHECK(values::is_column_width(ok));
  for (auto bad : {"*", "0*", "wide", "2**"}) CHECK_FALSE(values::is_column_width(bad));
}

TEST_CASE("hrefs: the web, mail, or a place in the publication") {
  using values::LinkTarget;
  CHECK(values::classify_href("https://quangngai.gov.vn") == LinkTarget::web);
  CHECK(values::classify_href("http://x.vn/a?b=c") == LinkTarget::web);
  CHECK(values::classify_href("mailto:invest@quangngai.gov.vn") == LinkTarget::mail);
  CHECK(values::classify_href("#incentives") == LinkTarget::internal);
  for (auto bad : {"#", "https://", "ftp://x", "javascript:alert(1)", "page.html",
                   "mailto:nobody", "https://a b"})
    CHECK(values::classify_href(bad) == LinkTarget::invalid);
}

TEST_CASE("split_words splits on XML white space only") {
  CHECK(values::split_words("  vi en\tzh\nru  ") ==
        std::vector<std::string_view>{"vi", "en", "zh", "ru"});
  CHECK(values::split_words("a\u00A0b").size() == 1);
}

