#pragma once
// The build manifest of an output folder (DIR/<id>/.manifest): for each job that was built
// and put in place, the hash of everything that decided its bytes (its inputs, see
// job_inputs.hpp) and the identity of every file it put in place. A job whose inputs hash as
// recorded and whose outputs are still the files recorded is up to date and is not built again.
//
// The record of a job is written after its outputs are committed and names them by size,
// modification time, inode and content hash: a build killed before the record leaves the
// previous record, which no longer matches the files in place, so the job is built again.
// The file itself is replaced atomically, so it is always a complete earlier or later version.
#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "cli/file_hashes.hpp"

namespace cli {

// One thing a job's bytes depend on: "content handbook/02-economy.xml", "font /usr/…/NotoSerif-
// Regular.ttf", "options …". `hash` is nullopt for a file that did not exist.
struct JobInput {
  std::string name;
  std::optional<std::uint64_t> hash;
  bool operator==(const JobInput&) const = default;
};

struct OutputFile {
  std::filesystem::path file;  // relative to the output folder
  FileStat stat;
  std::uint64_t hash = 0;
  bool trusted = false;  // the stat alone tells (see FileHashes); else the content is hashed
};

struct JobRecord {
  std::vector<JobInput> inputs;
  std::vector<OutputFile> outputs;
  int pages = 0;
  int warnings = 0;  // when it was built: a skipped job says so rather than staying silent
  // The digest of each preview among the outputs (see export/png/page_digest.hpp): a later
  // build keeps a preview whose digest is the same (see preview_reuse.hpp).
  std::map<std::filesystem::path, std::uint64_t> previews;
  double seconds = 0;  // how long the job took: the next build starts the longest jobs first
};

class BuildManifest {
 public:
  // The manifest in `folder`; an empty one when there is none or it cannot be read (every job
  // is then built).
  static BuildManifest load(const std::filesystem::path& folder);

  FileHashes& hashes() { return hashes_; }
  const JobRecord* job(const std::string& key) const;

  // Records a job whose outputs were just committed (`outputs`, relative to the folder) and
  // writes the manifest. Throws std::filesystem::filesystem_error when it cannot be written.
  // Files the job kept from its last record with the same stat are not read again.
  void record(const std::string& key, std::vector<JobInput> inputs, const std::vector<std::filesystem::path>& outputs,
              int pages, int warnings, std::map<std::filesystem::path, std::uint64_t> previews = {},
              double seconds = 0);
  // Writes the manifest if anything learned in this build is worth keeping (stats of inputs
  // and outputs hashed again and found unchanged).
  void save_if_changed();

  // Why the job must be built, or nullopt when it is up to date: the first input that changed,
  // an output missing or changed. `inputs` are this build's; fonts the job used last time are
  // checked from the record itself.
  std::optional<std::string> out_of_date(const std::string& key, const std::vector<JobInput>& inputs);

 private:
  explicit BuildManifest(std::filesystem::path folder) : folder_(std::move(folder)) {}
  void save();

  std::filesystem::path folder_;
  std::map<std::string, JobRecord> jobs_;
  FileHashes hashes_;
  bool learned_ = false;
};

}  // namespace cli
