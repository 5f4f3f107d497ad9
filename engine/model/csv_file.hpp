#pragma once
// A CSV file (RFC 4180: fields separated by commas, a field in double quotes may hold commas,
// line breaks and doubled quotes "") read into rows of cells that remember their line and
// column, so a chart's data can be reported at file:line:col. Blank lines are skipped; a UTF-8
// byte order mark and CRLF line ends are accepted.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "util/diagnostics.hpp"

namespace model {

struct CsvCell {
  std::string text;
  util::SourceLocation where;  // where the cell starts (its opening quote, if quoted)
};

struct CsvRow {
  std::vector<CsvCell> cells;
  util::SourceLocation end;  // just after its last cell: where a missing cell would be
};

// `name` is the file as messages show it. A malformed file (a quote left open, text after a
// closing quote) is an error at its place, and nullopt.
std::optional<std::vector<CsvRow>> parse_csv(std::string_view bytes, const std::string& name,
                                             util::Diagnostics& diagnostics);

}  // namespace model
