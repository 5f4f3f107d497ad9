#include "cli/file_hashes.hpp"

#include <cstdio>

#include "util/content_hash.hpp"

namespace cli {
namespace {

// Longer than a clock tick of file times (1–10 ms), short enough that a file saved a moment
// before a build is trusted by the build after it.
constexpr std::chrono::milliseconds kRacyMargin{200};

std::optional<std::string> read_whole(const std::filesystem::path& file) {
  std::FILE* f = std::fopen(file.c_str(), "rb");
  if (!f) return std::nullopt;
  std::string bytes;
  char buffer[65536];
  for (std::size_t n; (n = std::fread(buffer, 1, sizeof buffer, f)) > 0;) bytes.append(buffer, n);
  const bool failed = std::ferror(f);
  std::fclose(f);
  if (failed) return std::nullopt;
  return bytes;
}

}  // namespace

std::optional<FileStat> stat_file(const std::filesystem::path& file) {
  struct stat st {};
  if (::stat(file.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) return std::nullopt;
  return FileStat{static_cast<std::uint64_t>(st.st_size),
                  std::int64_t(st.st_mtim.tv_sec) * 1'000'000'000 + st.st_mtim.tv_nsec,
                  static_cast<std::uint64_t>(st.st_ino)};
}

bool stat_trusted(const FileStat& stat, std::chrono::system_clock::time_point hashed_at) {
  const auto hashed_ns = std::chrono::duration_cast<std::chrono::nanoseconds>(hashed_at.time_since_epoch()).count();
  return stat.mtime_ns + std::chrono::nanoseconds(kRacyMargin).count() < hashed_ns;
}

std::optional<std::uint64_t> FileHashes::of(const std::filesystem::path& file, const std::string& view,
                                            const std::function<std::string(std::string_view)>& derive) {
  const std::string key = view.empty() ? file.string() : file.string() + "\t" + view;
  if (auto it = asked_.find(key); it != asked_.end()) {
    if (!it->second) return std::nullopt;
    return it->second->hash;
  }
  // The stat is taken before the content is read: a change in between shows next time.
  const auto stat = stat_file(file);
  const auto now = std::chrono::system_clock::now();
  if (!stat) {
    asked_[key] = std::nullopt;
    return std::nullopt;
  }
  if (auto it = remembered_.find(key); it != remembered_.end() && it->second.stat == *stat) {
    asked_[key] = it->second;
    trusted_[key] = true;
    return it->second.hash;
  }
  std::optional<std::uint64_t> hash;
  if (derive) {
    if (auto bytes = read_whole(file)) hash = util::hash_bytes(derive(*bytes));
  } else {
    hash = util::hash_file(file);
  }
  if (!hash) {
    asked_[key] = std::nullopt;
    return std::nullopt;
  }
  asked_[key] = Entry{*stat, *hash};
  trusted_[key] = stat_trusted(*stat, now);
  return hash;
}

std::map<std::string, FileHashes::Entry> FileHashes::to_keep() const {
  std::map<std::string, Entry> out;
  for (const auto& [key, entry] : remembered_)
    if (!asked_.count(key)) out[key] = entry;
  for (const auto& [key, entry] : asked_)
    if (entry && trusted_.at(key)) out[key] = *entry;
  return out;
}

bool FileHashes::learned() const {
  for (const auto& [key, entry] : asked_) {
    if (!entry || !trusted_.at(key)) continue;
    auto it = remembered_.find(key);
    if (it == remembered_.end() || !(it->second.stat == entry->stat) || it->second.hash != entry->hash) return true;
  }
  return false;
}

}  // namespace cli
