#include "text/line_breaker.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

namespace text {
namespace {

// TeX's defaults, in its units (demerits are squares of badness + line penalty).
constexpr double line_penalty = 10;
constexpr double hyphen_penalty = 200;
constexpr double url_penalty = 50;
constexpr double discouraged_penalty = hyphen_penalty;
constexpr double emergency_penalty = 5000;
constexpr double double_hyphen_demerits = 3000;
constexpr double final_hyphen_demerits = 5000;
constexpr double fitness_jump_demerits = 3000;
constexpr double short_last_line_demerits = 1e8;
// A title whose last line is one word (a runt): dearer than any ordinary choice of breaks, cheaper
// than an overfull line, so a title that cannot avoid it still sets.
constexpr double runt_demerits = 1e7;
constexpr int max_hyphens_in_a_row = 2;
// A ragged line may fall short by this share of the measure at the cost of a "decent" line.
constexpr double ragged_stretch = 1.0 / 3;
// Active breakpoints are those within a line's reach of the current one, so the work per
// breakpoint is bounded by the measure, not the paragraph. Beyond this many (a very wide measure
// with breaks everywhere) the oldest go first: the paragraph stays linear however long it is.
constexpr std::size_t max_active = 600;

struct Node {
  std::size_t position = 0;
  int fitness = 1;
  int hyphens = 0;  // lines in a row ending in a hyphen, this one included
  double total = 0;
  int previous = -1;
  double ratio = 0;
  bool unjustified = false;
};

bool flagged(Break b) { return b == Break::hyphenation || b == Break::explicit_hyphen; }

double penalty(Break b) {
  switch (b) {
    case Break::hyphenation:
    case Break::explicit_hyphen: return hyphen_penalty;
    case Break::url: return url_penalty;
    case Break::emergency: return emergency_penalty;
    case Break::discouraged: return discouraged_penalty;
    case Break::none:
    case Break::space:
    case Break::forced: return 0;
  }
  return 0;
}

int fitness_class(double r) {
  if (r < -0.5) return 0;
  if (r <= 0.5) return 1;
  if (r <= 1) return 2;
  return 3;
}

}  // namespace

double natural_width(const BreakerInput& in, std::size_t start, std::size_t end) {
  const std::size_t e = std::max(start, in.visible_end[end]);
  double w = in.x[e] - in.x[start];
  if (e > start + 1) w += in.extra[e - 1] - in.extra[start];
  if (in.breaks[end] == Break::hyphenation) w += in.hyphen_width[end];
  if (!in.hang.empty()) w -= in.hang[end];
  return w;
}

double glyph_width(const BreakerInput& in, std::size_t start, std::size_t end) {
  const std::size_t e = std::max(start, in.visible_end[end]);
  return in.x[e] - in.x[start] + (in.breaks[end] == Break::hyphenation ? in.hyphen_width[end] : 0);
}

std::vector<std::pair<std::size_t, std::size_t>> allow_emergency_breaks(BreakerInput& in, const std::vector<bool>& cursor) {
  std::vector<std::pair<std::size_t, std::size_t>> wide;
  const std::size_t n = in.x.size() - 1;
  std::size_t previous = 0;
  for (std::size_t i = 1; i <= n; ++i) {
    if (in.breaks[i] == Break::none && i < n) continue;
    const double measure = previous == 0 ? in.first_width : in.width;
    if (natural_width(in, previous, i) > measure + 0.01) {
      bool added = false;
      for (std::size_t k = previous + 1; k < i; ++k)
        if (cursor[k] && in.breaks[k] == Break::none) {
          in.breaks[k] = Break::emergency;
          added = true;
        }
      if (added) wide.emplace_back(previous, i);
    }
    previous = i;
  }
  return wide;
}

std::vector<LineBreak> break_lines(const BreakerInput& in) {
  const std::size_t n = in.x.size() - 1;
  std::vector<Node> nodes{Node{}};
  std::vector<int> active{0};

  for (std::size_t b = 1; b <= n; ++b) {
    const Break kind = b == n ? Break::forced : in.breaks[b];
    if (kind == Break::none) continue;
    const bool ends_paragraph = b == n;
    const bool unjustified = kind == Break::forced || !in.justified;

    std::array<int, 4 * (max_hyphens_in_a_row + 1)> best;
    best.fill(-1);
    std::vector<Node> candidates;
    int best_overfull = -1;
    double best_overfull_total = std::numeric_limits<double>::infinity();
    std::vector<int> still_active;
    still_active.reserve(active.size());

    for (int a : active) {
      const Node& from = nodes[static_cast<std::size_t>(a)];
      const std::size_t start = from.position;
      const double measure = start == 0 ? in.first_width : in.width;
      const double natural = natural_width(in, start, b);
      const std::size_t e = std::max(start, in.visible_end[b]);
      const double stretch = e > start + 1 ? in.stretch[e - 1] - in.stretch[start] : 0;
      // Glyph scaling widens or narrows every glyph of the line (the glue between them does not
      // scale); letters move apart only between letters.
      const double scaling = in.justified ? glyph_width(in, start, b) * in.glyph_scaling : 0;
      const double letters = (e > start + 1 ? in.letter_stretch[e - 1] - in.letter_stretch[start] : 0) + scaling;
      const double shrink = (e > start + 1 ? in.shrink[e - 1] - in.shrink[start] : 0) + scaling;
      const double slack = measure - natural;

      double ratio;
      if (slack < -0.01) {
        ratio = shrink > 0 ? slack / shrink : -std::numeric_limits<double>::infinity();
        if (ratio < -1) {  // overfull: no later break can fit on a line from here either
          if (from.total < best_overfull_total) {
            best_overfull_total = from.total;
            best_overfull = a;
          }
          continue;
        }
      } else if (kind == Break::forced && in.justified) {
        ratio = 0;  // the last line and a line ended by <br/> keep their natural spacing
      } else if (!in.justified) {
        ratio = kind == Break::forced ? 0 : slack / (measure * ragged_stretch);
      } else {
        if (slack <= stretch + letters) ratio = stretch + letters > 0 ? slack / (stretch + letters) : 0;
        else ratio = stretch > 0 ? 1 + (slack - stretch - letters) / stretch : 1e3 * slack / measure;
      }
      still_active.push_back(a);

      const double badness = 100 * std::pow(std::abs(ratio), 3);
      const double p = penalty(kind);
      double demerits = (line_penalty + badness) * (line_penalty + badness) + p * p;
      const int hyphens = flagged(kind) ? from.hyphens + 1 : 0;
      if (hyphens > max_hyphens_in_a_row) continue;
      if (hyphens > 1) demerits += double_hyphen_demerits;
      if (ends_paragraph && from.hyphens > 0) demerits += final_hyphen_demerits;
      const int fitness = unjustified && in.justified ? 1 : fitness_class(ratio);
      if (std::abs(fitness - from.fitness) > 1 && start > 0) demerits += fitness_jump_demerits;
      if (ends_paragraph && start > 0 && in.visible_chars[e] - in.visible_chars[start] < in.min_last_chars)
        demerits += short_last_line_demerits;
      // One word: no white space inside the last line. Text without spaces (CJK) never has
      // any, so every last line costs the same there and only min_last_chars decides.
      if (ends_paragraph && start > 0 && in.no_runt &&
          (e - start) - static_cast<std::size_t>(in.visible_chars[e] - in.visible_chars[start]) == 0)
        demerits += runt_demerits;

      Node node{b, fitness, hyphens, from.total + demerits, a, ratio, unjustified && kind == Break::forced};
      int& slot = best[static_cast<std::size_t>(fitness * (max_hyphens_in_a_row + 1) + hyphens)];
      if (slot < 0 || node.total < candidates[static_cast<std::size_t>(slot)].total) {
        if (slot < 0) {
          slot = static_cast<int>(candidates.size());
          candidates.push_back(node);
        } else {
          candidates[static_cast<std::size_t>(slot)] = node;
        }
      }
    }

    // Nothing fits: set the least bad overfull line rather than give up (a word wider than the
    // measure that no emergency break could split).
    if (candidates.empty() && still_active.empty() && best_overfull >= 0) {
      const Node& from = nodes[static_cast<std::size_t>(best_overfull)];
      candidates.push_back(Node{b, 1, 0, from.total + 1e12, best_overfull, -1, kind == Break::forced});
    }

    if (kind == Break::forced) still_active.clear();  // no line runs across a forced break
    for (const Node& c : candidates) {
      nodes.push_back(c);
      still_active.push_back(static_cast<int>(nodes.size() - 1));
    }
    if (still_active.size() > max_active)
      still_active.erase(still_active.begin(), still_active.end() - static_cast<std::ptrdiff_t>(max_active));
    active = std::move(still_active);
  }

  int best = -1;
  for (int a : active)
    if (nodes[static_cast<std::size_t>(a)].position == n &&
        (best < 0 || nodes[static_cast<std::size_t>(a)].total < nodes[static_cast<std::size_t>(best)].total))
      best = a;
  std::vector<LineBreak> lines;
  for (int k = best; k > 0; k = nodes[static_cast<std::size_t>(k)].previous) {
    const Node& node = nodes[static_cast<std::size_t>(k)];
    const Break kind = node.position == n ? Break::forced : in.breaks[node.position];
    lines.push_back({nodes[static_cast<std::size_t>(node.previous)].position, node.position, node.ratio,
                     kind == Break::hyphenation, kind == Break::forced});
  }
  std::reverse(lines.begin(), lines.end());
  return lines;
}

}  // namespace text
