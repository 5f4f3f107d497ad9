#include <catch2/catch.hpp>

#include "util/suggest.hpp"

TEST_CASE("suggestions: the nearest name close enough to be a typo") {
  const std::vector<std::string> names = {"sea", "sea-light", "sand", "grey"};
  CHECK(util::closest_name("see", names) == "sea");
  CHECK(util::closest_name("sea-ligth", names) == "sea-light");
  CHECK(util::closest_name("gray", names) == "grey");
  CHECK_FALSE(util::closest_name("magenta", names));
  CHECK_FALSE(util::closest_name("sea", names));  // the name itself is no suggestion
  CHECK(util::did_you_mean("snad", names) == " (did you mean \"sand\"?)");
  CHECK(util::did_you_mean("cobalt", names).empty());
  CHECK_FALSE(util::closest_name("zz", std::vector<std::string>{"a", "sea"}));  // no typo of either
  CHECK_FALSE(util::closest_name("gery", std::vector<std::string>{"grid"}));   // too many edits for four letters
  CHECK(util::closest_name("running-hed", std::vector<std::string>{"running-head", "folio"}) == "running-head");
}

TEST_CASE("suggestions: element and link names of the content model") {
  const std::vector<std::string_view> names{"h", "p", "ul", "ol", "table", "style", "incentives"};
  CHECK(util::closest_name("h1", names) == "h");
  CHECK(util::closest_name("styel", names) == "style");
  CHECK(util::closest_name("tabel", names) == "table");
  CHECK(util::closest_name("incentive", names) == "incentives");
  CHECK_FALSE(util::closest_name("b", names));
  CHECK_FALSE(util::closest_name("section", names));
  CHECK_FALSE(util::closest_name("table", names));
}
