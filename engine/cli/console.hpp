#pragma once
// Everything the command prints goes through here, so parallel jobs never interleave lines.
#include <mutex>
#include <string>

#include "util/diagnostics.hpp"

namespace cli {

class Console {
 public:
  // Diagnostics to stderr, one per line, in file:line:col: severity: message form.
  void report(const util::Diagnostics& diagnostics);
  // A progress or summary line to stdout.
  void line(const std::string& text);

 private:
  std::mutex mutex_;
};

}  // namespace cli
