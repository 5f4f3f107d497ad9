#pragma once
// The folder a publication may read from: its own folder, or the one given with --root; and the
// folder a layout may read from: the folder of the layout file (its base layouts, output profile
// and hyphenation patterns lie there). Every file a publication or layout names is opened
// through here, so none is read from outside: absolute paths and ".." that climb out are refused before anything is opened,
// and the kernel refuses symbolic links that lead out (openat2 with RESOLVE_BENEATH). Only
// regular files are opened; folders, devices and FIFOs are refused by type, and every file is
// checked against a size limit before it is read.
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "util/file_descriptor.hpp"

namespace util {

// An opened file, or why it could not be opened (`error`, a phrase that can follow "cannot read
// <reference>: ").
struct ConfinedFile {
  FileDescriptor fd;
  std::filesystem::path path;  // root as given / path inside it: for messages and later readers
  std::uint64_t size = 0;
  std::string error;
  bool missing = false;  // the error is only that no such file exists (yet): `path` is valid
  explicit operator bool() const { return static_cast<bool>(fd); }
};

// Whose folder it is: the messages name it and say which rule was broken.
enum class RootOf { content, layouts };

class ContentRoot {
 public:
  // nullopt with the reason in `why` when `folder` is not an accessible folder.
  static std::optional<ContentRoot> at(const std::filesystem::path& folder, std::string& why,
                                       RootOf role = RootOf::content);

  const std::filesystem::path& folder() const { return folder_; }

  // Opens `reference`, written in a file that lies in folder `from` (relative references
  // resolve against it; `from` empty: against the root), for reading. Refused: absolute
  // paths, paths leading out of the root, anything but a regular file, more than `max_bytes`.
  ConfinedFile open(const std::filesystem::path& from, std::string_view reference, std::uint64_t max_bytes) const;

  // The whole file; nullopt with the reason in `error`.
  std::optional<std::string> read(const std::filesystem::path& from, std::string_view reference,
                                   std::uint64_t max_bytes, std::string& error,
                                   std::filesystem::path* resolved = nullptr) const;

  // Every file asked for through open() or read() that lies inside the root, in the order
  // asked, whether it existed or not: what a build of the publication depends on (an image
  // that is missing today may be there tomorrow).
  const std::vector<std::filesystem::path>& named_files() const { return named_; }

 private:
  ContentRoot(std::filesystem::path folder, std::filesystem::path absolute, FileDescriptor fd, RootOf role)
      : folder_(std::move(folder)), absolute_(std::move(absolute)), fd_(std::move(fd)), role_(role) {}
  std::string name() const;  // "the content folder …", "the layouts folder …"

  std::filesystem::path folder_;    // as given, for messages
  std::filesystem::path absolute_;  // absolute and lexically normal, not following links
  FileDescriptor fd_;               // the folder itself, for openat2
  RootOf role_;
  mutable std::vector<std::filesystem::path> named_;
};

// Reads all of an open file, at most `max_bytes` (a file that grew meanwhile is refused).
std::optional<std::string> read_all(int fd, std::uint64_t max_bytes, std::string& error);

}  // namespace util
