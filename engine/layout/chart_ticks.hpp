#pragma once
// The value axis of a chart: "nice" tick values (1, 2, 2.5 or 5 times a power of ten) that
// cover the data with at most a given number of intervals, the finest step that does.
#include <string>
#include <vector>

namespace layout {

struct Ticks {
  double first = 0, last = 0, step = 1;  // the axis runs from `first` to `last`
  int decimals = 0;                      // fraction digits that write every tick exactly
  std::vector<double> values;            // first, first + step, …, last

  // Tick i as a decimal string with `decimals` digits ("0.25", "-1250000"), for the formatter.
  std::string decimal(std::size_t i) const;
};

// Ticks for data between `low` and `high` (in either order; a bar chart passes 0 as one end)
// in at most `max_intervals` intervals. Equal ends get an axis of one step around them.
Ticks nice_ticks(double low, double high, int max_intervals);

}  // namespace layout
