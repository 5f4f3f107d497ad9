#pragma once
// `brochure xliff import`: writes the targets of an XLIFF 2.0 file back into the publication's
// XML files. Only the <t> of the target language of a unit whose translation changed is
// rewritten (its content, and translated-from = the fingerprint of the source it translates);
// every other byte of every file stays as it was. A file whose units or inline codes do not
// match the publication is refused as a whole, each mismatch named with its unit; nothing is
// written then.
#include <filesystem>
#include <optional>
#include <string>

#include "util/diagnostics.hpp"

namespace xliff {

struct ImportSummary {
  std::filesystem::path publication;
  std::string language;
  int units = 0;       // in the XLIFF file
  int written = 0;     // translations written (new or changed, or confirmed for a changed source)
  int skipped = 0;     // not translated yet (no target, or state="initial")
  int files_changed = 0;
};

// `publication`: the publication to write into; empty = the one the file names (br:publication).
std::optional<ImportSummary> import_xliff(const std::filesystem::path& xliff_file,
                                          const std::filesystem::path& publication,
                                          util::Diagnostics& diagnostics);

}  // namespace xliff
