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

std::string Diagnostic::str() const {
  return where.str() + ": " + severity_name(severity) + ": " + message;
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
