#pragma once
// Previews an earlier build put in place that a job may keep: a page whose preview digest
// (export/png/page_digest.hpp) is the one the build manifest recorded for its file, and whose
// file is still the one recorded, is neither painted nor written again; the commit leaves it
// where it is. A one-word edit then repaints the pages whose display list changed, not the
// publication.
#include <cstdint>
#include <filesystem>
#include <map>
#include <vector>

#include "cli/build_manifest.hpp"
#include "draw/document.hpp"

namespace cli {

struct EarlierPreviews {
  std::filesystem::path folder;                                 // DIR/<id>/
  std::map<std::filesystem::path, std::uint64_t> digests;       // intact files, relative to folder
  std::uint64_t salt = 0;  // this build's engine and image contents (see preview_salt)
};

// What decides preview pixels outside the display list, from the job's inputs: the engine and
// the contents of its images (the "engine" and "file" inputs, see job_inputs.hpp).
std::uint64_t preview_salt(const std::vector<JobInput>& inputs);

// The salt completed by the job once it is laid out: the font files its pages use, by path and
// stat (size, modification time, inode), so a font file replaced in place repaints its pages.
std::uint64_t preview_salt_with_fonts(std::uint64_t salt, const draw::Document& document);

// The previews of `record` (nullptr: none) whose files in `folder` are still as recorded
// (stat, else content hash). Reads files only when their stat changed.
EarlierPreviews earlier_previews(const JobRecord* record, const std::filesystem::path& folder, std::uint64_t salt);

}  // namespace cli
