#include "util/content_root.hpp"

#include <fcntl.h>
#include <linux/openat2.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>

#include "util/limits.hpp"

namespace util {
namespace fs = std::filesystem;

namespace {

// glibc 2.36 has no wrapper for openat2.
int open_beneath(int root, const char* relative) {
  open_how how{};
  how.flags = O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK;  // NONBLOCK: a FIFO must not hang the build
  how.resolve = RESOLVE_BENEATH | RESOLVE_NO_MAGICLINKS;
  return static_cast<int>(::syscall(SYS_openat2, root, relative, &how, sizeof how));
}

// Kernels before 5.6: resolve every link first and check the result is still inside.
int open_checked(const fs::path& absolute_root, const fs::path& relative) {
  std::error_code ec;
  const fs::path real = fs::canonical(absolute_root / relative, ec);
  if (ec) {
    errno = ec.value();
    return -1;
  }
  const fs::path real_root = fs::canonical(absolute_root, ec);
  const auto inside = real.lexically_relative(real_root);
  if (ec || inside.empty() || *inside.begin() == "..") {
    errno = EXDEV;
    return -1;
  }
  return ::open(real.c_str(), O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
}

const char* role_word(RootOf role) { return role == RootOf::content ? "content folder" : "layouts folder"; }

std::string kind_of(mode_t mode) {
  if (S_ISDIR(mode)) return "a folder, not a file";
  if (S_ISFIFO(mode)) return "a FIFO (named pipe), not a file";
  if (S_ISCHR(mode) || S_ISBLK(mode)) return "a device, not a file";
  if (S_ISSOCK(mode)) return "a socket, not a file";
  return "not a regular file";
}

}  // namespace

std::optional<ContentRoot> ContentRoot::at(const fs::path& folder, std::string& why, RootOf role) {
  const fs::path given = folder.empty() ? fs::path(".") : folder;
  FileDescriptor fd(::open(given.c_str(), O_PATH | O_DIRECTORY | O_CLOEXEC));
  if (!fd) {
    why = "cannot use " + given.string() + " as the " + role_word(role) + ": " + std::strerror(errno);
    return std::nullopt;
  }
  return ContentRoot(given, fs::absolute(given).lexically_normal(), std::move(fd), role);
}

std::string ContentRoot::name() const {
  return std::string("the ") + role_word(role_) + " " + folder_.string();
}

ConfinedFile ContentRoot::open(const fs::path& from, std::string_view reference, std::uint64_t max_bytes) const {
  ConfinedFile file;
  const fs::path written(reference);
  if (reference.empty()) {
    file.error = "the path is empty";
    return file;
  }
  if (written.is_absolute()) {
    file.error = "absolute paths are not read; write the path relative to the file that names it, inside " +
                 folder_.string();
    return file;
  }
  const fs::path base = from.empty() ? absolute_ : fs::absolute(from).lexically_normal();
  const fs::path relative = (base / written).lexically_normal().lexically_relative(absolute_);
  if (relative.empty() || *relative.begin() == "..") {
    file.error = "it lies outside " + name() +
                 (role_ == RootOf::content
                      ? "; a publication reads only files inside its folder (or the one given with --root)"
                      : "; a layout reads only files inside the folder of its layout file");
    return file;
  }
  file.path = folder_ / relative;
  if (std::find(named_.begin(), named_.end(), file.path) == named_.end()) named_.push_back(file.path);
  int fd = open_beneath(fd_.get(), relative.c_str());
  if (fd < 0 && errno == ENOSYS) fd = open_checked(absolute_, relative);
  if (fd < 0) {
    switch (errno) {
      case ENOENT:
        file.error = "no such file (" + file.path.string() + ")";
        file.missing = true;
        break;
      case EXDEV:
        file.error = "a symbolic link on its way leads outside " + name() + "; copy the file into the folder instead";
        break;
      case ELOOP: file.error = "its symbolic links form a loop"; break;
      case ENOTDIR: file.error = "a part of its path is a file, not a folder"; break;
      case EACCES: file.error = "permission denied"; break;
      default: file.error = std::strerror(errno); break;
    }
    return file;
  }
  FileDescriptor owned(fd);
  struct stat st {};
  if (::fstat(fd, &st) != 0) {
    file.error = std::strerror(errno);
    return file;
  }
  if (!S_ISREG(st.st_mode)) {
    file.error = "it is " + kind_of(st.st_mode);
    return file;
  }
  file.size = static_cast<std::uint64_t>(st.st_size);
  if (file.size > max_bytes) {
    file.error = "it is " + byte_size(file.size) + ", more than the limit of " + byte_size(max_bytes) +
                 " (raise it with --limit if the file is meant to be this large)";
    return file;
  }
  file.fd = std::move(owned);
  return file;
}

std::optional<std::string> read_all(int fd, std::uint64_t max_bytes, std::string& error) {
  std::string bytes;
  char buffer[1 << 16];
  for (;;) {
    const ssize_t n = ::read(fd, buffer, sizeof buffer);
    if (n < 0 && (errno == EINTR || errno == EAGAIN)) continue;
    if (n < 0) {
      error = std::string("reading failed: ") + std::strerror(errno);
      return std::nullopt;
    }
    if (n == 0) return bytes;
    if (bytes.size() + static_cast<std::size_t>(n) > max_bytes) {
      error = "it is larger than the limit of " + byte_size(max_bytes);
      return std::nullopt;
    }
    bytes.append(buffer, static_cast<std::size_t>(n));
  }
}

std::optional<std::string> ContentRoot::read(const fs::path& from, std::string_view reference, std::uint64_t max_bytes,
                                             std::string& error, fs::path* resolved) const {
  ConfinedFile file = open(from, reference, max_bytes);
  if (resolved) *resolved = file.path;
  if (!file) {
    error = file.error;
    return std::nullopt;
  }
  return read_all(file.fd.get(), max_bytes, error);
}

}  // namespace util
