#pragma once
// One language of one publication: lay it out once, then write each edition and the previews.
#include <string>

#include "cli/options.hpp"
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
  std::vector<std::string> written;  // what was written, for the progress line
  bool ok = false;
  double seconds = 0;
};

// `write` false: check only (lay out and preflight, write nothing).
JobResult run_job(const Job& job, const Options& options, text::FontSet& fonts, bool write);

// The date every output of a publication carries: SOURCE_DATE_EPOCH if set, else the edition
// date, so the same input gives the same bytes.
std::string build_date(const model::Publication& publication);

}  // namespace cli
