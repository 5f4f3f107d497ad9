#pragma once
// The translation round trip on the command line:
//   brochure xliff export PUB [--lang ru,ko|all] [--out DIR]   one XLIFF 2.0 file per target language
//   brochure xliff import FILE… [--publication PUB]            translations back into the XML
//   brochure status PUB [--json]                               missing / outdated / current per language
// and the check `build` makes of the translations it lays out.
#include <filesystem>
#include <string>
#include <vector>

#include "util/diagnostics.hpp"

namespace cli {

// True when argv names one of these commands (argv[1] is "xliff" or "status").
bool is_translation_command(int argc, const char* const* argv);
// Runs it; exit status 0 success, 1 findings, 2 usage error.
int run_translation_command(int argc, const char* const* argv);

// Outdated translations of `publication` into `languages` (empty: all) as warnings, as errors
// when `strict`.
void check_translations(const std::filesystem::path& publication, const std::vector<std::string>& languages,
                        bool strict, util::Diagnostics& diagnostics);

}  // namespace cli
