// Nice tick values, against expectations worked out by hand (steps 1, 2, 2.5, 5 × 10^k, the
// finest with at most max_intervals intervals covering the data).
#include <catch2/catch.hpp>

#include "layout/chart_ticks.hpp"


using layout::nice_ticks;

namespace {

std::vector<std::string> written(const layout::Ticks& ticks) {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < ticks.values.size(); ++i) out.push_back(ticks.decimal(i));
  return out;
}

}  // namespace

TEST_CASE("ticks for 0 to 0.37: tenths, one decimal", "[chart]") {
  // 0.37 / 6 ≈ 0.062: 0.01 … 0.05 need 37, 19, 15, 8 intervals; 0.1 needs 4.
  const auto t = nice_ticks(0, 0.37, 6);
  CHECK(t.step == Approx(0.1));
  CHECK(t.decimals == 1);
  CHECK(written(t) == std::vector<std::string>{"0.0", "0.1", "0.2", "0.3", "0.4"});
}

TEST_CASE("ticks for 3 to 1,234,567: quarter millions, from zero", "[chart]") {
  // 100 000 needs 13 intervals, 200 000 needs 7, 250 000 needs 5 (0 … 1 250 000).
  const auto t = nice_ticks(3, 1234567, 6);
  CHECK(t.step == Approx(250000));
  CHECK(t.decimals == 0);
  CHECK(written(t) == std::vector<std::string>{"0", "250000", "500000", "750000", "1000000", "1250000"});
}

TEST_CASE("ticks for negative values", "[chart]") {
  SECTION("both sides of zero: -3.2 to 7.9") {
    // 1 needs -4 … 8 = 12 intervals; 2 needs -4 … 8 = 6.
    const auto t = nice_ticks(-3.2, 7.9, 6);
    CHECK(t.step == Approx(2));
    CHECK(written(t) == std::vector<std::string>{"-4", "-2", "0", "2", "4", "6", "8"});
  }
  SECTION("all below zero, with the zero of a bar chart: -12 to 0") {
    const auto t = nice_ticks(0, -12, 6);
    CHECK(written(t) == std::vector<std::string>{"-12", "-10", "-8", "-6", "-4", "-2", "0"});
  }
  SECTION("a tick just below zero is written 0, not -0") {
    const auto t = nice_ticks(-0.3, 0.3, 6);
    CHECK(t.step == Approx(0.1));
    CHECK(written(t) == std::vector<std::string>{"-0.3", "-0.2", "-0.1", "0.0", "0.1", "0.2", "0.3"});
  }
}

TEST_CASE("ticks of the handbook's GRDP chart and a quarter step", "[chart]") {
  // 0 … 11.51 in at most 6: 1 needs 12, 2 needs 6 → 0, 2, … 12.
  CHECK(written(nice_ticks(0, 11.51, 6)) == std::vector<std::string>{"0", "2", "4", "6", "8", "10", "12"});
  // 0 … 0.9 in at most 4: 0.1 needs 9, 0.2 needs 5, 0.25 needs 4: two decimals for 0.25.
  const auto t = nice_ticks(0, 0.9, 4);
  CHECK(t.step == Approx(0.25));
  CHECK(written(t) == std::vector<std::string>{"0.00", "0.25", "0.50", "0.75", "1.00"});
}

TEST_CASE("ticks for equal ends and exact multiples", "[chart]") {
  // Zero alone: an axis 0 … 1, in fifths (0.1 would need 10 intervals).
  CHECK(written(nice_ticks(0, 0, 5)) == std::vector<std::string>{"0.0", "0.2", "0.4", "0.6", "0.8", "1.0"});
  // 40 alone: 40 … 50, 10 being 40's order of magnitude.
  CHECK(written(nice_ticks(40, 40, 5)) == std::vector<std::string>{"40", "42", "44", "46", "48", "50"});
  // 0.3 / 0.1 is 2.9999…96 in binary: still three intervals, no fourth.
  CHECK(written(nice_ticks(0, 0.3, 3)) == std::vector<std::string>{"0.0", "0.1", "0.2", "0.3"});
  CHECK(written(nice_ticks(0, 100, 5)) == std::vector<std::string>{"0", "20", "40", "60", "80", "100"});
}
