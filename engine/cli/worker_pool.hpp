#pragma once
// Runs jobs in parallel worker processes, one process per job. Pango and Cairo 1.16 keep
// process-wide state that is not safe to share between threads (glyph metrics race between
// font maps, Cairo's glyph cache crashes), so parallel work gets a process of its own: every
// job starts from the same state and gives the same bytes, and a job that crashes is reported
// instead of taking the whole build down.
//
// Workers never put anything in place: they stage their outputs and report; the parent
// commits. A worker dies with its parent (see interruption.hpp), and on SIGINT/SIGTERM the
// pool stops every worker and returns.
#include <functional>
#include <vector>

#include "cli/job.hpp"

namespace cli {

struct PoolOutcome {
  int signal = 0;                      // SIGINT or SIGTERM if the pool was stopped, else 0
  std::vector<std::size_t> unfinished;  // jobs not reported to `done` (stopped or never started)
};

// `run` is called in a child process for each job index; `done` in this process as each
// finishes (in completion order). At most `parallel` children run at once.
PoolOutcome run_in_workers(std::size_t jobs, int parallel, const std::function<JobResult(std::size_t)>& run,
                           const std::function<void(std::size_t, JobResult)>& done);

}  // namespace cli
