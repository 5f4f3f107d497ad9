#include <catch2/catch.hpp>

#include "util/units.hpp"

TEST_CASE("lengths parse in every unit a layout may use") {
  CHECK(*util::parse_length("72") == Approx(72));
  CHECK(*util::parse_length("12pt") == Approx(12));
  CHECK(*util::parse_length("25.4mm") == Approx(72));
  CHECK(*util::parse_length("2.54cm") == Approx(72));
  CHECK(*util::parse_length("1in") == Approx(72));
  CHECK(*util::parse_length(" 3mm ") == Approx(8.50394).epsilon(1e-5));
  CHECK_FALSE(util::parse_length("3 furlongs"));
  CHECK_FALSE(util::parse_length(""));
  CHECK_FALSE(util::parse_length("mm"));
}
