#pragma once
// A piece of a job done in a forked child process while the job goes on, when the build has a
// core to spare (a job built alone, as after a one-word edit): the previews are rasterised
// beside the PDF writers instead of after them. The child starts from the laid-out document
// (copy-on-write), writes its own files and reports only whether it succeeded.
#include <sys/types.h>

#include <functional>
#include <optional>
#include <string>

namespace cli {

class Aside {
 public:
  // Forks a child that runs `work` and exits; when fork() fails, `work` runs here and now.
  explicit Aside(const std::function<void()>& work);
  ~Aside();  // waits for the child if wait() was not called
  Aside(const Aside&) = delete;
  Aside& operator=(const Aside&) = delete;

  // Waits for the child: nullopt when `work` succeeded, else what went wrong.
  std::optional<std::string> wait();

 private:
  pid_t pid_ = -1;
  int fd_ = -1;  // the child's report
  std::optional<std::string> error_;
  bool waited_ = false;
};

}  // namespace cli
