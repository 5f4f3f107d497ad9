#pragma once
// How much one build accepts, so that a hostile or mistaken input is refused with a message
// instead of exhausting memory or time. The defaults are generous for real publications (the
// sample handbook uses under a tenth of each); `--limit NAME=VALUE` changes one.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace util {

struct Limits {
  std::uint64_t source_bytes = 16ull << 20;       // a publication file
  std::uint64_t include_bytes = 16ull << 20;      // each included file (and data files)
  std::uint64_t paragraph_bytes = 64ull << 10;    // the text of one paragraph in one language
  std::uint64_t image_pixels = 60'000'000;        // one image, from its header, before decoding
  std::uint64_t image_memory = 1ull << 30;        // decoded bytes of all images of one job
  std::uint64_t pages = 2000;                     // pages of one publication in one language
};

// The limits of this process: set once by the command line before any work starts.
const Limits& limits();
void set_limits(const Limits& limits);

// Parses "NAME=VALUE" into `limits` (VALUE may end in K, M or G: binary for bytes, decimal for
// counts). Returns the reason when it cannot.
std::optional<std::string> parse_limit(std::string_view assignment, Limits& limits);

// "12.3 MB", "640 KB", "17 bytes": sizes in messages about limits.
std::string byte_size(std::uint64_t bytes);

// The names and their meaning, for --help.
const char* limits_help();

}  // namespace util
