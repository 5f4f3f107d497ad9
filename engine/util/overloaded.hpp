#pragma once
// util::visit_each(variant, util::overloaded{[](const A&) {…}, [](const B&) {…}}): one lambda per
// alternative. Plain std::visit would also accept a generic lambda ([](const auto&) {…}), which
// takes a new alternative without a word; visit_each refuses it at compile time, and names an
// alternative left without a handler, so a new block type cannot silently vanish.
#include <type_traits>
#include <utility>
#include <variant>

namespace util {

template <class... Ts>
struct overloaded : Ts... {
  using Ts::operator()...;
};
template <class... Ts>
overloaded(Ts...) -> overloaded<Ts...>;

namespace detail {
struct NotAnAlternative {};
template <class Visitor, class Variant>
struct HandlesEvery;
template <class Visitor, class... Alternatives>
struct HandlesEvery<Visitor, std::variant<Alternatives...>>
    : std::bool_constant<(std::is_invocable_v<Visitor, const Alternatives&> && ...)> {};
}  // namespace detail

// Whether `Visitor` would take any type at all (a generic handler), or every alternative of `Variant`.
template <class Visitor>
inline constexpr bool catches_all_v = std::is_invocable_v<Visitor, const detail::NotAnAlternative&>;
template <class Visitor, class Variant>
inline constexpr bool handles_every_v = detail::HandlesEvery<Visitor, std::remove_cvref_t<Variant>>::value;

template <class Variant, class Visitor>
decltype(auto) visit_each(Variant&& variant, Visitor&& visitor) {
  static_assert(!catches_all_v<std::remove_cvref_t<Visitor>>,
                "visit_each: a generic handler (auto) would take a new alternative silently; write one per type");
  static_assert(handles_every_v<std::remove_cvref_t<Visitor>, Variant>,
                "visit_each: an alternative of the variant has no handler");
  return std::visit(std::forward<Visitor>(visitor), std::forward<Variant>(variant));
}

}  // namespace util
