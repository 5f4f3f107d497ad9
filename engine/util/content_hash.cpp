#include "util/content_hash.hpp"

#include <fcntl.h>
#include <unistd.h>
#include <sys/stat.h>

#include <bit>
#include <cerrno>
#include <charconv>
#include <cstring>

#include "util/file_descriptor.hpp"

namespace util {
namespace {

// Odd 64-bit constants with well-mixed bits (the fractional parts of the golden ratio and of
// square roots of small primes).
constexpr std::uint64_t kPrime1 = 0x9e3779b97f4a7c15ull;
constexpr std::uint64_t kPrime2 = 0xbf58476d1ce4e5b9ull;
constexpr std::uint64_t kPrime3 = 0x94d049bb133111ebull;
constexpr std::uint64_t kPrime4 = 0x2545f4914f6cdd1dull;

std::uint64_t load64(const unsigned char* p) {
  std::uint64_t v;
  std::memcpy(&v, p, 8);
  if constexpr (std::endian::native == std::endian::big) v = __builtin_bswap64(v);
  return v;
}

std::uint64_t lane(std::uint64_t acc, std::uint64_t word) {
  acc += word * kPrime2;
  return std::rotl(acc, 31) * kPrime1;
}

// A final avalanche: every input bit flips about half of the output bits.
std::uint64_t finish(std::uint64_t h) {
  h ^= h >> 30;
  h *= kPrime2;
  h ^= h >> 27;
  h *= kPrime3;
  h ^= h >> 31;
  return h;
}

}  // namespace

std::uint64_t hash_bytes(std::string_view bytes, std::uint64_t seed) {
  const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
  const std::size_t n = bytes.size();
  std::size_t i = 0;
  std::uint64_t a = seed + kPrime1 + kPrime2, b = seed + kPrime2, c = seed, d = seed - kPrime1;
  for (; i + 32 <= n; i += 32) {
    a = lane(a, load64(p + i));
    b = lane(b, load64(p + i + 8));
    c = lane(c, load64(p + i + 16));
    d = lane(d, load64(p + i + 24));
  }
  std::uint64_t h = std::rotl(a, 1) + std::rotl(b, 7) + std::rotl(c, 12) + std::rotl(d, 18) + n * kPrime4;
  for (; i + 8 <= n; i += 8) h = std::rotl(h ^ lane(0, load64(p + i)), 27) * kPrime1 + kPrime4;
  for (; i < n; ++i) h = std::rotl(h ^ (p[i] * kPrime3), 11) * kPrime1;
  return finish(h);
}

HashBuilder& HashBuilder::add(std::string_view field) {
  state_ = finish(state_ ^ hash_bytes(field, field.size())) + kPrime4;
  return *this;
}

HashBuilder& HashBuilder::add(std::uint64_t value) {
  state_ = finish(state_ ^ (value * kPrime3 + kPrime1)) + kPrime2;
  return *this;
}

std::optional<std::uint64_t> hash_file(const std::filesystem::path& file) {
  FileDescriptor fd(::open(file.c_str(), O_RDONLY | O_CLOEXEC));
  struct stat st {};
  if (!fd || ::fstat(fd.get(), &st) != 0 || !S_ISREG(st.st_mode)) return std::nullopt;
  // Read in blocks, each hashed and chained: no copy of a 20 MB font, and no SIGBUS as a mapped
  // file would give if it shrank while being read.
  static constexpr std::size_t kBlock = 1 << 20;
  std::string block(kBlock, '\0');
  HashBuilder h;
  for (;;) {
    std::size_t filled = 0;
    while (filled < kBlock) {
      const ssize_t n = ::read(fd.get(), block.data() + filled, kBlock - filled);
      if (n < 0 && errno == EINTR) continue;
      if (n < 0) return std::nullopt;
      if (n == 0) break;
      filled += static_cast<std::size_t>(n);
    }
    h.add(std::string_view(block.data(), filled));
    if (filled < kBlock) return h.value();
  }
}

std::string hex64(std::uint64_t value) {
  char buf[17];
  for (int i = 15; i >= 0; --i, value >>= 4) buf[i] = "0123456789abcdef"[value & 0xf];
  return std::string(buf, 16);
}

std::optional<std::uint64_t> parse_hex64(std::string_view text) {
  std::uint64_t v = 0;
  if (text.size() != 16) return std::nullopt;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v, 16);
  if (ec != std::errc{} || end != text.data() + text.size()) return std::nullopt;
  return v;
}

}  // namespace util
