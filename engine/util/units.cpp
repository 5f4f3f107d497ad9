#include "util/units.hpp"

#include <charconv>
#include <cstdio>
#include <string>

namespace util {

std::string mm_text(double points) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.2f mm", to_mm(points));
  return buffer;
}

std::optional<double> parse_length(std::string_view text) {
  while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
  while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
  if (text.empty()) return std::nullopt;
  double value = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc{}) return std::nullopt;
  std::string_view unit(end, text.data() + text.size() - end);
  if (unit.empty() || unit == "pt") return value;
  if (unit == "mm") return mm(value);
  if (unit == "cm") return mm(value * 10);
  if (unit == "in") return value * 72.0;
  return std::nullopt;
}

}  // namespace util
