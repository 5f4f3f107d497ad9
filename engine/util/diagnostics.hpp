#pragma once
// Findings collected during a build. Printed as `file:line:col: error: message` so editors
// and CI can jump to them. Errors block output; warnings are reported and do not.
#include <string>
#include <string_view>
#include <vector>

#include "util/source_location.hpp"

namespace util {

enum class Severity { note, warning, error };

struct Diagnostic {
  Severity severity = Severity::error;
  SourceLocation where;
  std::string message;  // says what is wrong and, where it can, what to do

  std::string str() const;  // one line, no trailing newline
};

class Diagnostics {
 public:
  void error(SourceLocation where, std::string message);
  void warning(SourceLocation where, std::string message);
  void note(SourceLocation where, std::string message);
  void add(Diagnostic diagnostic);
  void append(const Diagnostics& other);

  bool has_errors() const { return error_count_ > 0; }
  int error_count() const { return error_count_; }
  int warning_count() const { return warning_count_; }
  const std::vector<Diagnostic>& all() const { return items_; }
  bool empty() const { return items_.empty(); }
  // True if some message contains `needle` (tests use it).
  bool contains(const std::string& needle) const;

 private:
  std::vector<Diagnostic> items_;
  int error_count_ = 0;
  int warning_count_ = 0;
};

// Thrown where continuing makes no sense (unreadable file, malformed XML); the CLI turns it
// into a diagnostic. Ordinary findings are collected in Diagnostics instead.
struct Failure {
  Diagnostic diagnostic;
};

// `text` safe to print on a terminal: control characters (ESC, which starts escape sequences,
// above all), C1 controls and bidirectional overrides taken from the input are shown as \x1b,
// \u{0085}, \u{202e} rather than acted on.
std::string printable(std::string_view text);

[[noreturn]] void fail(SourceLocation where, std::string message);

}  // namespace util
