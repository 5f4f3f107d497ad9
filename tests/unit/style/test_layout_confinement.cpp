// A layout reads only files inside the folder of its layout file: its base layouts, its output
// profile and hyphenation patterns given as a path. Absolute paths, ".." that climbs out and
// symbolic links leading out are errors at the naming element; folders and FIFOs are refused by
// type. Each case writes a small layout deriving from a copy of the shipped handbook-a4.xml into
// a scratch folder `layouts/`, beside a folder `outside/` that must never be read.
#include <catch2/catch.hpp>

#include <sys/stat.h>

#include <fstream>

#include "layout_files.hpp"
#include "style/reader.hpp"

using style_test::listing;

namespace {

namespace fs = std::filesystem;

struct Folders {
  fs::path base;
  fs::path layouts = base / "layouts";
  fs::path outside = base / "outside";

  // A folder of its own for each case: CTest runs the cases in parallel.
  explicit Folders(const std::string& name) : base(fs::path(BROCHURE_TEST_SCRATCH) / "layout-confinement" / name) {
    fs::remove_all(base);
    fs::create_directories(layouts / "color");
    fs::create_directories(outside);
    fs::copy_file(style_test::shipped_layout("handbook-a4.xml"), layouts / "handbook-a4.xml");
    const auto icc = style_test::shipped_layout("color/FOGRA39L-argyll.icc");
    fs::copy_file(icc, layouts / "color" / "FOGRA39L-argyll.icc");
    fs::copy_file(icc, outside / "secret.icc");
    fs::copy_file(style_test::shipped_layout("handbook-a4.xml"), outside / "handbook-a4.xml");
  }

  // A layout "derived.xml" based on `base`, its second line `children`.
  fs::path derived(const std::string& children, const std::string& base = "handbook-a4") const {
    const auto path = layouts / "derived.xml";
    std::ofstream(path) << "<layout id=\"derived\" kind=\"handbook\" base=\"" << base << "\">\n"
                        << children << "\n</layout>\n";
    return path;
  }
};

// Reads `file`, expecting it refused with one error at `line` that holds every one of `words`.
void refused(const fs::path& file, int line, std::initializer_list<std::string> words) {
  util::Diagnostics diagnostics;
  auto layout = style::read_layout(file, diagnostics);
  INFO(listing(diagnostics));
  CHECK_FALSE(layout);
  CHECK(diagnostics.error_count() == 1);
  CHECK(diagnostics.contains(file.string() + ":" + std::to_string(line) + ":"));
  for (const auto& word : words) CHECK(diagnostics.contains(word));
}

std::string print_with(const std::string& profile) { return "<print output-profile=\"" + profile + "\"/>"; }

}  // namespace

TEST_CASE("layout confinement: files inside the layouts folder are read") {
  Folders f("inside");
  fs::create_directories(f.layouts / "patterns");
  fs::copy_file("/usr/share/hyphen/hyph_en_US.dic", f.layouts / "patterns" / "en.dic");
  util::Diagnostics diagnostics;
  auto layout = style::read_layout(
      f.derived(print_with("color/../color/FOGRA39L-argyll.icc") +
                "<languages><language code=\"en\" hyphenation=\"patterns/en.dic\"/></languages>"),
      diagnostics);
  INFO(listing(diagnostics));
  REQUIRE(layout);
  CHECK(layout->print.output_profile == f.layouts / "color" / "FOGRA39L-argyll.icc");
  REQUIRE(layout->language("en"));
  CHECK(layout->language("en")->hyphenation == (f.layouts / "patterns" / "en.dic").string());
  // A bare file name names patterns Debian installs: kept as the name, looked up by layout.
  REQUIRE(layout->language("ru"));
  CHECK(layout->language("ru")->hyphenation == "hyph_ru_RU.dic");
}

TEST_CASE("layout confinement: an output profile outside the layouts folder is refused") {
  Folders f("profile");
  refused(f.derived(print_with("../outside/secret.icc")), 2, {"outside the layouts folder", "output profile"});
  refused(f.derived(print_with("/etc/passwd")), 2, {"absolute paths are not read"});
  fs::create_symlink("../../outside/secret.icc", f.layouts / "color" / "link.icc");
  refused(f.derived(print_with("color/link.icc")), 2, {"symbolic link", "outside the layouts folder"});
  fs::create_symlink("/dev/zero", f.layouts / "color" / "zero.icc");
  refused(f.derived(print_with("color/zero.icc")), 2, {"symbolic link"});
  refused(f.derived(print_with("color")), 2, {"a folder, not a file"});
  REQUIRE(::mkfifo((f.layouts / "color" / "pipe.icc").c_str(), 0600) == 0);
  refused(f.derived(print_with("color/pipe.icc")), 2, {"FIFO"});
}

TEST_CASE("layout confinement: a missing output profile is left to those who need it") {
  Folders f("missing-profile");
  util::Diagnostics diagnostics;
  auto layout = style::read_layout(f.derived(print_with("color/none.icc")), diagnostics);
  INFO(listing(diagnostics));
  REQUIRE(layout);
  CHECK(layout->print.output_profile == f.layouts / "color" / "none.icc");
}

TEST_CASE("layout confinement: a base layout outside the layouts folder is refused") {
  Folders f("base");
  refused(f.derived("", "../outside/handbook-a4"), 1, {"base layout", "outside the layouts folder"});
  refused(f.derived("", "/etc/passwd"), 1, {"base layout", "absolute paths"});
  fs::create_symlink("../outside/handbook-a4.xml", f.layouts / "evil.xml");
  refused(f.derived("", "evil"), 1, {"base layout", "symbolic link"});
  fs::create_directories(f.layouts / "folder.xml");
  refused(f.derived("", "folder"), 1, {"base layout", "a folder, not a file"});
  refused(f.derived("", "absent"), 1, {"base layout not found"});
}

TEST_CASE("layout confinement: hyphenation patterns given as a path stay inside the layouts folder") {
  Folders f("hyphenation");
  auto with_patterns = [&](const std::string& patterns) {
    return f.derived("<languages><language code=\"en\" hyphenation=\"" + patterns + "\"/></languages>");
  };
  refused(with_patterns("/etc/passwd"), 2, {"hyphenation patterns", "absolute paths"});
  refused(with_patterns("../outside/secret.icc"), 2, {"hyphenation patterns", "outside the layouts folder"});
  refused(with_patterns(".."), 2, {"hyphenation patterns", "outside the layouts folder"});
  refused(with_patterns("."), 2, {"hyphenation patterns", "a folder, not a file"});
}
