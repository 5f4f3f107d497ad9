#include "export/pdf/pdf_date.hpp"

#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <regex>

#include "util/diagnostics.hpp"

namespace exporter::pdf {

DateTime DateTime::to_utc() const {
  std::tm tm{};
  tm.tm_year = year - 1900;
  tm.tm_mon = month - 1;
  tm.tm_mday = day;
  tm.tm_hour = hour;
  tm.tm_min = minute;
  tm.tm_sec = second;
  const std::time_t utc = timegm(&tm) - static_cast<std::time_t>(offset_minutes) * 60;
  std::tm out{};
  gmtime_r(&utc, &out);
  return {out.tm_year + 1900, out.tm_mon + 1, out.tm_mday, out.tm_hour, out.tm_min, out.tm_sec, 0};
}

DateTime parse_iso_date_time(const std::string& text) {
  static const std::regex iso(
      R"((\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|([+-])(\d{2}):?(\d{2}))?)?)");
  std::smatch m;
  if (!std::regex_match(text, m, iso))
    util::fail({}, "build date \"" + text + "\" is not an ISO 8601 date (2026-01-15T00:00:00Z)");
  auto field = [&](int i) { return m[i].matched ? std::stoi(m[i].str()) : 0; };
  DateTime t{field(1), field(2), field(3), field(4), field(5), field(6), 0};
  if (m[8].matched) t.offset_minutes = (m[8].str() == "-" ? -1 : 1) * (field(9) * 60 + field(10));
  if (t.month < 1 || t.month > 12 || t.day < 1 || t.day > 31 || t.hour > 23 || t.minute > 59 || t.second > 60 ||
      std::abs(t.offset_minutes) > 14 * 60)
    util::fail({}, "build date \"" + text + "\" is out of range");
  return t;
}

static std::string zone(const DateTime& t, const char* separator, const char* suffix) {
  if (t.offset_minutes == 0) return "Z";
  const int minutes = std::abs(t.offset_minutes);
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%c%02d%s%02d%s", t.offset_minutes < 0 ? '-' : '+', minutes / 60,
                separator, minutes % 60, suffix);
  return buffer;
}

std::string pdf_date(const DateTime& t) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "D:%04d%02d%02d%02d%02d%02d", t.year, t.month, t.day, t.hour, t.minute,
                t.second);
  return buffer + zone(t, "'", "'");
}

std::string xmp_date(const DateTime& t) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02dT%02d:%02d:%02d", t.year, t.month, t.day, t.hour, t.minute,
                t.second);
  return buffer + zone(t, ":", "");
}

}  // namespace exporter::pdf
