#include <algorithm>
#include <cstdio>

#include "preflight/preflight.hpp"

namespace preflight {

static const char* level_name(Level level) { return level == Level::error ? "error" : "warning"; }

bool Report::has_errors() const { return count(Level::error) > 0; }

int Report::count(Level level) const {
  return static_cast<int>(std::count_if(findings.begin(), findings.end(), [&](const Finding& f) { return f.level == level; }));
}

static std::string plural(int n, const char* word) { return std::to_string(n) + " " + word + (n == 1 ? "" : "s"); }

std::string Report::text() const {
  std::string out;
  for (const Finding& f : findings) {
    out += level_name(f.level);
    out += ": ";
    out += f.page > 0 ? "page " + std::to_string(f.page) : std::string("document");
    out += ": " + f.check + ": " + f.message + "\n";
  }
  out += "preflight: " + plural(count(Level::error), "error") + ", " + plural(count(Level::warning), "warning") + "\n";
  return out;
}

static std::string json_string(const std::string& s) {
  std::string out = "\"";
  for (unsigned char c : s) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\t': out += "\\t"; break;
      case '\r': out += "\\r"; break;
      default:
        if (c < 0x20) {
          char buffer[8];
          std::snprintf(buffer, sizeof buffer, "\\u%04x", c);
          out += buffer;
        } else {
          out += static_cast<char>(c);  // UTF-8 passes through
        }
    }
  }
  return out + "\"";
}

static std::string json_number(double v) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.2f", v);
  return buffer;
}

std::string Report::json() const {
  std::string out = "{\"errors\": " + std::to_string(count(Level::error)) +
                    ", \"warnings\": " + std::to_string(count(Level::warning)) + ", \"findings\": [";
  for (std::size_t i = 0; i < findings.size(); ++i) {
    const Finding& f = findings[i];
    out += i ? ",\n  " : "\n  ";
    out += "{\"level\": " + json_string(level_name(f.level)) + ", \"check\": " + json_string(f.check) +
           ", \"page\": " + std::to_string(f.page) + ", \"message\": " + json_string(f.message) +
           ", \"area\": {\"x\": " + json_number(f.area.x) + ", \"y\": " + json_number(f.area.y) +
           ", \"width\": " + json_number(f.area.width) + ", \"height\": " + json_number(f.area.height) + "}}";
  }
  out += findings.empty() ? "]}\n" : "\n]}\n";
  return out;
}

}  // namespace preflight
