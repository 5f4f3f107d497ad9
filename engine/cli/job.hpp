#pragma once
// One language of one publication: lay it out once, then write each edition and the previews
// into the job's staging folder. The job never puts anything in place itself: the parent
// commits the staged set when the job succeeded (see job_outputs.hpp).
#include <cstdint>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "cli/options.hpp"
#include "cli/preview_reuse.hpp"
#include "model/publication.hpp"
#include "style/layout.hpp"
#include "text/font_set.hpp"
#include "util/diagnostics.hpp"

namespace cli {

struct Job {
  const model::Publication* publication = nullptr;
  const style::Layout* layout = nullptr;
  std::string language;
};

struct JobResult {
  util::Diagnostics diagnostics;
  int pages = 0;
  std::vector<std::string> written;  // what was staged, for the progress line
  bool ok = false;
  // Every requested output is staged and may be put in place: the job succeeded, or its only
  // errors are preflight findings that --force overrides.
  bool complete = false;
  // Staged files that go in place even though the job failed: the report of a print edition the
  // preflight refused (a file of its own name, replacing none of the last good outputs).
  std::vector<std::string> failure_reports;
  // The font files the pages use: inputs of the job that only the layout can tell (see
  // build_manifest.hpp).
  std::vector<std::string> fonts;
  // The digest of every preview of this build (relative to DIR/<id>/), and those of them whose
  // files an earlier build put in place and stay as they are (see preview_reuse.hpp).
  std::map<std::filesystem::path, std::uint64_t> previews;
  std::vector<std::filesystem::path> kept;
  double seconds = 0;
};

// `staging` empty: check only (lay out and preflight, write nothing). Otherwise the folder
// that receives the job's files, under the same relative names as in DIR/<id>/.
// `spare_core`: the build runs fewer jobs than it has cores, so the previews are rasterised in a
// process of their own while the PDFs are written (see aside.hpp). `earlier`: previews in place
// that pages with the same digest keep.
JobResult run_job(const Job& job, const Options& options, text::FontSet& fonts, const std::filesystem::path& staging,
                  bool spare_core = false, const EarlierPreviews& earlier = {});

// The date every output of a publication carries: SOURCE_DATE_EPOCH if set, else the edition
// date, so the same input gives the same bytes.
std::string build_date(const model::Publication& publication);

// The file names of a job's outputs, relative to DIR/<id>/.
std::string output_stem(const Job& job);
std::filesystem::path preview_folder(const Job& job);

}  // namespace cli
