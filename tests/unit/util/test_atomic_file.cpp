#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "util/atomic_file.hpp"

namespace fs = std::filesystem;

static std::string read(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

TEST_CASE("an uncommitted atomic file leaves the last good file untouched") {
  fs::path dir = fs::path(BROCHURE_TEST_SCRATCH) / "atomic";
  fs::remove_all(dir);
  fs::create_directories(dir);
  util::write_file_atomically(dir / "out.pdf", "good");
  {
    util::AtomicFile file(dir / "out.pdf");
    std::ofstream(file.temp_path()) << "half";
    // no commit: as if the build failed here
  }
  CHECK(read(dir / "out.pdf") == "good");
  CHECK(std::distance(fs::directory_iterator(dir), fs::directory_iterator()) == 1);
}

TEST_CASE("a committed atomic file replaces the target and creates its folder") {
  fs::path target = fs::path(BROCHURE_TEST_SCRATCH) / "atomic2" / "sub" / "x.txt";
  fs::remove_all(target.parent_path().parent_path());
  util::write_file_atomically(target, "new");
  CHECK(read(target) == "new");
}
