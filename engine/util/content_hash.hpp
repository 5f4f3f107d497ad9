#pragma once
// A fast 64-bit hash of bytes, for deciding whether an input or output changed since the last
// build (see cli/build_manifest.hpp). Not cryptographic: it guards against edits, not against
// an adversary. Four independent multiply-rotate lanes over 32-byte stripes keep the CPU's
// multipliers busy (several GB/s), so hashing a font or an image costs less than reading it.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <filesystem>

namespace util {

std::uint64_t hash_bytes(std::string_view bytes, std::uint64_t seed = 0);

// Hashes a sequence of fields; each is length-prefixed, so ("ab","c") and ("a","bc") differ.
class HashBuilder {
 public:
  HashBuilder& add(std::string_view field);
  HashBuilder& add(std::uint64_t value);
  std::uint64_t value() const { return state_; }

 private:
  std::uint64_t state_ = 0x9e3779b97f4a7c15ull;
};

// The whole file's hash; nullopt when it cannot be read (missing, a folder, no permission).
std::optional<std::uint64_t> hash_file(const std::filesystem::path& file);

// 16 lower-case hex digits, and back (nullopt for anything else).
std::string hex64(std::uint64_t value);
std::optional<std::uint64_t> parse_hex64(std::string_view text);

}  // namespace util
