#pragma once
// Content hashes of files, remembered across builds by their stat (size, modification time to
// the nanosecond, inode), as git's index does: a file whose stat is what it was when it was
// hashed is not read again, so a build that changes nothing costs a stat per input, not a read
// of every font and image.
//
// A stat is only trusted when the file's modification time lies clearly before the moment it
// was hashed (kRacyMargin): file times advance in clock ticks, and a file changed twice within
// one tick, keeping its size, would otherwise look unchanged. Such a file is hashed again next
// time, by content.
#include <sys/stat.h>

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace cli {

// What identifies one version of a file without reading it.
struct FileStat {
  std::uint64_t size = 0;
  std::int64_t mtime_ns = 0;
  std::uint64_t inode = 0;
  bool operator==(const FileStat&) const = default;
};

// The stat of a regular file; nullopt when there is none (missing, a folder, no permission).
std::optional<FileStat> stat_file(const std::filesystem::path& file);

// True when `stat` can stand for the content hashed at `hashed_at`.
bool stat_trusted(const FileStat& stat, std::chrono::system_clock::time_point hashed_at);

class FileHashes {
 public:
  struct Entry {
    FileStat stat;
    std::uint64_t hash = 0;
  };

  // The hash of `file`'s content, or of a view derived from it (`view` names the derivation,
  // e.g. a language; `derive` computes it from the bytes). nullopt when the file cannot be read.
  std::optional<std::uint64_t> of(const std::filesystem::path& file, const std::string& view = {},
                                  const std::function<std::string(std::string_view)>& derive = {});

  // Entries carried over from the last build, and those worth keeping for the next: the
  // trusted ones of this build and those of the last build this one did not ask for.
  void remember(const std::string& key, const Entry& entry) { remembered_[key] = entry; }
  std::map<std::string, Entry> to_keep() const;
  // True when this build trusts a stat the last build did not know: worth writing down.
  bool learned() const;

 private:
  std::map<std::string, Entry> remembered_;            // from the manifest
  std::map<std::string, std::optional<Entry>> asked_;  // this build: entry, or unreadable
  std::map<std::string, bool> trusted_;
};

}  // namespace cli
