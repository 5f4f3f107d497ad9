#include "cli/worker_pool.hpp"

#include <fcntl.h>
#include <poll.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <string>

#include "cli/interruption.hpp"
#include "cli/job_report.hpp"

namespace cli {
namespace {

struct Child {
  pid_t pid = -1;
  int fd = -1;
  std::size_t job = 0;
  std::string report;
};

void write_all(int fd, const std::string& text) {
  std::size_t at = 0;
  while (at < text.size()) {
    ssize_t n = ::write(fd, text.data() + at, text.size() - at);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return;
    at += static_cast<std::size_t>(n);
  }
}

JobResult crashed(int status) {
  JobResult r;
  std::string how = WIFSIGNALED(status) ? std::string("was killed by signal ") + strsignal(WTERMSIG(status))
                                        : "exited with status " + std::to_string(WEXITSTATUS(status));
  r.diagnostics.error({}, "internal error: the worker process " + how +
                              " before it finished; please report it with the input files");
  return r;
}

// Stops every running worker and waits for it, so none writes after this returns.
void stop_all(std::vector<Child>& running) {
  for (const auto& c : running) ::kill(c.pid, SIGTERM);
  for (auto& c : running) {
    int status = 0;
    while (::waitpid(c.pid, &status, 0) < 0 && errno == EINTR) {
    }
    ::close(c.fd);
  }
}

}  // namespace

PoolOutcome run_in_workers(std::size_t jobs, int parallel, const std::function<JobResult(std::size_t)>& run,
                           const std::function<void(std::size_t, JobResult)>& done) {
  std::vector<Child> running;
  // Workers that died of the same SIGINT or SIGTERM as this process (a Ctrl-C reaches the whole
  // process group): stopped, not crashed.
  std::vector<std::size_t> stopped;
  std::size_t next = 0;
  const pid_t parent = ::getpid();
  while (next < jobs || !running.empty()) {
    if (const int signal = interruption::received()) {
      PoolOutcome outcome{signal, stopped};
      for (const auto& c : running) outcome.unfinished.push_back(c.job);
      for (std::size_t j = next; j < jobs; ++j) outcome.unfinished.push_back(j);
      stop_all(running);
      return outcome;
    }
    while (next < jobs && static_cast<int>(running.size()) < parallel) {
      int pipe_fds[2];
      if (::pipe2(pipe_fds, O_CLOEXEC) != 0) {
        done(next++, crashed(W_EXITCODE(1, 0)));
        continue;
      }
      std::fflush(nullptr);  // nothing buffered may be written twice
      pid_t pid = ::fork();
      if (pid == 0) {
        ::close(pipe_fds[0]);
        for (const auto& c : running) ::close(c.fd);  // a sibling's pipe must close when the sibling ends
        if (!interruption::prepare_worker(parent)) std::_Exit(1);
        write_all(pipe_fds[1], serialize(run(next)));
        ::close(pipe_fds[1]);
        std::_Exit(0);  // no destructors or atexit handlers of the parent's state
      }
      ::close(pipe_fds[1]);
      if (pid < 0) {
        ::close(pipe_fds[0]);
        done(next++, crashed(W_EXITCODE(1, 0)));
        continue;
      }
      running.push_back({pid, pipe_fds[0], next++, {}});
    }

    std::vector<pollfd> polled;
    for (const auto& c : running) polled.push_back({c.fd, POLLIN, 0});
    polled.push_back({interruption::wake_fd(), POLLIN, 0});
    if (::poll(polled.data(), polled.size(), -1) < 0 && errno != EINTR) break;
    for (std::size_t i = 0; i < running.size();) {
      Child& c = running[i];
      if (!(polled[i].revents & (POLLIN | POLLHUP | POLLERR))) {
        ++i;
        continue;
      }
      char buffer[65536];
      ssize_t n = ::read(c.fd, buffer, sizeof buffer);
      if (n > 0) {
        c.report.append(buffer, static_cast<std::size_t>(n));
        ++i;
        continue;
      }
      if (n < 0 && errno == EINTR) {
        ++i;
        continue;
      }
      ::close(c.fd);
      int status = 0;
      while (::waitpid(c.pid, &status, 0) < 0 && errno == EINTR) {
      }
      auto result = deserialize(c.report);
      const std::size_t job = c.job;
      running.erase(running.begin() + static_cast<long>(i));
      polled.erase(polled.begin() + static_cast<long>(i));
      if (WIFSIGNALED(status) && interruption::received()) stopped.push_back(job);
      else done(job, result && WIFEXITED(status) && WEXITSTATUS(status) == 0 ? std::move(*result) : crashed(status));
    }
  }
  // The signal may have come with the last workers' ends: those jobs were stopped, not built.
  if (const int signal = interruption::received()) return {signal, stopped};
  return {};
}

}  // namespace cli
