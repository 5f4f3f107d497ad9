#pragma once
// The text records of the worker reports and the build manifest: fields separated by tabs,
// records by newlines; a backslash escapes both (and itself) inside a field.
#include <string>
#include <string_view>

namespace cli {

std::string escape_field(std::string_view s);
std::string unescape_field(std::string_view s);

}  // namespace cli
