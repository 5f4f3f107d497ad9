#include "util/output_lock.hpp"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <string>

#include "util/io_error.hpp"

namespace util {

std::optional<OutputLock> OutputLock::acquire(const std::filesystem::path& folder, bool wait,
                                              const std::function<void(long)>& waiting,
                                              const std::function<bool()>& interrupted, std::string& why) {
  std::error_code ec;
  std::filesystem::create_directories(folder, ec);
  if (ec) {
    why = describe_io_error(ec, "creating the output folder", folder);
    return std::nullopt;
  }
  const auto path = folder / ".brochure.lock";
  FileDescriptor fd(::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644));
  if (!fd) {
    why = describe_io_error(std::error_code(errno, std::generic_category()), "creating", path);
    return std::nullopt;
  }
  if (::flock(fd.get(), LOCK_EX | LOCK_NB) != 0) {
    if (errno != EWOULDBLOCK) {
      why = "cannot lock " + path.string() + ": " + std::strerror(errno);
      return std::nullopt;
    }
    char text[32] = {};
    const ssize_t n = ::pread(fd.get(), text, sizeof text - 1, 0);
    const long holder = n > 0 ? std::strtol(text, nullptr, 10) : 0;
    if (!wait) {
      why = "another build (process " + std::to_string(holder) + ") is writing into " + folder.string() +
            "; wait for it to finish or choose another --out folder";
      return std::nullopt;
    }
    waiting(holder);
    while (::flock(fd.get(), LOCK_EX) != 0) {
      if (errno != EINTR || interrupted()) {
        why = errno == EINTR ? "stopped while waiting for the other build" : std::strerror(errno);
        return std::nullopt;
      }
    }
  }
  // The holder's process id, for the message of a build that has to wait.
  const std::string pid = std::to_string(::getpid()) + "\n";
  if (::ftruncate(fd.get(), 0) == 0 && ::pwrite(fd.get(), pid.data(), pid.size(), 0) < 0) {
    // only informative: a lock without the number still locks
  }
  return OutputLock(std::move(fd));
}

}  // namespace util
