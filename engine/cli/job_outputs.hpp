#pragma once
// Where a job's outputs are staged, and how they are put in place: all of a job's files
// together when it succeeded (stale previews of pages that no longer exist removed in the same
// commit), none when it failed, was stopped or its worker crashed. The result then says which
// of the last outputs were kept.
#include <filesystem>
#include <functional>
#include <vector>

#include "cli/job.hpp"
#include "cli/options.hpp"

namespace cli {

// DIR/<id>/.staging-<lang>.<pid of this build>
std::filesystem::path staging_folder(const Job& job, const Options& options);

// Commits or discards the job's staging folder and adds a note saying what happened to
// `result.diagnostics`. A commit that fails (the disk filled while moving) turns the job into a
// failure. After a commit, `committed` is called with the files put in place (relative to
// DIR/<id>/, the earlier files the job kept included): the build manifest records them as the
// last step of the commit.
using CommittedFiles = std::function<void(const std::vector<std::filesystem::path>&)>;
void settle_outputs(const Job& job, const Options& options, JobResult& result, const CommittedFiles& committed);

// Discards the staging folder of a job that was stopped.
void discard_outputs(const Job& job, const Options& options);

}  // namespace cli
