#pragma once
// Helpers for the content-model tests: fixture paths, scratch files, finding a message.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>

#include "test_scratch.hpp"
#include "util/diagnostics.hpp"

namespace model_test {

inline std::string fixture(std::string_view name) {
  return std::string(BROCHURE_FIXTURES) + "/model/" + std::string(name);
}

// The running test case's own scratch folder (two cases writing figures.xml or csv/charts.xml raced).
inline std::filesystem::path scratch_dir() { return test_support::test_scratch("model"); }

// Writes `content` to a file in the test case's scratch folder and returns its path.
inline std::string scratch_file(std::string_view name, std::string_view content) {
  auto dir = scratch_dir();
  auto path = dir / std::string(name);
  std::filesystem::create_directories(path.parent_path());
  std::ofstream(path, std::ios::binary) << content;
  return path.string();
}

// The 1-based number of the first line of `file` that contains `needle`: tests find the line a
// message should point at from the fixture itself, so that the oracle is the file, not a
// number copied from the reader's output.
inline int line_containing(const std::string& file, std::string_view needle) {
  std::ifstream in(file, std::ios::binary);
  std::string line;
  for (int number = 1; std::getline(in, line); ++number)
    if (line.find(needle) != std::string::npos) return number;
  FAIL("no line of " << file << " contains " << needle);
  return 0;
}

// The first error whose message contains every one of `words`; nullptr when there is none.
inline const util::Diagnostic* find_error(const util::Diagnostics& diagnostics,
                                          std::initializer_list<std::string_view> words) {
  for (const auto& d : diagnostics.all()) {
    if (d.severity != util::Severity::error) continue;
    bool all = true;
    for (auto word : words) all = all && d.message.find(word) != std::string::npos;
    if (all) return &d;
  }
  return nullptr;
}

inline std::string listing(const util::Diagnostics& diagnostics) {
  std::ostringstream out;
  for (const auto& d : diagnostics.all()) out << d.str() << '\n';
  return out.str();
}

// A minimal valid publication around `body` (the content of one section), in `languages`.
inline std::string handbook(std::string_view body, std::string_view languages = "en vi") {
  return std::string(R"(<?xml version="1.0" encoding="UTF-8"?>
<publication id="test" kind="handbook" layout="handbook-a4" languages=")") +
         std::string(languages) + R"(">
  <meta><title>Test</title></meta>
  <section id="s">
    <h>Heading</h>
)" + std::string(body) +
         R"(
  </section>
</publication>
)";
}

}  // namespace model_test
