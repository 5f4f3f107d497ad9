#pragma once
// One build at a time writes into an output folder: the lock is flock() on the folder itself,
// held as long as this process (or a worker it forked) lives, and released by the kernel
// however the process ends, so a killed build never leaves a stale lock.
#include <filesystem>
#include <functional>
#include <optional>
#include <string>

#include "util/file_descriptor.hpp"

namespace util {

class OutputLock {
 public:
  // Creates `folder` if needed and locks it. When another build holds the lock, calls
  // `waiting` once and waits, unless `wait` is
  // false. nullopt with the reason in `why` when the folder cannot be locked, when waiting is
  // not wanted, or when `interrupted()` turns true while waiting.
  static std::optional<OutputLock> acquire(const std::filesystem::path& folder, bool wait,
                                           const std::function<void()>& waiting,
                                           const std::function<bool()>& interrupted, std::string& why);

 private:
  explicit OutputLock(FileDescriptor fd) : fd_(std::move(fd)) {}
  FileDescriptor fd_;
};

}  // namespace util
