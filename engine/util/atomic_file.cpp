#include "util/atomic_file.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <system_error>

#include "util/file_descriptor.hpp"
#include "util/io_error.hpp"

namespace util {

static std::filesystem::path temp_name_for(const std::filesystem::path& target) {
  // Unique per process and per call, in the target's folder so rename() stays on one file system.
  static std::atomic<unsigned> counter{0};
  auto name = "." + target.filename().string() + ".tmp-" + std::to_string(::getpid()) + "-" +
              std::to_string(counter++);
  return target.parent_path() / name;
}

AtomicFile::AtomicFile(std::filesystem::path target) : target_(std::move(target)) {
  if (!target_.parent_path().empty()) std::filesystem::create_directories(target_.parent_path());
  temp_ = temp_name_for(target_);
}

AtomicFile::~AtomicFile() {
  if (!committed_) {
    std::error_code ignored;
    std::filesystem::remove(temp_, ignored);
  }
}

void AtomicFile::commit() {
  std::filesystem::rename(temp_, target_);
  committed_ = true;
}

void write_file_atomically(const std::filesystem::path& target, std::string_view bytes) {
  AtomicFile file(target);
  {
    FileDescriptor out(::open(file.temp_path().c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644));
    if (!out) throw_io_error(errno, target, "creating");
    // The OS error (a full disk above all) is kept, so the message can say what happened.
    for (std::size_t at = 0; at < bytes.size();) {
      const ssize_t n = ::write(out.get(), bytes.data() + at, bytes.size() - at);
      if (n < 0 && errno == EINTR) continue;
      if (n < 0) throw_io_error(errno, target, "writing");
      at += static_cast<std::size_t>(n);
    }
    // close() can report a write the file system deferred (NFS, quotas).
    if (::close(out.release()) != 0) throw_io_error(errno, target, "writing");
  }
  file.commit();
}

}  // namespace util
