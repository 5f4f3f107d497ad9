#pragma once
// The running test case's own scratch folder. CTest runs test cases side by side (ctest -j),
// each in a process of its own, so two cases of one file writing the same folder race: one
// removes what the other just wrote.
#include <catch2/catch.hpp>

#include <cctype>
#include <filesystem>
#include <string>
#include <string_view>

namespace test_support {

inline std::filesystem::path test_scratch(std::string_view area) {
  std::string name = Catch::getResultCapture().getCurrentTestName();
  for (char& c : name)
    if (!std::isalnum(static_cast<unsigned char>(c))) c = '-';
  return std::filesystem::path(BROCHURE_TEST_SCRATCH) / std::string(area) / name;
}

}  // namespace test_support
