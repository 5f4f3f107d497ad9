// visit_each's compile-time checks, asserted on their traits (a failing static_assert cannot run).
#include <catch2/catch.hpp>

#include <string>
#include <variant>

#include "util/overloaded.hpp"

namespace {

using Node = std::variant<int, std::string>;
auto per_type = util::overloaded{[](const int&) { return 1; }, [](const std::string&) { return 2; }};
auto generic = util::overloaded{[](const auto&) { return 0; }};
auto one_missing = util::overloaded{[](const int&) { return 1; }};

static_assert(util::handles_every_v<decltype(per_type), Node>);
static_assert(!util::catches_all_v<decltype(per_type)>);
static_assert(util::catches_all_v<decltype(generic)>, "a generic lambda is caught");
static_assert(!util::handles_every_v<decltype(one_missing), Node>, "a missing alternative is caught");

}  // namespace

TEST_CASE("visit_each calls the one handler of the alternative held") {
  CHECK(util::visit_each(Node{3}, per_type) == 1);
  CHECK(util::visit_each(Node{std::string("x")}, per_type) == 2);
}
