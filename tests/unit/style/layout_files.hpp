#pragma once
// Where the style tests find layouts, and diagnostics shown when a check fails.
#include <filesystem>
#include <string>

#include "util/diagnostics.hpp"

namespace style_test {

inline std::filesystem::path fixture(const std::string& name) {
  return std::filesystem::path(BROCHURE_FIXTURES) / "style" / name;
}

inline std::filesystem::path shipped_layout(const std::string& name) {
  return std::filesystem::path(BROCHURE_SOURCE_DIR) / "layouts" / name;
}

inline std::string listing(const util::Diagnostics& diagnostics) {
  std::string text;
  for (const auto& d : diagnostics.all()) text += d.str() + "\n";
  return text;
}

}  // namespace style_test
