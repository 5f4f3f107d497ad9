#include "model/suggest.hpp"

#include <algorithm>
#include <numeric>

namespace model {
namespace {

// Levenshtein distance, one row at a time.
std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> row(b.size() + 1);
  std::iota(row.begin(), row.end(), std::size_t{0});
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      std::size_t above = row[j];
      row[j] = std::min({above + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

}  // namespace

std::string closest_name(std::string_view name, const std::vector<std::string_view>& candidates) {
  constexpr std::size_t kMostEdits = 2;
  std::string_view best;
  std::size_t best_distance = kMostEdits + 1;
  for (auto candidate : candidates) {
    if (candidate == name) continue;
    // Two edits turn any short name into any other ("b" → "ol"); demand a real resemblance.
    std::size_t allowed = std::min(kMostEdits, std::max(name.size(), candidate.size()) / 2);
    std::size_t d = edit_distance(name, candidate);
    if (d <= allowed && d < best_distance) {
      best = candidate;
      best_distance = d;
    }
  }
  return std::string(best);
}

}  // namespace model
