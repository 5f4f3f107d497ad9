#include "layout/float_placement.hpp"

#include <algorithm>
#include <optional>

namespace layout {
namespace {

struct Hole {
  std::size_t figure = 0;  // galley index of the figure that did not fit
  double height = 0;       // room left in the column above it
};

std::optional<Hole> first_hole(const Galley& galley, const FlowResult& result, double max_hole, std::size_t from) {
  for (const FrameFill& frame : result.frames)
    for (const ColumnUse& column : frame.columns) {
      const std::size_t next = column.end;
      if (next < from || next >= galley.size() || column.end == column.begin) continue;
      const Box& box = galley[next];
      if (!box.floats || box.break_before != BreakBefore::none) continue;
      if (column.capacity - column.height > max_hole) return Hole{next, column.capacity - column.height};
    }
  return std::nullopt;
}

// How many boxes after the figure fit into the hole, ending where a break is allowed.
std::size_t boxes_that_fit(const Galley& galley, const Hole& hole) {
  double used = 0;
  std::size_t k = hole.figure + 1;
  for (; k < galley.size(); ++k) {
    const Box& box = galley[k];
    if (box.break_before != BreakBefore::none || box.spans_columns || box.floats || box.chapter_title) break;
    const double next = used + box.space_before + box.height;
    if (next > hole.height + 0.01) break;
    used = next;
  }
  // The figure goes between whole blocks: a paragraph it interrupted would read on after the
  // caption, in the PDF's text as on the page.
  auto same_block = [&](std::size_t a, std::size_t b) {
    return galley[a].where.line == galley[b].where.line && galley[a].where.file == galley[b].where.file;
  };
  while (k > hole.figure + 1 && k < galley.size() && (galley[k].keep_with_previous || same_block(k - 1, k))) --k;
  return k - (hole.figure + 1);
}

}  // namespace

int fill_float_holes(Galley& galley, double max_hole, const Pour& pour) {
  int moved = 0;
  std::size_t from = 0;
  FlowResult result = pour(galley);
  while (auto hole = first_hole(galley, result, max_hole, from)) {
    from = hole->figure + 1;
    const std::size_t count = boxes_that_fit(galley, *hole);
    if (count == 0 || galley[hole->figure + 1].keep_with_previous) continue;
    const Galley before = galley;
    auto figure = galley.begin() + static_cast<long>(hole->figure);
    std::rotate(figure, figure + 1, figure + 1 + static_cast<long>(count));
    // The text now follows what stood before the figure; the figure starts the next column.
    Box& text = galley[hole->figure];
    Box& fig = galley[hole->figure + count];
    std::swap(text.space_before, fig.space_before);
    fig.keep_with_previous = false;
    FlowResult after = pour(galley);
    if (after.frames.size() > result.frames.size()) {
      galley = before;
      continue;
    }
    result = std::move(after);
    from = hole->figure + count + 1;
    ++moved;
  }
  return moved;
}

}  // namespace layout
