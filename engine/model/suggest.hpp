#pragma once
// "Did you mean …?": the nearest allowed name to a misspelt one, so a message can say what the
// writer probably meant (`<h1>` → `<h>`, `styel` → `style`, `#incentive` → `#incentives`).
#include <string>
#include <string_view>
#include <vector>

namespace model {

// The candidate closest to `name` by edit distance when it is at most two edits away and not
// `name` itself; "" otherwise.
std::string closest_name(std::string_view name, const std::vector<std::string_view>& candidates);

}  // namespace model
