#include "util/output_lock.hpp"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <string>

#include "util/io_error.hpp"

namespace util {

std::optional<OutputLock> OutputLock::acquire(const std::filesystem::path& folder, bool wait,
                                              const std::function<void()>& waiting,
                                              const std::function<bool()>& interrupted, std::string& why) {
  std::error_code ec;
  std::filesystem::create_directories(folder, ec);
  if (ec) {
    why = describe_io_error(ec, "creating the output folder", folder);
    return std::nullopt;
  }
  // The folder itself is locked, so no lock file appears among the outputs.
  FileDescriptor fd(::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
  if (!fd) {
    why = describe_io_error(std::error_code(errno, std::generic_category()), "opening the output folder", folder);
    return std::nullopt;
  }
  if (::flock(fd.get(), LOCK_EX | LOCK_NB) != 0) {
    if (errno != EWOULDBLOCK) {
      why = "cannot lock the output folder " + folder.string() + ": " + std::strerror(errno);
      return std::nullopt;
    }
    if (!wait) {
      why = "another build is writing into " + folder.string() +
            "; wait for it to finish or choose another --out folder (without --no-wait, the build waits)";
      return std::nullopt;
    }
    waiting();
    while (::flock(fd.get(), LOCK_EX) != 0) {
      if (errno != EINTR || interrupted()) {
        why = errno == EINTR ? "stopped while waiting for the other build" : std::strerror(errno);
        return std::nullopt;
      }
    }
  }
  return OutputLock(std::move(fd));
}

}  // namespace util
