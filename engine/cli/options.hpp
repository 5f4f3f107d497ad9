#pragma once
// The command line: `brochure build|check PATH… [options]`.
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "util/limits.hpp"

namespace cli {

enum class Command { build, check, watch, help, version };

struct Options {
  Command command = Command::help;
  std::vector<std::filesystem::path> inputs;  // publication files or folders of them
  std::vector<std::string> languages;          // empty = every language a publication declares
  bool digital = true, print = true;           // --edition
  std::filesystem::path out = "output";
  bool previews = true;
  double preview_dpi = 72;
  int jobs = 0;          // 0 = one per core
  bool force = false;    // write a print file despite preflight errors (the report says so)
  bool dump = false;     // also write the display list as text
  bool spreads = false;  // digital proof of the printer's spreads (leaflets)
  std::optional<std::filesystem::path> root;  // --root: the folder content may read from
  util::Limits limits;   // --limit NAME=VALUE
  bool wait = true;      // wait for another build writing into the same --out (--no-wait: refuse)
  bool strict_translations = false;  // outdated translations are errors, not warnings
  bool rebuild = false;  // build every job, even one the build manifest says is up to date
};

struct UsageError {
  std::string message;
};

// Parses argv; throws UsageError.
Options parse_options(int argc, const char* const* argv);
std::string usage_text();

}  // namespace cli
