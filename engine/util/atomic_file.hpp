#pragma once
// Writes a file so that readers only ever see the old complete file or the new complete file:
// write to a temporary beside the target, then rename over it on commit(). A build that fails
// before commit() leaves no half file and never clobbers the last good one.
#include <filesystem>
#include <string_view>

namespace util {

class AtomicFile {
 public:
  explicit AtomicFile(std::filesystem::path target);
  ~AtomicFile();  // removes the temporary unless committed
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;

  const std::filesystem::path& temp_path() const { return temp_; }
  const std::filesystem::path& target() const { return target_; }
  // Renames the temporary over the target (creating parent folders first). Throws
  // std::filesystem::filesystem_error on failure.
  void commit();

 private:
  std::filesystem::path target_;
  std::filesystem::path temp_;
  bool committed_ = false;
};

// Writes `bytes` to `target` atomically.
void write_file_atomically(const std::filesystem::path& target, std::string_view bytes);

}  // namespace util
