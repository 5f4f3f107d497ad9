#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "util/atomic_file.hpp"
#include "util/staging.hpp"

namespace fs = std::filesystem;

namespace {

std::string read(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

fs::path fresh(const char* name) {
  fs::path dir = fs::path(BROCHURE_TEST_SCRATCH) / name;
  fs::remove_all(dir);
  fs::create_directories(dir / "preview" / "en");
  util::write_file_atomically(dir / "a.pdf", "old a");
  util::write_file_atomically(dir / "preview" / "en" / "page-001.png", "old 1");
  util::write_file_atomically(dir / "preview" / "en" / "page-002.png", "old 2");
  return dir;
}

}  // namespace

TEST_CASE("staging: commit moves every file into place and removes the obsolete ones") {
  const fs::path dir = fresh("staging-commit");
  util::Staging staging(dir, "en.1");
  staging.create();
  util::write_file_atomically(staging.folder() / "a.pdf", "new a");
  util::write_file_atomically(staging.folder() / "preview" / "en" / "page-001.png", "new 1");
  CHECK(staging.files() == std::vector<fs::path>{"a.pdf", "preview/en/page-001.png"});
  staging.commit({"preview/en/page-002.png"});
  CHECK(read(dir / "a.pdf") == "new a");
  CHECK(read(dir / "preview" / "en" / "page-001.png") == "new 1");
  CHECK_FALSE(fs::exists(dir / "preview" / "en" / "page-002.png"));
  CHECK_FALSE(fs::exists(staging.folder()));
}

TEST_CASE("staging: a staging folder that is not committed leaves the last files as they were") {
  const fs::path dir = fresh("staging-discard");
  {
    util::Staging staging(dir, "en.2");
    staging.create();
    util::write_file_atomically(staging.folder() / "a.pdf", "new a");
  }
  CHECK(read(dir / "a.pdf") == "old a");
  CHECK_FALSE(fs::exists(dir / ".staging-en.2"));
}

TEST_CASE("staging: the next build finishes a commit that was interrupted and removes the rest") {
  const fs::path dir = fresh("staging-recover");
  // A commit killed after its journal and its first rename: a.pdf is new, page 1 still staged.
  const fs::path begun = dir / ".staging-en.3";
  fs::create_directories(begun / "preview" / "en");
  util::write_file_atomically(begun / "preview" / "en" / "page-001.png", "new 1");
  util::write_file_atomically(begun / ".commit", "preview/en/page-002.png\n");
  util::write_file_atomically(dir / "a.pdf", "new a");
  // A job killed while staging: no journal.
  fs::create_directories(dir / ".staging-vi.4");
  util::write_file_atomically(dir / ".staging-vi.4" / "a.pdf", "half");
  // A writer's temporary from an older build that wrote in place.
  util::write_file_atomically(dir / ".b.pdf.tmp-99-0", "half");

  const auto done = util::recover_staging(dir);
  CHECK(done.size() == 3);
  CHECK(read(dir / "a.pdf") == "new a");
  CHECK(read(dir / "preview" / "en" / "page-001.png") == "new 1");
  CHECK_FALSE(fs::exists(dir / "preview" / "en" / "page-002.png"));
  CHECK_FALSE(fs::exists(begun));
  CHECK_FALSE(fs::exists(dir / ".staging-vi.4"));
  CHECK_FALSE(fs::exists(dir / ".b.pdf.tmp-99-0"));
}
