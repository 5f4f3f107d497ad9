#include "util/io_error.hpp"

#include <sys/statvfs.h>

#include <cerrno>

namespace util {

std::string describe_io_error(const std::error_code& error, const std::string& doing, const std::filesystem::path& path) {
  const std::string what = doing + " " + path.string();
  if (error.category() == std::generic_category() || error.category() == std::system_category()) {
    switch (error.value()) {
      case ENOSPC: return "disk full while " + what + "; free some space and build again";
      case EDQUOT: return "disk quota exceeded while " + what + "; free some space and build again";
      case EROFS: return "the file system is read-only while " + what + "; choose another --out folder";
      case EACCES:
      case EPERM: return "permission denied while " + what + "; check the folder's permissions";
      case EIO: return "input/output error while " + what + " (a failing disk or network share?)";
      default: break;
    }
  }
  return "cannot finish " + what + ": " + error.message();
}

bool nearly_full(const std::filesystem::path& path) {
  struct statvfs fs {};
  std::error_code ec;
  std::filesystem::path probe = path;
  while (!probe.empty() && !std::filesystem::exists(probe, ec)) probe = probe.parent_path();
  if (::statvfs(probe.empty() ? "." : probe.c_str(), &fs) != 0) return false;
  return static_cast<unsigned long long>(fs.f_bavail) * fs.f_frsize < 64 * 1024;
}

void throw_io_error(int error_number, const std::filesystem::path& path, const char* doing) {
  throw std::filesystem::filesystem_error(doing, path, std::error_code(error_number, std::generic_category()));
}

}  // namespace util
