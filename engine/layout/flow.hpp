#pragma once
// Page flow: pours a galley into the text frames a FrameSource hands out, column by column.
// Consecutive boxes that span the columns form bands of their own; a multi-column band is
// balanced where it ends on a page (before a wide table, at the end of a chapter).
#include <optional>
#include <string>
#include <vector>

#include "draw/geometry.hpp"
#include "layout/galley.hpp"

namespace layout {

struct FlowFrame {
  draw::Rect rect;
  int columns = 1;
  double gutter = 0;
  double column_width() const { return (rect.width - gutter * (columns - 1)) / columns; }
};

class FrameSource {
 public:
  virtual ~FrameSource() = default;
  // The next frame to fill: a new page for `reason` (overflow is BreakBefore::column), with the
  // master the box asks for. nullopt when there is no further room (fixed frames).
  virtual std::optional<FlowFrame> next_frame(BreakBefore reason, const std::string& master) = 0;
  // Puts a box on the current page with its top-left corner at (x, y).
  virtual void place(const Box& box, double x, double y) = 0;
  // A chapter title box goes to the current page's title area rather than into the flow.
  virtual void place_chapter_title(const Box& box) = 0;
};

// One column of a band as the flow filled it.
struct ColumnUse {
  std::size_t begin = 0, end = 0;  // galley boxes [begin, end)
  double height = 0, capacity = 0;
};

// What one frame received: for judging page breaks after the flow (a chapter's last page, the
// hole a figure left at a column's foot).
struct FrameFill {
  bool forced = false;          // opened by a forced break (a chapter, the contents), not by overflow
  std::size_t first_box = 0;    // galley index of the first box placed in it
  int text_lines = 0;           // over all its columns
  std::vector<ColumnUse> columns;
};

struct FlowResult {
  std::size_t placed = 0;       // boxes placed; less than the galley's size when it overflowed
  double overflow_height = 0;   // height of what did not fit, pt
  int overflow_lines = 0;       // text lines that did not fit
  double used_height = 0;       // in the last frame
  std::vector<FrameFill> frames;  // in the order they were opened
};

// Flows `galley` starting with a fresh frame from `frames`.
FlowResult flow(const Galley& galley, FrameSource& frames, const std::string& first_master);

}  // namespace layout
