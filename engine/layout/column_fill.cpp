#include "layout/column_fill.hpp"

#include <algorithm>

namespace layout {

static double header_height(const Box& box) {
  double h = 0;
  if (box.repeat_header)
    for (const auto& header : *box.repeat_header) h += header.height;
  return h;
}

double height_at_column_top(const Galley& galley, std::size_t i) {
  return galley[i].height + header_height(galley[i]);
}

ColumnSlice fill_column(const Galley& galley, std::size_t begin, std::size_t limit, double capacity) {
  ColumnSlice slice{begin, begin, false, 0};
  if (begin >= limit) return slice;
  slice.repeats_header = galley[begin].repeat_header != nullptr;
  double y = height_at_column_top(galley, begin);
  std::size_t i = begin + 1;
  for (; i < limit; ++i) {
    const Box& box = galley[i];
    if (box.break_before != BreakBefore::none) break;
    double next = y + box.space_before + box.height;
    if (next > capacity + 0.01) break;
    y = next;
  }
  if (i < limit && galley[i].break_before == BreakBefore::none) {
    // Back up to the last place a break is allowed; keep at least one box in the column.
    std::size_t b = i;
    while (b > begin + 1 && galley[b].keep_with_previous) --b;
    if (b > begin + 1 || !galley[b].keep_with_previous) i = b;
  }
  slice.end = i;
  slice.height = height_at_column_top(galley, begin);
  for (std::size_t k = begin + 1; k < i; ++k) slice.height += galley[k].space_before + galley[k].height;
  return slice;
}

// A column holding one line from the middle of a paragraph that goes on in the next column:
// legal by the pairwise keep rules, ugly on the page. Balancing avoids it.
static bool lone_middle_line(const Galley& galley, const ColumnSlice& s, std::size_t limit) {
  if (s.end - s.begin != 1 || s.begin == 0 || s.end >= limit) return false;
  const auto& line = galley[s.begin].where;
  auto same = [&](std::size_t k) {
    return galley[k].where.line == line.line && galley[k].where.file == line.file && !galley[k].heading;
  };
  return same(s.begin - 1) && same(s.end);
}

double balanced_height(const Galley& galley, std::size_t begin, std::size_t limit, int columns, double capacity) {
  auto fits = [&](double h) {
    std::size_t at = begin;
    for (int c = 0; c < columns && at < limit; ++c) {
      ColumnSlice s = fill_column(galley, at, limit, h);
      // A column that could only end inside a keep (the lines of a heading) is too short.
      const bool breaks_keep = s.end < limit && galley[s.end].keep_with_previous;
      if (s.end == at || s.height > h + 0.01 || breaks_keep || lone_middle_line(galley, s, limit)) return false;
      at = s.end;
    }
    return at >= limit;
  };
  if (!fits(capacity)) return capacity;
  double low = 0, high = capacity;
  for (std::size_t k = begin; k < limit; ++k) low = std::max(low, height_at_column_top(galley, k));
  if (fits(low)) return low;
  while (high - low > 0.5) {
    double mid = (low + high) / 2;
    (fits(mid) ? high : low) = mid;
  }
  return high;
}

}  // namespace layout
