#include "util/limits.hpp"

#include <charconv>
#include <cstdio>

namespace util {
namespace {

Limits process_limits;

struct Named {
  std::string_view name;
  std::uint64_t Limits::*field;
  bool bytes;  // K/M/G binary (bytes) or decimal (counts)
};

constexpr Named kNamed[] = {
    {"source", &Limits::source_bytes, true},      {"include", &Limits::include_bytes, true},
    {"paragraph", &Limits::paragraph_bytes, true}, {"image-pixels", &Limits::image_pixels, false},
    {"image-memory", &Limits::image_memory, true}, {"pages", &Limits::pages, false},
};

}  // namespace

std::string byte_size(std::uint64_t bytes) {
  char buf[48];
  if (bytes >= (1ull << 20)) std::snprintf(buf, sizeof buf, "%.1f MB", static_cast<double>(bytes) / (1 << 20));
  else if (bytes >= (1ull << 10)) std::snprintf(buf, sizeof buf, "%.0f KB", static_cast<double>(bytes) / (1 << 10));
  else std::snprintf(buf, sizeof buf, "%llu bytes", static_cast<unsigned long long>(bytes));
  return buf;
}

const Limits& limits() { return process_limits; }
void set_limits(const Limits& limits) { process_limits = limits; }

std::optional<std::string> parse_limit(std::string_view assignment, Limits& limits) {
  const auto eq = assignment.find('=');
  if (eq == std::string_view::npos) return "write --limit NAME=VALUE, e.g. --limit image-pixels=100M";
  const std::string_view name = assignment.substr(0, eq), value = assignment.substr(eq + 1);
  for (const auto& named : kNamed) {
    if (named.name != name) continue;
    std::uint64_t number = 0;
    auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), number);
    std::uint64_t scale = 1;
    if (ec == std::errc{} && end + 1 == value.data() + value.size()) {
      const std::uint64_t step = named.bytes ? 1024 : 1000;
      switch (*end) {
        case 'K': case 'k': scale = step; ++end; break;
        case 'M': case 'm': scale = step * step; ++end; break;
        case 'G': case 'g': scale = step * step * step; ++end; break;
        default: break;
      }
    }
    if (ec != std::errc{} || end != value.data() + value.size() || number == 0 || number > UINT64_MAX / scale)
      return "--limit " + std::string(name) + " takes a positive number, optionally followed by K, M or G, not \"" +
             std::string(value) + "\"";
    limits.*named.field = number * scale;
    return std::nullopt;
  }
  std::string known;
  for (const auto& named : kNamed) known += (known.empty() ? "" : ", ") + std::string(named.name);
  return "unknown limit \"" + std::string(name) + "\"; the limits are " + known;
}

const char* limits_help() {
  return R"(Limits (--limit NAME=VALUE; K, M, G suffixes):
  source=16M         size of a publication file
  include=16M        size of each included chapter or data file
  paragraph=64K      text of one paragraph in one language (bytes of UTF-8)
  image-pixels=60M   pixels of one image, read from its header before decoding
  image-memory=1G    decoded size of all images of one language of a publication
  pages=2000         pages of one language of a publication
)";
}

}  // namespace util
