#pragma once
// A set of files that replaces older ones all together or not at all. The files are written into
// a hidden folder inside their destination (".staging-NAME", same file system, so moving is a
// rename) and moved into place by commit(). A build that fails or is stopped before commit()
// leaves the destination as it was; the staging folder is removed then, or by the next build.
//
// commit() first writes a journal (".commit", the files to remove) into the staging folder: a
// process killed in the middle of a commit leaves a staging folder with a journal, and the next
// build finishes that commit (recover_staging) rather than leaving half the old and half the
// new set.
#include <filesystem>
#include <string>
#include <vector>

namespace util {

class Staging {
 public:
  // Nothing is created yet: the folder is destination/.staging-NAME.
  Staging(std::filesystem::path destination, const std::string& name);
  ~Staging();  // discards the folder unless committed
  Staging(const Staging&) = delete;
  Staging& operator=(const Staging&) = delete;

  const std::filesystem::path& folder() const { return folder_; }
  const std::filesystem::path& destination() const { return destination_; }
  void create() const;  // the staging folder (and the destination)

  // The files staged so far, relative to the staging folder (hidden ones, which are temporaries
  // of writers, excepted).
  std::vector<std::filesystem::path> files() const;

  // Moves every staged file to the same relative path in the destination, then removes
  // `obsolete` (paths relative to the destination), then the staging folder. Throws
  // std::filesystem::filesystem_error.
  void commit(const std::vector<std::filesystem::path>& obsolete);
  // Removes the staging folder and everything in it.
  void discard() noexcept;

 private:
  std::filesystem::path destination_;
  std::filesystem::path folder_;
  bool done_ = false;
};

// Cleans up after builds that were killed: in `folder` (a publication's output folder), finishes
// each staging folder whose commit had begun, removes the others, and removes temporaries of
// writers (".NAME.tmp-…") in it and in its preview folders. Call only while holding the output
// lock. Returns one line per thing done, for a note.
std::vector<std::string> recover_staging(const std::filesystem::path& folder);

}  // namespace util
