#include "layout/table_widths.hpp"

#include <algorithm>
#include <cstdlib>
#include <numeric>

#include "util/units.hpp"

namespace layout {

double ColumnWidths::width(std::size_t first, std::size_t span) const {
  const std::size_t columns = x.size() - 1;
  return x[std::min(columns, first + span)] - x[first];
}

ColumnWidths column_widths(const std::vector<ColumnWidth>& spec, const std::vector<double>& natural,
                           const std::vector<double>& minimum, double width, double pad) {
  const std::size_t columns = spec.size();
  std::vector<double> col_width(columns, 0);
  double fixed = 0, weights = 0, automatic = 0, automatic_min = 0;
  for (std::size_t c = 0; c < columns; ++c) {
    if (spec[c].kind == WidthKind::fixed) fixed += col_width[c] = spec[c].value;
    if (spec[c].kind == WidthKind::relative) weights += spec[c].value;
    if (spec[c].kind == WidthKind::automatic) {
      automatic += natural[c];
      automatic_min += minimum[c];
    }
  }
  ColumnWidths out;
  out.needed = fixed + automatic_min + weights * 2 * pad;
  double rest = width - fixed;
  // Fitted columns get their natural width if it leaves room for the others, else shrink
  // proportionally toward their minimum.
  const double for_automatic = weights > 0 ? std::min(automatic, std::max(automatic_min, rest - weights * 4 * pad)) : rest;
  for (std::size_t c = 0; c < columns; ++c) {
    if (spec[c].kind != WidthKind::automatic) continue;
    double share = automatic > 0 ? natural[c] / automatic : 1.0 / static_cast<double>(columns);
    col_width[c] = weights > 0 ? std::max(minimum[c], for_automatic * share) : for_automatic * share;
  }
  rest = width - std::accumulate(col_width.begin(), col_width.end(), 0.0);
  for (std::size_t c = 0; c < columns; ++c)
    if (spec[c].kind == WidthKind::relative) col_width[c] = std::max(0.0, rest) * spec[c].value / weights;
  out.x.assign(columns + 1, 0);
  for (std::size_t c = 0; c < columns; ++c) out.x[c + 1] = out.x[c] + col_width[c];
  return out;
}

}  // namespace layout
