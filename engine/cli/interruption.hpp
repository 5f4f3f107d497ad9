#pragma once
// SIGINT and SIGTERM ask the build to stop: the handler only records the signal and wakes the
// worker pool through a pipe; the pool then stops its workers, the build discards their staged
// outputs, and the process exits with 128 + the signal's number (130, 143).
namespace cli::interruption {

// Installs the handlers (without SA_RESTART, so a blocking wait returns EINTR).
void install();
// In a freshly forked worker: default handlers again, and the worker dies with its parent
// (PR_SET_PDEATHSIG), so a parent killed with SIGKILL leaves no worker that goes on writing.
// Returns false if the parent is already gone.
bool prepare_worker(int parent_pid);
// The signal received, or 0.
int received();
// Readable once a signal arrived: for poll().
int wake_fd();

}  // namespace cli::interruption
