#include <catch2/catch.hpp>

#include "text/number_format.hpp"

TEST_CASE("numbers are formatted per language from one value") {
  text::NumberFormat vi{",", "."}, en{".", ","}, ru{",", " "};
  CHECK(text::format_number(1234.5, 1, vi) == "1.234,5");
  CHECK(text::format_number(1234.5, 1, en) == "1,234.5");
  CHECK(text::format_number(1234.5, 1, ru) == "1\u00A0234,5");
  CHECK(text::format_number(14825.48, 2, vi) == "14.825,48");
  CHECK(text::format_number(2161755, 0, en) == "2,161,755");
  CHECK(text::format_number(11.51, 2, ru) == "11,51");
  CHECK(text::format_number(999, 0, en) == "999");
  CHECK(text::format_number(-3.5, 1, en) == "\u22123.5");
  CHECK(text::format_number(0.04, 1, en) == "0.0");
}
