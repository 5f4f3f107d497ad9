#include "util/suggest.hpp"

#include <algorithm>

namespace util {
namespace {

// Optimal string alignment distance: a swap of two neighbouring letters ("snad" for "sand")
// counts as one edit, as a typist would count it.
std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::vector<std::size_t>> d(a.size() + 1, std::vector<std::size_t>(b.size() + 1));
  for (std::size_t i = 0; i <= a.size(); ++i) d[i][0] = i;
  for (std::size_t j = 0; j <= b.size(); ++j) d[0][j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i)
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t substitution = a[i - 1] == b[j - 1] ? 0 : 1;
      d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + substitution});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
        d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
    }
  return d[a.size()][b.size()];
}

}  // namespace

std::optional<std::string> closest_name(std::string_view name, const std::vector<std::string_view>& candidates) {
  constexpr std::size_t most_edits = 2;
  std::optional<std::string> best;
  std::size_t best_distance = most_edits + 1;
  for (std::string_view candidate : candidates) {
    if (candidate == name) continue;
    const std::size_t allowed = std::min(most_edits, std::max(name.size(), candidate.size()) / 2);
    const std::size_t d = edit_distance(name, candidate);
    if (d <= allowed && d < best_distance) {
      best = std::string(candidate);
      best_distance = d;
    }
  }
  return best;
}

std::optional<std::string> closest_name(std::string_view name, const std::vector<std::string>& candidates) {
  return closest_name(name, std::vector<std::string_view>(candidates.begin(), candidates.end()));
}

std::string did_you_mean(std::string_view name, const std::vector<std::string>& candidates) {
  auto best = closest_name(name, candidates);
  return best ? " (did you mean \"" + *best + "\"?)" : std::string();
}

}  // namespace util
