#include "util/atomic_file.hpp"

#include <unistd.h>

#include <atomic>
#include <fstream>
#include <system_error>

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
    std::ofstream out(file.temp_path(), std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    out.close();
    if (!out) throw std::filesystem::filesystem_error(
        "cannot write", file.temp_path(), std::make_error_code(std::errc::io_error));
  }
  file.commit();
}

}  // namespace util
