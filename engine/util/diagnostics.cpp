#include "util/diagnostics.hpp"

#include <utility>

namespace util {

std::string SourceLocation::str() const {
  if (file.empty()) return "<unknown>";
  std::string s = file;
  if (line > 0) {
    s += ':' + std::to_string(line);
    if (column > 0) s += ':' + std::to_string(column);
  }
  return s;
}

static const char* severity_name(Severity s) {
  switch (s) {
    case Severity::note: return "note";
    case Severity::warning: return "warning";
    case Severity::error: return "error";
  }
  return "error";
}

std::string printable(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  auto hex = [&](unsigned value, int digits) {
    static const char kDigits[] = "0123456789abcdef";
    for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) out += kDigits[(value >> shift) & 0xF];
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte < 0x20 || byte == 0x7F) {
      out += "\\x";
      hex(byte, 2);
      continue;
    }
    const auto next = i + 1 < text.size() ? static_cast<unsigned char>(text[i + 1]) : 0u;
    const auto third = i + 2 < text.size() ? static_cast<unsigned char>(text[i + 2]) : 0u;
    if (byte == 0xC2 && next >= 0x80 && next <= 0x9F) {  // C1 controls, U+0080..U+009F
      out += "\\u{";
      hex(next, 4);
      out += '}';
      ++i;
      continue;
    }
    // Bidirectional overrides and isolates (U+202A..U+202E, U+2066..U+2069) reorder the line.
    if (byte == 0xE2 && ((next == 0x80 && third >= 0xAA && third <= 0xAE) || (next == 0x81 && third >= 0xA6 && third <= 0xA9))) {
      out += "\\u{";
      hex(0x2000u + ((next & 0x3Fu) << 6) + (third & 0x3Fu), 4);
      out += '}';
      i += 2;
      continue;
    }
    out += text[i];
  }
  return out;
}

std::string Diagnostic::str() const {
  return printable(where.str()) + ": " + severity_name(severity) + ": " + printable(message);
}

void Diagnostics::add(Diagnostic d) {
  if (d.severity == Severity::error) ++error_count_;
  if (d.severity == Severity::warning) ++warning_count_;
  items_.push_back(std::move(d));
}

void Diagnostics::error(SourceLocation where, std::string message) {
  add({Severity::error, std::move(where), std::move(message)});
}
void Diagnostics::warning(SourceLocation where, std::string message) {
  add({Severity::warning, std::move(where), std::move(message)});
}
void Diagnostics::note(SourceLocation where, std::string message) {
  add({Severity::note, std::move(where), std::move(message)});
}

void Diagnostics::append(const Diagnostics& other) {
  for (const auto& d : other.items_) add(d);
}

bool Diagnostics::contains(const std::string& needle) const {
  for (const auto& d : items_)
    if (d.str().find(needle) != std::string::npos) return true;
  return false;
}

void fail(SourceLocation where, std::string message) {
  throw Failure{{Severity::error, std::move(where), std::move(message)}};
}

}  // namespace util
