#include <catch2/catch.hpp>

#include "style/suggest.hpp"

TEST_CASE("suggestions: the nearest name close enough to be a typo") {
  const std::vector<std::string> names = {"sea", "sea-light", "sand", "grey"};
  CHECK(style::closest_name("see", names) == "sea");
  CHECK(style::closest_name("sea-ligth", names) == "sea-light");
  CHECK(style::closest_name("gray", names) == "grey");
  CHECK_FALSE(style::closest_name("magenta", names));
  CHECK_FALSE(style::closest_name("sea", names));  // the name itself is no suggestion
  CHECK(style::did_you_mean("snad", names) == " (did you mean \"sand\"?)");
  CHECK(style::did_you_mean("cobalt", names).empty());
  CHECK_FALSE(style::closest_name("zz", {"a", "sea"}));  // two edits from "a", but no typo
  CHECK_FALSE(style::closest_name("gery", {"grid"}));   // two edits: too many for four letters
  CHECK(style::closest_name("running-hed", {"running-head", "folio"}) == "running-head");
}
