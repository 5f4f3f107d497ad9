#pragma once
// "Did you mean …?": the nearest allowed name to a misspelt one, so a message can say what the
// writer probably meant (`<h1>` → `<h>`, `styel` → `style`, `see` → `sea`, `#incentive` →
// `#incentives`). Used by the content and the layout readers alike.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace util {

// The candidate nearest to `name` by edit distance (insertions, deletions, substitutions and
// swaps of two neighbouring letters), if it is close enough to be a typo: at most two edits,
// and at most one per two letters, so short names are not "corrected" into others. Never
// `name` itself.
std::optional<std::string> closest_name(std::string_view name, const std::vector<std::string_view>& candidates);
std::optional<std::string> closest_name(std::string_view name, const std::vector<std::string>& candidates);

// " (did you mean "x"?)" or "", ready to append to a message.
std::string did_you_mean(std::string_view name, const std::vector<std::string>& candidates);

}  // namespace util
