#include <catch2/catch.hpp>

#include <sys/stat.h>

#include <cctype>
#include <filesystem>
#include <fstream>

#include "util/content_root.hpp"

namespace fs = std::filesystem;

namespace {

// Each test case its own tree: CTest runs the cases side by side (ctest -j), and two removing
// and filling one folder raced ("cannot remove: Directory not empty").
fs::path case_folder() {
  std::string name = Catch::getResultCapture().getCurrentTestName();
  for (char& c : name)
    if (!std::isalnum(static_cast<unsigned char>(c))) c = '-';
  return fs::path(BROCHURE_TEST_SCRATCH) / "content-root" / name;
}

struct Tree {
  fs::path base = case_folder();
  fs::path root = base / "root";
  Tree() {
    fs::remove_all(base);
    fs::create_directories(root / "sub");
    fs::create_directories(base / "outside");
    std::ofstream(root / "sub" / "a.xml") << "<section/>";
    std::ofstream(base / "outside" / "secret.xml") << "secret";
  }
  util::ContentRoot open() const {
    std::string why;
    auto r = util::ContentRoot::at(root, why);
    REQUIRE(r);
    return std::move(*r);
  }
};

}  // namespace

TEST_CASE("content root: files inside open, relative to the naming file's folder") {
  Tree t;
  auto root = t.open();
  std::string error;
  CHECK(root.read(t.root / "sub", "a.xml", 100, error) == "<section/>");
  CHECK(root.read(t.root, "sub/../sub/a.xml", 100, error) == "<section/>");
  fs::create_symlink("sub/a.xml", t.root / "inside-link.xml");
  CHECK(root.read({}, "inside-link.xml", 100, error) == "<section/>");
}

TEST_CASE("content root: absolute paths, .. escapes and links leading out are refused") {
  Tree t;
  auto root = t.open();
  CHECK(root.open({}, "/etc/passwd", 1 << 20).error.find("absolute") != std::string::npos);
  CHECK(root.open(t.root / "sub", "../../outside/secret.xml", 1 << 20).error.find("outside the content folder") !=
        std::string::npos);
  fs::create_symlink("../outside/secret.xml", t.root / "link.xml");
  CHECK(root.open({}, "link.xml", 1 << 20).error.find("symbolic link") != std::string::npos);
  fs::create_symlink("/etc", t.root / "etc");
  CHECK_FALSE(root.open({}, "etc/passwd", 1 << 20));
  fs::create_symlink("loop-b", t.root / "loop-a");
  fs::create_symlink("loop-a", t.root / "loop-b");
  CHECK(root.open({}, "loop-a", 1 << 20).error.find("loop") != std::string::npos);
}

TEST_CASE("content root: folders, FIFOs and files over the limit are refused by type and size") {
  Tree t;
  auto root = t.open();
  CHECK(root.open({}, "sub", 1 << 20).error.find("folder") != std::string::npos);
  REQUIRE(::mkfifo((t.root / "pipe").c_str(), 0600) == 0);
  CHECK(root.open({}, "pipe", 1 << 20).error.find("FIFO") != std::string::npos);
  auto big = root.open({}, "sub/a.xml", 4);
  CHECK(big.error.find("limit of 4 bytes") != std::string::npos);
  auto missing = root.open({}, "none.xml", 100);
  CHECK(missing.missing);
  CHECK(missing.path == t.root / "none.xml");
}
