// The build manifest's verdicts, on files made here: what counts as a change of an input or an
// output, and what survives a reload from disk.
#include <catch2/catch.hpp>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <thread>

#include "cli/build_manifest.hpp"
#include "cli/preview_reuse.hpp"

namespace fs = std::filesystem;

namespace {

fs::path fresh_folder(const std::string& name) {
  const fs::path folder = fs::path(BROCHURE_TEST_SCRATCH) / "build_manifest" / name;
  fs::remove_all(folder);
  fs::create_directories(folder);
  return folder;
}

void write(const fs::path& file, const std::string& text) { std::ofstream(file, std::ios::binary) << text; }

std::vector<cli::JobInput> inputs(const std::string& content_hash_source) {
  return {{"options", 1}, {"content book.xml (en)", std::hash<std::string>{}(content_hash_source)}};
}

}  // namespace

TEST_CASE("build manifest: a recorded job is up to date until an input or an output changes") {
  const fs::path folder = fresh_folder("verdicts");
  write(folder / "book.en.pdf", "pdf bytes");
  {
    auto manifest = cli::BuildManifest::load(folder);
    CHECK(manifest.out_of_date("en", inputs("v1")) == "not built before");
    manifest.record("en", inputs("v1"), {"book.en.pdf"}, 4, 0);
    CHECK_FALSE(manifest.out_of_date("en", inputs("v1")));
  }
  // From disk, as the next build reads it.
  auto manifest = cli::BuildManifest::load(folder);
  CHECK_FALSE(manifest.out_of_date("en", inputs("v1")));
  REQUIRE(manifest.job("en"));
  CHECK(manifest.job("en")->pages == 4);
  const auto why = manifest.out_of_date("en", inputs("v2"));
  REQUIRE(why);
  CHECK(why->find("content book.xml (en) changed") != std::string::npos);

  // A touched output with the same bytes is no change; other bytes are.
  std::this_thread::sleep_for(std::chrono::milliseconds(20));
  fs::last_write_time(folder / "book.en.pdf", fs::file_time_type::clock::now());
  CHECK_FALSE(cli::BuildManifest::load(folder).out_of_date("en", inputs("v1")));
  write(folder / "book.en.pdf", "pdf bytez");
  const auto changed = cli::BuildManifest::load(folder).out_of_date("en", inputs("v1"));
  REQUIRE(changed);
  CHECK(changed->find("book.en.pdf was changed") != std::string::npos);
  fs::remove(folder / "book.en.pdf");
  const auto missing = cli::BuildManifest::load(folder).out_of_date("en", inputs("v1"));
  REQUIRE(missing);
  CHECK(missing->find("is missing") != std::string::npos);
}

TEST_CASE("build manifest: a damaged manifest counts as none") {
  const fs::path folder = fresh_folder("damaged");
  write(folder / "out.pdf", "x");
  cli::BuildManifest::load(folder).record("vi", inputs("v1"), {"out.pdf"}, 1, 0);
  std::string text;
  {
    std::ifstream in(folder / ".manifest");
    text.assign(std::istreambuf_iterator<char>(in), {});
  }
  write(folder / ".manifest", text.substr(0, text.size() / 2) + "\ngarbage\n");
  CHECK(cli::BuildManifest::load(folder).out_of_date("vi", inputs("v1")) == "not built before");
}

TEST_CASE("build manifest: a file saved just now is hashed again next time, not trusted by its stat") {
  const fs::path folder = fresh_folder("racy");
  const fs::path file = folder / "chapter.xml";
  write(file, "one");
  cli::FileHashes hashes;
  const auto first = hashes.of(file);
  REQUIRE(first);
  CHECK_FALSE(hashes.learned());  // its modification time is within the racy margin
  CHECK(hashes.to_keep().empty());
  const auto stat = cli::stat_file(file);
  REQUIRE(stat);
  CHECK(cli::stat_trusted(*stat, std::chrono::system_clock::now() + std::chrono::seconds(1)));
}

TEST_CASE("build manifest: preview digests survive a reload, and only intact previews may be kept") {
  const fs::path folder = fresh_folder("previews");
  fs::create_directories(folder / "preview" / "en");
  write(folder / "preview" / "en" / "page-001.png", "page one");
  write(folder / "preview" / "en" / "page-002.png", "page two");
  write(folder / "book.en.pdf", "pdf bytes");
  {
    auto manifest = cli::BuildManifest::load(folder);
    manifest.record("en", inputs("v1"), {"book.en.pdf", "preview/en/page-001.png", "preview/en/page-002.png"}, 2, 0,
                    {{"preview/en/page-001.png", 11}, {"preview/en/page-002.png", 22}}, 1.25);
  }
  auto manifest = cli::BuildManifest::load(folder);
  REQUIRE(manifest.job("en"));
  CHECK(manifest.job("en")->previews.size() == 2);
  CHECK(manifest.job("en")->previews.at("preview/en/page-002.png") == 22);
  CHECK(manifest.job("en")->seconds == Approx(1.25));  // the next build schedules by it

  auto earlier = cli::earlier_previews(manifest.job("en"), folder, 7);
  CHECK(earlier.salt == 7);
  CHECK(earlier.digests.size() == 2);
  // Another picture in a file: that page must be painted again; a deleted one too.
  write(folder / "preview" / "en" / "page-002.png", "page 2!!");
  earlier = cli::earlier_previews(manifest.job("en"), folder, 7);
  CHECK(earlier.digests.count("preview/en/page-001.png") == 1);
  CHECK(earlier.digests.count("preview/en/page-002.png") == 0);
  fs::remove(folder / "preview" / "en" / "page-001.png");
  CHECK(cli::earlier_previews(manifest.job("en"), folder, 7).digests.empty());
  CHECK(cli::earlier_previews(nullptr, folder, 7).digests.empty());

  // The salt: the engine and image contents decide it, the content text does not.
  const std::vector<cli::JobInput> a{{"engine 1", 1}, {"content book.xml (en)", 2}, {"file pic.png", 3}};
  auto b = a;
  b[1].hash = 5;
  CHECK(cli::preview_salt(a) == cli::preview_salt(b));
  b[2].hash = 4;
  CHECK(cli::preview_salt(a) != cli::preview_salt(b));
}
