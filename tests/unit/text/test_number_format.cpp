// Numbers per language through ICU (Debian 12: ICU 72, CLDR 42). The expected strings are
// CLDR's patterns for each locale as ICU documents them (decimal and grouping symbols,
// percent and compact-decimal patterns), written out by hand here, not taken from the engine.
#include <catch2/catch.hpp>

#include <string>

#include "text/number_format.hpp"

namespace {

const std::string nbsp = "\u00A0";

std::string format(const std::string& locale, const std::string& value, int decimals, const std::string& unit = "",
                   text::Notation notation = text::Notation::plain, bool compact_short = false,
                   std::map<std::string, std::string> currencies = {}) {
  text::NumberConventions c;
  c.locale = locale;
  c.compact_short = compact_short;
  c.currency_formats = std::move(currencies);
  std::string error;
  auto out = text::format_amount({value, decimals, unit, notation}, c, &error);
  INFO(error);
  REQUIRE(out);
  return *out;
}

std::string compact(const std::string& locale, const std::string& value, int decimals = 1, bool short_form = false) {
  return format(locale, value, decimals, "", text::Notation::compact, short_form);
}

}  // namespace

TEST_CASE("integers and decimals use each locale's symbols and grouping") {
  CHECK(format("vi", "1234.5", 1) == "1.234,5");
  CHECK(format("en", "1234.5", 1) == "1,234.5");
  CHECK(format("zh", "1234.5", 1) == "1,234.5");
  CHECK(format("ko", "1234.5", 1) == "1,234.5");
  CHECK(format("ja", "1234.5", 1) == "1,234.5");
  CHECK(format("ru", "1234.5", 1) == "1" + nbsp + "234,5");  // CLDR ru: U+00A0 groups
  CHECK(format("vi", "14825.48", 2) == "14.825,48");
  CHECK(format("en", "2161755", 0) == "2,161,755");
  CHECK(format("ru", "2161755", 0) == "2" + nbsp + "161" + nbsp + "755");
  CHECK(format("en", "999", 0) == "999");
  CHECK(format("en", "7", 2) == "7.00");  // fixed decimals pad
}

TEST_CASE("rounding is half-up on the decimal value, never on a binary double") {
  // 2.675 is 2.67499999… as a double; read as decimal it is exactly halfway.
  CHECK(format("en", "2.675", 2) == "2.68");
  CHECK(format("en", "2.665", 2) == "2.67");  // half-even would give 2.66
  CHECK(format("en", "0.125", 2) == "0.13");
  CHECK(format("en", "-2.675", 2) == "-2.68");  // away from zero
  CHECK(format("en", "0.04", 1) == "0.0");
  // 1.005 is 1.00499999… as a double: a binary formatter prints 1.00.
  CHECK(format("en", "1.005", 2) == "1.01");
  CHECK(format("vi", "1.005", 2) == "1,01");
  // Halfway to a whole number rounds up, not to the even neighbour (half-even: 2, 2, 4).
  CHECK(format("en", "2.5", 0) == "3");
  CHECK(format("en", "1.5", 0) == "2");
  CHECK(format("en", "3.5", 0) == "4");
  // 20 digits: more than a double holds exactly.
  CHECK(format("en", "12345678901234567890", 0) == "12,345,678,901,234,567,890");
  CHECK(format("vi", "12345678901234567890", 0) == "12.345.678.901.234.567.890");
}

TEST_CASE("negative numbers: the minus sign of the locale or the layout, never a negative zero") {
  CHECK(format("en", "-3.5", 1) == "-3.5");
  CHECK(format("en", "-0.04", 1) == "0.0");
  // −0.5 is halfway: away from zero it is −1; −0.4 rounds to a plain 0, never "−0".
  CHECK(format("en", "-0.5", 0) == "-1");
  CHECK(format("en", "-0.4", 0) == "0");
  CHECK(format("ru", "-0.4", 0) == "0");
  text::NumberConventions c;
  c.locale = "en";
  c.minus_sign = "\u2212";
  CHECK(text::format_amount({"-3.5", 1, "", text::Notation::plain}, c) == "\u22123.5");
  CHECK(text::format_amount({"-0.5", 0, "", text::Notation::plain}, c) == "\u22121");
  CHECK(text::format_amount({"-0.4", 0, "", text::Notation::plain}, c) == "0");
  CHECK(text::format_amount({"-12345678901234567890", 0, "", text::Notation::plain}, c) ==
        "\u221212,345,678,901,234,567,890");
}

TEST_CASE("the layout may override the locale's separators") {
  text::NumberConventions c;
  c.locale = "en";
  c.decimal_separator = ",";
  c.group_separator = " ";  // printed as a no-break space
  CHECK(text::format_amount({"1234.5", 1, "", text::Notation::plain}, c) == "1" + nbsp + "234,5");
}

TEST_CASE("percent follows each locale's percent pattern") {
  CHECK(format("vi", "11.51", 2, "%") == "11,51%");
  CHECK(format("en", "11.51", 2, "%") == "11.51%");
  CHECK(format("zh", "11.51", 2, "%") == "11.51%");
  CHECK(format("ko", "11.51", 2, "%") == "11.51%");
  CHECK(format("ja", "11.51", 2, "%") == "11.51%");
  CHECK(format("ru", "11.51", 2, "%") == "11,51" + nbsp + "%");  // CLDR ru: "#,##0 %"
}

TEST_CASE("currency: ICU's symbol, or the layout's pattern") {
  CHECK(format("en", "3979", 0, "USD") == "$3,979");
  CHECK(format("vi", "1234567", 0, "VND") == "1.234.567" + nbsp + "₫");
  CHECK(format("ru", "3979", 0, "USD") == "3" + nbsp + "979" + nbsp + "$");
  CHECK(format("en", "3979", 0, "USD", text::Notation::plain, false, {{"USD", "US${n}"}}) == "US$3,979");
  CHECK(format("vi", "3979", 0, "USD", text::Notation::plain, false, {{"USD", "{n} USD"}}) == "3.979 USD");
}

TEST_CASE("compact forms: the words each language counts large numbers in") {
  // Long forms, at most one decimal.
  CHECK(compact("vi", "18500000000") == "18,5 tỷ");
  CHECK(compact("en", "18500000000") == "18.5 billion");
  CHECK(compact("ru", "18500000000") == "18,5 миллиарда");
  // Chinese, Japanese and Korean count in ten-thousands: 万/만 and 亿/億/억 (10^8).
  CHECK(compact("zh", "18500000000") == "185亿");
  CHECK(compact("ja", "18500000000") == "185億");
  CHECK(compact("ko", "18500000000") == "185억");
  // Short forms: what a Russian reader expects in a tile.
  CHECK(compact("ru", "18500000000", 1, true) == "18,5" + nbsp + "млрд");
  CHECK(compact("en", "18500000000", 1, true) == "18.5B");
  CHECK(compact("vi", "18500000000", 1, true) == "18,5" + nbsp + "T");  // hence vi uses long
  // The number of decimals is a maximum: no "19,0 tỷ".
  CHECK(compact("vi", "19000000000") == "19 tỷ");
  CHECK(compact("zh", "2161755") == "216.2万");
  CHECK(compact("en", "45000") == "45 thousand");
}

TEST_CASE("compact rounding at a boundary moves to the next word, as a reader expects") {
  // 999,950 with one decimal rounds to 1,000.0 thousand: ICU re-chooses the magnitude.
  CHECK(compact("vi", "999950") == "1 triệu");
  CHECK(compact("en", "999950") == "1 million");
  CHECK(compact("ru", "999950", 1, true) == "1" + nbsp + "млн");
  CHECK(compact("zh", "999950") == "100万");
  CHECK(compact("ko", "999950") == "100만");
  // Just below the half stays in thousands.
  CHECK(compact("vi", "999949") == "999,9 nghìn");
  CHECK(compact("en", "999949") == "999.9 thousand");
}

TEST_CASE("compact currency amounts in the layout's words") {
  auto money = [](const std::string& locale, const std::string& pattern, bool short_form = false) {
    return format(locale, "18500000000", 1, "USD", text::Notation::compact, short_form, {{"USD", pattern}});
  };
  CHECK(money("vi", "{n} USD") == "18,5 tỷ USD");
  CHECK(money("en", "US${n}") == "US$18.5 billion");
  CHECK(money("zh", "{n}美元") == "185亿美元");
  CHECK(money("ru", "{n} долл. США", true) == "18,5" + nbsp + "млрд долл. США");
  CHECK(money("ko", "{n} 달러") == "185억 달러");
  CHECK(money("ja", "{n}ドル") == "185億ドル");
}

TEST_CASE("what ICU cannot format is an error, not a guess") {
  text::NumberConventions c;
  std::string error;
  CHECK_FALSE(text::format_amount({"1e5", 0, "", text::Notation::plain}, c, &error));
  CHECK_FALSE(error.empty());
  CHECK_FALSE(text::format_amount({"12,5", 0, "", text::Notation::plain}, c, &error));
}

TEST_CASE("an amount cut after its last digit, for tiles that set the words smaller") {
  auto parts = [](const std::string& locale, const std::string& value, int decimals, const std::string& unit,
                  text::Notation notation, std::map<std::string, std::string> currencies = {}) {
    text::NumberConventions c;
    c.locale = locale;
    c.compact_short = locale == "ru";
    c.currency_formats = std::move(currencies);
    auto p = text::format_amount_parts({value, decimals, unit, notation}, c);
    REQUIRE(p);
    return std::pair{p->lead, p->trail};
  };
  CHECK(parts("en", "19200000000", 1, "USD", text::Notation::compact, {{"USD", "US${n}"}}) ==
        std::pair<std::string, std::string>{"US$19.2", " billion"});
  CHECK(parts("ru", "19200000000", 1, "USD", text::Notation::compact, {{"USD", "{n} долл. США"}}) ==
        std::pair<std::string, std::string>{"19,2", nbsp + "млрд долл. США"});
  CHECK(parts("zh", "19200000000", 1, "USD", text::Notation::compact, {{"USD", "{n}美元"}}) ==
        std::pair<std::string, std::string>{"192", "亿美元"});
  CHECK(parts("vi", "11.51", 2, "%", text::Notation::plain) == std::pair<std::string, std::string>{"11,51", "%"});
  CHECK(parts("ru", "11.51", 2, "%", text::Notation::plain) == std::pair<std::string, std::string>{"11,51", nbsp + "%"});
  CHECK(parts("en", "2161755", 0, "", text::Notation::plain) == std::pair<std::string, std::string>{"2,161,755", ""});
}
