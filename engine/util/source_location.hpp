#pragma once
// Where a piece of content or layout came from, so every message can point at it.
#include <string>

namespace util {

struct SourceLocation {
  std::string file;  // as given on the command line or resolved from it
  int line = 0;      // 1-based; 0 = unknown
  int column = 0;    // 1-based; 0 = unknown

  bool known() const { return !file.empty(); }
  // "file:line:col", "file:line" or "file"; "<unknown>" when there is nothing.
  std::string str() const;
};

}  // namespace util
