#include "cli/job_outputs.hpp"

#include <unistd.h>

#include <algorithm>
#include <set>

#include "util/io_error.hpp"
#include "util/staging.hpp"

namespace cli {
namespace fs = std::filesystem;

namespace {

fs::path destination(const Job& job, const Options& options) { return options.out / job.publication->id; }

std::string staging_name(const Job& job) { return job.language + "." + std::to_string(::getpid()); }

// The files of the job's last outputs, relative to DIR/<id>/, and a summary of them.
std::vector<fs::path> present_outputs(const Job& job, const fs::path& folder) {
  std::vector<fs::path> found;
  const std::string stem = output_stem(job) + ".";
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(folder, ec))
    if (entry.path().filename().string().starts_with(stem)) found.push_back(entry.path().filename());
  for (const auto& entry : fs::directory_iterator(folder / preview_folder(job), ec))
    found.push_back(preview_folder(job) / entry.path().filename());
  std::sort(found.begin(), found.end());
  return found;
}

std::string summary(const std::vector<fs::path>& files) {
  int previews = 0;
  std::string out;
  for (const auto& file : files) {
    if (file.parent_path().empty()) out += (out.empty() ? "" : ", ") + file.string();
    else ++previews;
  }
  if (previews) out += (out.empty() ? "" : ", ") + std::to_string(previews) + " preview file(s)";
  return out;
}

// What the commit removes: previews of pages this build did not make, and the refused report
// of an earlier print edition the preflight now passes.
std::vector<fs::path> obsolete_outputs(const Job& job, const Options& options, const util::Staging& staging,
                                       const std::vector<fs::path>& kept) {
  std::vector<fs::path> obsolete;
  const auto staged = staging.files();
  std::set<fs::path> made(staged.begin(), staged.end());
  made.insert(kept.begin(), kept.end());
  if (options.previews) {
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(staging.destination() / preview_folder(job), ec)) {
      const fs::path file = preview_folder(job) / entry.path().filename();
      const std::string name = entry.path().filename().string();
      if (!made.count(file) && (name.starts_with("page-") || name == "contact-sheet.png")) obsolete.push_back(file);
    }
  }
  if (options.print)
    for (const char* suffix : {".preflight-failed.txt", ".preflight-failed.json"})
      obsolete.emplace_back(output_stem(job) + suffix);
  return obsolete;
}

}  // namespace

fs::path staging_folder(const Job& job, const Options& options) {
  return util::Staging(destination(job, options), staging_name(job)).folder();
}

void settle_outputs(const Job& job, const Options& options, JobResult& result, const CommittedFiles& committed) {
  util::Staging staging(destination(job, options), staging_name(job));
  const auto where = job.publication->where;
  const std::string who = job.publication->id + " " + job.language;
  if (result.complete) {
    try {
      auto files = staging.files();
      staging.commit(obsolete_outputs(job, options, staging, result.kept));
      files.insert(files.end(), result.kept.begin(), result.kept.end());
      if (committed) committed(files);
      return;
    } catch (const fs::filesystem_error& e) {
      result.diagnostics.error(where, util::describe_io_error(e.code(), "putting the outputs of " + who + " in place",
                                                               e.path1()));
      result.ok = false;
      result.written.clear();
      // The journal stays: the next build finishes this commit (see util::recover_staging).
      return;
    }
  }
  // The refused print edition's report goes in place under its own name; nothing else does.
  for (const auto& report : result.failure_reports) {
    std::error_code ec;
    fs::rename(staging.folder() / report, staging.destination() / report, ec);
  }
  staging.discard();
  result.written.clear();
  const auto kept = present_outputs(job, staging.destination());
  const auto failed = std::set<fs::path>(result.failure_reports.begin(), result.failure_reports.end());
  std::vector<fs::path> last;
  std::copy_if(kept.begin(), kept.end(), std::back_inserter(last), [&](const fs::path& f) { return !failed.count(f); });
  result.diagnostics.note(where, "nothing of " + who + " was replaced: " +
                                     (last.empty() ? std::string("there were no earlier outputs")
                                                   : "the last outputs stay as they were (" + summary(last) + ")") +
                                     (failed.empty() ? "" : "; the preflight report is in " + output_stem(job) +
                                                                ".preflight-failed.txt"));
}

void discard_outputs(const Job& job, const Options& options) {
  util::Staging(destination(job, options), staging_name(job)).discard();
}

}  // namespace cli
