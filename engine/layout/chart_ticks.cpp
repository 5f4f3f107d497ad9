#include "layout/chart_ticks.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace layout {

std::string Ticks::decimal(std::size_t i) const {
  char buffer[64];
  double v = values.at(i);
  if (std::fabs(v) < step * 1e-9) v = 0;  // no "-0"
  std::snprintf(buffer, sizeof buffer, "%.*f", decimals, v);
  return buffer;
}

Ticks nice_ticks(double low, double high, int max_intervals) {
  if (low > high) std::swap(low, high);
  max_intervals = std::max(max_intervals, 1);
  if (high - low < 1e-12) {  // one value: an interval of the value's own order around it
    const double pad = low == 0 ? 1 : std::pow(10, std::floor(std::log10(std::fabs(low))));
    if (low >= 0) high = low + pad;
    else low = high - pad;
    if (low > 0 && low - pad < 0) low = 0;
  }
  // Candidates from a step a little finer than an even split upwards: 1, 2, 2.5, 5 × 10^k.
  constexpr double kMantissas[] = {1, 2, 2.5, 5};
  int exponent = static_cast<int>(std::floor(std::log10((high - low) / max_intervals)));
  for (;; ++exponent) {
    for (double mantissa : kMantissas) {
      const double step = mantissa * std::pow(10, exponent);
      // A tolerance of a millionth of a step, so 0.3 / 0.1 is 3 intervals and not 4.
      const double first = std::floor(low / step + 1e-6), last = std::ceil(high / step - 1e-6);
      if (last - first > max_intervals) continue;
      Ticks ticks;
      ticks.step = step;
      ticks.first = first * step;
      ticks.last = last * step;
      ticks.decimals = std::max(0, -exponent + (mantissa == 2.5 ? 1 : 0));
      for (double n = first; n <= last + 0.5; ++n) ticks.values.push_back(n * step);
      return ticks;
    }
  }
}

}  // namespace layout
