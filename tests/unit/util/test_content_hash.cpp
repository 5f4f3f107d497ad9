#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <set>
#include <string>

#include "util/content_hash.hpp"

TEST_CASE("content hash: one bit anywhere changes the hash") {
  std::string bytes(1000, 'a');
  for (std::size_t i = 0; i < bytes.size(); ++i) bytes[i] = static_cast<char>(i * 7);
  std::set<std::uint64_t> seen{util::hash_bytes(bytes)};
  for (std::size_t at : {0ul, 7ul, 31ul, 32ul, 500ul, 990ul, 999ul}) {
    std::string flipped = bytes;
    flipped[at] = static_cast<char>(flipped[at] ^ 1);
    CHECK(seen.insert(util::hash_bytes(flipped)).second);
  }
  for (std::size_t n = 0; n < 70; ++n) CHECK(seen.insert(util::hash_bytes(std::string_view(bytes).substr(0, n))).second);
}

TEST_CASE("content hash: fields are separated") {
  CHECK(util::HashBuilder().add("ab").add("c").value() != util::HashBuilder().add("a").add("bc").value());
}

TEST_CASE("content hash: a file hashes the same each time and changes with its bytes") {
  const auto file = std::filesystem::path(BROCHURE_TEST_SCRATCH) / "content_hash.bin";
  std::filesystem::create_directories(file.parent_path());
  std::string bytes(3 << 20, 'x');  // more than one read block
  std::ofstream(file, std::ios::binary) << bytes;
  const auto first = util::hash_file(file);
  REQUIRE(first);
  CHECK(util::hash_file(file) == first);
  bytes[(3 << 20) - 1] = 'y';
  std::ofstream(file, std::ios::binary) << bytes;
  CHECK(util::hash_file(file) != first);
  CHECK(!util::hash_file(file.parent_path() / "no-such-file"));
  CHECK(util::parse_hex64(util::hex64(*first)) == first);
}
