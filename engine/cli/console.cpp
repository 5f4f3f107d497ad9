#include "cli/console.hpp"

#include <cstdio>

namespace cli {

void Console::report(const util::Diagnostics& diagnostics) {
  std::lock_guard lock(mutex_);
  for (const auto& d : diagnostics.all()) std::fprintf(stderr, "%s\n", d.str().c_str());
  std::fflush(stderr);
}

void Console::line(const std::string& text) {
  std::lock_guard lock(mutex_);
  std::fprintf(stdout, "%s\n", text.c_str());
  std::fflush(stdout);
}

}  // namespace cli
