#pragma once
// std::visit(util::overloaded{[](const A&) {…}, [](const B&) {…}}, variant): one lambda per
// alternative, so adding an alternative to the variant fails to compile until every visitor
// handles it.
namespace util {

template <class... Ts>
struct overloaded : Ts... {
  using Ts::operator()...;
};
template <class... Ts>
overloaded(Ts...) -> overloaded<Ts...>;

}  // namespace util
