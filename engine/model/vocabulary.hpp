#pragma once
// The names of the content model, for telling a misspelt element from one in the wrong place.
#include <string_view>
#include <vector>

namespace model {

// Every element name of content/schema/publication.rng.
const std::vector<std::string_view>& element_names();
bool is_element_name(std::string_view name);

}  // namespace model
