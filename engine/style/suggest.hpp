#pragma once
// "Did you mean …?" for misspelt names in a layout file: the closest candidate within a couple
// of typing mistakes, so a message can say what the writer probably meant.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace style {

// The candidate nearest to `name` by edit distance, if it is close enough to be a typo: one
// edit for names of 3 to 5 letters, two for longer ones, none for shorter. Never `name` itself.
std::optional<std::string> closest_name(std::string_view name, const std::vector<std::string>& candidates);

// " (did you mean "x"?)" or "" — ready to append to a message.
std::string did_you_mean(std::string_view name, const std::vector<std::string>& candidates);

}  // namespace style
