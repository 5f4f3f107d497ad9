#include <algorithm>
#include <cmath>
#include <cstdio>

#include "preflight/preflight.hpp"

namespace preflight {

static const char* level_name(Level level) { return level == Level::error ? "error" : "warning"; }

bool Report::has_errors() const { return count(Level::error) > 0; }

int Report::count(Level level) const {
  return static_cast<int>(std::count_if(findings.begin(), findings.end(), [&](const Finding& f) { return f.level == level; }));
}

static std::string plural(int n, const char* word) { return std::to_string(n) + " " + word + (n == 1 ? "" : "s"); }

static std::string number_text(double v) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%g", v);
  return buffer;
}

static std::string profile_line(const Settings& s) {
  return "profile: " + s.profile_name() + " (text under " + number_text(s.small_text) +
         " pt in one ink, strokes at least " + number_text(s.min_line) + " pt, images at " +
         number_text(s.min_resolution) + " ppi, total ink at most " + number_text(std::round(s.max_ink * 100)) + " %" +
         (s.max_ink_source.empty() ? std::string() : " (" + s.max_ink_source + ")") + ")\n";
}

std::string Report::text() const {
  std::string out = profile_line(settings);
  if (!settings.output_intent.empty()) out += "output intent: " + settings.output_intent + "\n";
  for (const Finding& f : findings) {
    out += level_name(f.level);
    out += ": ";
    out += f.page > 0 ? "page " + std::to_string(f.page) : std::string("document");
    out += ": " + f.check + ": ";
    if (f.where.known()) out += f.where.str() + ": ";
    out += f.message + "\n";
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
  const Settings& s = settings;
  std::string out = "{\"errors\": " + std::to_string(count(Level::error)) +
                    ", \"warnings\": " + std::to_string(count(Level::warning)) +
                    ",\n \"profile\": {\"name\": " + json_string(s.profile_name()) +
                    ", \"small_text_pt\": " + json_number(s.small_text) + ", \"min_line_pt\": " + json_number(s.min_line) +
                    ", \"min_resolution_ppi\": " + json_number(s.min_resolution) +
                    ", \"max_ink_percent\": " + json_number(std::round(s.max_ink * 100)) +
                    ", \"max_ink_source\": " + json_string(s.max_ink_source) +
                    ", \"output_intent\": " + json_string(s.output_intent) + "},\n \"findings\": [";
  for (std::size_t i = 0; i < findings.size(); ++i) {
    const Finding& f = findings[i];
    out += i ? ",\n  " : "\n  ";
    out += "{\"level\": " + json_string(level_name(f.level)) + ", \"check\": " + json_string(f.check) +
           ", \"page\": " + std::to_string(f.page) +
           ", \"source\": " + (f.where.known() ? json_string(f.where.str()) : std::string("null")) +
           ", \"message\": " + json_string(f.message) +
           ", \"area\": {\"x\": " + json_number(f.area.x) + ", \"y\": " + json_number(f.area.y) +
           ", \"width\": " + json_number(f.area.width) + ", \"height\": " + json_number(f.area.height) + "}}";
  }
  out += findings.empty() ? "]}\n" : "\n]}\n";
  return out;
}

}  // namespace preflight
