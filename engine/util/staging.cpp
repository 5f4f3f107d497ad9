#include "util/staging.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <fstream>

#include "util/atomic_file.hpp"

namespace util {
namespace fs = std::filesystem;

namespace {

constexpr const char* kPrefix = ".staging-";
constexpr const char* kJournal = ".commit";

bool hidden(const fs::path& p) { return p.filename().string().starts_with('.'); }

std::vector<fs::path> staged_files(const fs::path& folder) {
  std::vector<fs::path> out;
  std::error_code ec;
  for (auto it = fs::recursive_directory_iterator(folder, ec); !ec && it != fs::recursive_directory_iterator();
       it.increment(ec)) {
    if (hidden(it->path())) {
      if (it->is_directory(ec)) it.disable_recursion_pending();
      continue;
    }
    if (it->is_regular_file(ec)) out.push_back(it->path().lexically_relative(folder));
  }
  std::sort(out.begin(), out.end());
  return out;
}

// Moves what is still staged and removes what the journal names; safe to repeat.
void finish(const fs::path& folder, const fs::path& destination, const std::vector<fs::path>& obsolete) {
  for (const auto& file : staged_files(folder)) {
    const fs::path target = destination / file;
    fs::create_directories(target.parent_path());
    fs::rename(folder / file, target);
  }
  for (const auto& file : obsolete) {
    std::error_code ec;
    fs::remove(destination / file, ec);
  }
  fs::remove_all(folder);
}

std::vector<fs::path> read_journal(const fs::path& journal) {
  std::vector<fs::path> obsolete;
  std::ifstream in(journal);
  for (std::string line; std::getline(in, line);)
    if (!line.empty()) obsolete.emplace_back(line);
  return obsolete;
}

bool is_writer_temporary(const fs::path& p) {
  const std::string name = p.filename().string();
  return name.starts_with('.') && name.find(".tmp-") != std::string::npos;
}

}  // namespace

Staging::Staging(fs::path destination, const std::string& name)
    : destination_(std::move(destination)), folder_(destination_ / (kPrefix + name)) {}

Staging::~Staging() {
  if (!done_) discard();
}

void Staging::create() const { fs::create_directories(folder_); }

std::vector<fs::path> Staging::files() const { return staged_files(folder_); }

void Staging::commit(const std::vector<fs::path>& obsolete) {
  std::string journal;
  for (const auto& file : obsolete) journal += file.string() + "\n";
  // Written to a temporary and renamed, so a journal is either absent or complete.
  write_file_atomically(folder_ / kJournal, journal);
  finish(folder_, destination_, obsolete);
  done_ = true;
}

void Staging::discard() noexcept {
  std::error_code ec;
  fs::remove_all(folder_, ec);
  done_ = true;
}

std::vector<std::string> recover_staging(const fs::path& folder) {
  std::vector<std::string> done;
  std::error_code ec;
  std::vector<fs::path> entries;
  for (const auto& entry : fs::directory_iterator(folder, ec)) entries.push_back(entry.path());
  for (const auto& path : entries) {
    const std::string name = path.filename().string();
    if (name.starts_with(kPrefix) && fs::is_directory(fs::symlink_status(path, ec))) {
      if (fs::exists(path / kJournal, ec)) {
        try {
          finish(path, folder, read_journal(path / kJournal));
          done.push_back("finished the interrupted commit " + path.string());
          continue;
        } catch (const fs::filesystem_error&) {
          // cannot finish it: fall through and remove it, the older files stay
        }
      }
      fs::remove_all(path, ec);
      done.push_back("removed " + path.string() + ", left by a build that was stopped");
    } else if (is_writer_temporary(path)) {
      fs::remove(path, ec);
      done.push_back("removed the temporary file " + path.string());
    }
  }
  // Temporaries of writers that wrote in place (before staging existed).
  for (const auto& entry : fs::directory_iterator(folder / "preview", ec)) {
    std::error_code inner;
    if (!entry.is_directory(inner)) continue;
    for (const auto& file : fs::directory_iterator(entry.path(), inner))
      if (is_writer_temporary(file.path())) {
        std::error_code remove_ec;
        fs::remove(file.path(), remove_ec);
        done.push_back("removed the temporary file " + file.path().string());
      }
  }
  return done;
}

}  // namespace util
