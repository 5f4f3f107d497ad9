#include "cli/watch.hpp"

#include <poll.h>
#include <sys/inotify.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <map>
#include <string>
#include <vector>

#include "cli/file_hashes.hpp"
#include "cli/interruption.hpp"
#include "util/file_descriptor.hpp"

namespace cli {
namespace fs = std::filesystem;

namespace {

fs::path normal(const fs::path& p) {
  std::error_code ec;
  return fs::absolute(p, ec).lexically_normal();
}

// Folders rather than files: editors save by writing a new file and renaming it over the old
// one, which a watch on the old file would not see.
class FolderWatch {
 public:
  explicit FolderWatch(const std::set<fs::path>& files) : fd_(::inotify_init1(IN_CLOEXEC | IN_NONBLOCK)) {
    for (const auto& file : files) {
      const fs::path folder = file.parent_path();
      bool known = false;
      for (const auto& [wd, f] : folders_) known = known || f == folder;
      if (known || !fd_) continue;
      const int wd = ::inotify_add_watch(fd_.get(), folder.c_str(),
                                         IN_CLOSE_WRITE | IN_MOVED_TO | IN_CREATE | IN_DELETE | IN_MOVED_FROM);
      if (wd >= 0) folders_[wd] = folder;
    }
  }
  bool ok() const { return fd_ && !folders_.empty(); }
  std::size_t folders() const { return folders_.size(); }

  // Waits up to `timeout_ms` (-1: for ever) for events; adds the files they name to `changed`.
  // False when a signal arrived.
  bool wait(int timeout_ms, std::set<fs::path>& touched) {
    pollfd polled[2] = {{fd_.get(), POLLIN, 0}, {interruption::wake_fd(), POLLIN, 0}};
    const int n = ::poll(polled, 2, timeout_ms);
    if (interruption::received()) return false;
    if (n <= 0 || !(polled[0].revents & POLLIN)) return true;
    alignas(inotify_event) char buffer[16384];
    for (;;) {
      const ssize_t got = ::read(fd_.get(), buffer, sizeof buffer);
      if (got <= 0) break;
      for (ssize_t at = 0; at < got;) {
        const auto* event = reinterpret_cast<const inotify_event*>(buffer + at);
        if (auto it = folders_.find(event->wd); it != folders_.end() && event->len > 0)
          touched.insert(it->second / event->name);
        at += static_cast<ssize_t>(sizeof(inotify_event) + event->len);
      }
    }
    return true;
  }

 private:
  util::FileDescriptor fd_;
  std::map<int, fs::path> folders_;
};

std::string list(const std::set<fs::path>& files) {
  std::string out;
  for (const auto& f : files) out += (out.empty() ? "" : ", ") + fs::proximate(f).string();
  return out;
}

}  // namespace

int watch(const WatchedBuild& build) {
  for (;;) {
    const auto started = std::chrono::system_clock::now();
    std::set<fs::path> read;
    build(read);
    if (const int signal = interruption::received()) return 128 + signal;
    std::set<fs::path> inputs;
    for (const auto& f : read) inputs.insert(normal(f));
    FolderWatch watch(inputs);
    if (!watch.ok()) {
      std::fprintf(stderr, "brochure: cannot watch the input folders (inotify: %s)\n", std::strerror(errno));
      return 1;
    }
    // A file saved while the build ran, before the watch began, counts as changed now.
    std::set<fs::path> changed;
    for (const auto& f : inputs) {
      const auto stat = stat_file(f);
      const auto started_ns =
          std::chrono::duration_cast<std::chrono::nanoseconds>(started.time_since_epoch()).count();
      if (stat && stat->mtime_ns >= started_ns - 10'000'000) changed.insert(f);  // a clock tick
    }
    if (changed.empty()) {
      std::printf("brochure: watching %zu files in %zu folders; Ctrl-C stops\n", inputs.size(), watch.folders());
      std::fflush(stdout);
    }
    while (changed.empty()) {
      std::set<fs::path> touched;
      if (!watch.wait(-1, touched)) return 128 + interruption::received();
      // A save is often several events (write, rename, attributes): wait until they settle.
      while (!touched.empty()) {
        std::set<fs::path> more;
        if (!watch.wait(100, more)) return 128 + interruption::received();
        if (more.empty()) break;
        touched.insert(more.begin(), more.end());
      }
      for (const auto& f : touched)
        if (inputs.count(f)) changed.insert(f);
    }
    std::printf("brochure: changed: %s\n", list(changed).c_str());
    std::fflush(stdout);
  }
}

}  // namespace cli
