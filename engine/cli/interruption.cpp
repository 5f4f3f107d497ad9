#include "cli/interruption.hpp"

#include <fcntl.h>
#include <sys/prctl.h>
#include <unistd.h>

#include <csignal>

namespace cli::interruption {
namespace {

volatile std::sig_atomic_t signal_number = 0;
int pipe_fds[2] = {-1, -1};

void on_signal(int signal) {
  if (signal_number == 0) signal_number = signal;
  const char byte = 1;
  [[maybe_unused]] ssize_t n = ::write(pipe_fds[1], &byte, 1);  // async-signal-safe
}

}  // namespace

void install() {
  if (pipe_fds[0] < 0 && ::pipe2(pipe_fds, O_CLOEXEC | O_NONBLOCK) != 0) return;
  struct sigaction action {};
  action.sa_handler = on_signal;
  sigemptyset(&action.sa_mask);
  action.sa_flags = 0;
  ::sigaction(SIGINT, &action, nullptr);
  ::sigaction(SIGTERM, &action, nullptr);
}

bool prepare_worker(int parent_pid) {
  struct sigaction action {};
  action.sa_handler = SIG_DFL;
  sigemptyset(&action.sa_mask);
  ::sigaction(SIGINT, &action, nullptr);
  ::sigaction(SIGTERM, &action, nullptr);
  ::prctl(PR_SET_PDEATHSIG, SIGKILL);
  if (pipe_fds[0] >= 0) {
    ::close(pipe_fds[0]);
    ::close(pipe_fds[1]);
    pipe_fds[0] = pipe_fds[1] = -1;
  }
  return ::getppid() == parent_pid;  // the parent may have died before prctl took effect
}

int received() { return signal_number; }
int wake_fd() { return pipe_fds[0]; }

}  // namespace cli::interruption
