#include "cli/aside.hpp"

#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <exception>
#include <new>

#include "cli/interruption.hpp"
#include "util/diagnostics.hpp"

namespace cli {
namespace {

// What `work` threw, in words; empty when it returned.
std::string attempt(const std::function<void()>& work) {
  try {
    work();
    return {};
  } catch (const util::Failure& failure) {
    const auto& d = failure.diagnostic;
    return (d.where.known() ? d.where.str() + ": " : std::string()) + d.message;
  } catch (const std::bad_alloc&) {
    return "out of memory";
  } catch (const std::exception& e) {
    return e.what();
  }
}

}  // namespace

Aside::Aside(const std::function<void()>& work) {
  int fds[2];
  if (::pipe2(fds, O_CLOEXEC) == 0) {
    const pid_t parent = ::getpid();
    std::fflush(nullptr);
    pid_ = ::fork();
    if (pid_ == 0) {
      ::close(fds[0]);
      if (!interruption::prepare_worker(parent)) std::_Exit(1);
      const std::string error = attempt(work);
      for (std::size_t at = 0; at < error.size();) {
        const ssize_t n = ::write(fds[1], error.data() + at, error.size() - at);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) break;
        at += static_cast<std::size_t>(n);
      }
      std::_Exit(error.empty() ? 0 : 1);  // no destructors of the parent's state
    }
    ::close(fds[1]);
    if (pid_ > 0) {
      fd_ = fds[0];
      return;
    }
    ::close(fds[0]);
  }
  // No child: the work is done here, only the overlap is lost.
  waited_ = true;
  if (std::string error = attempt(work); !error.empty()) error_ = error;
}

Aside::~Aside() {
  if (!waited_) wait();
}

std::optional<std::string> Aside::wait() {
  if (waited_) return error_;
  waited_ = true;
  std::string report;
  char buffer[4096];
  for (;;) {
    const ssize_t n = ::read(fd_, buffer, sizeof buffer);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    report.append(buffer, static_cast<std::size_t>(n));
  }
  ::close(fd_);
  int status = 0;
  while (::waitpid(pid_, &status, 0) < 0 && errno == EINTR) {
  }
  if (WIFEXITED(status) && WEXITSTATUS(status) == 0) return std::nullopt;
  if (!report.empty()) error_ = report;
  else if (WIFSIGNALED(status)) error_ = std::string("the process was killed by signal ") + strsignal(WTERMSIG(status));
  else error_ = "the process exited with status " + std::to_string(WEXITSTATUS(status));
  return error_;
}

}  // namespace cli
