#include "layout/fixed_frame.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "util/units.hpp"

namespace layout {
namespace {

// Collects placements first, so a frame that overflows leaves its page untouched and a
// vertically centred frame can be shifted as a whole.
class OneFrame : public FrameSource {
 public:
  explicit OneFrame(const FlowFrame& frame) : frame_(frame) {}
  std::optional<FlowFrame> next_frame(BreakBefore, const std::string&) override {
    if (used_) return std::nullopt;
    used_ = true;
    return frame_;
  }
  void place(const Box& box, double x, double y) override { placed_.push_back({&box, x, y}); }
  void place_chapter_title(const Box& box) override { place(box, frame_.rect.x, frame_.rect.y); }

  struct Placed {
    const Box* box;
    double x, y;
  };
  std::vector<Placed> placed_;

 private:
  FlowFrame frame_;
  bool used_ = false;
};

using Placements = std::vector<OneFrame::Placed>;

// The most a space between lines opens, as a share of the line's pitch.
constexpr double kLineOpening = 0.2;

// Spreads one column [begin, end) of placements down to `foot` (see VerticalAlign).
void justify_column(Placements& placed, std::size_t begin, std::size_t end, double foot, double paragraph_limit) {
  const double slack = foot - (placed[end - 1].y + placed[end - 1].box->height);
  if (slack <= 0.01 || end - begin < 2) return;
  int block_gaps = 0, line_gaps = 0;
  double smallest_pitch = 1e9;
  auto opens_as_block = [](const Box& box) { return box.joint == Joint::blocks && !box.keep_with_previous; };
  for (std::size_t k = begin + 1; k < end; ++k) {
    const Box& box = *placed[k].box;
    if (box.joint == Joint::parts) continue;
    if (opens_as_block(box)) {
      ++block_gaps;
    } else {
      ++line_gaps;
      smallest_pitch = std::min(smallest_pitch, placed[k].y - placed[k - 1].y);
    }
  }
  const double per_block = block_gaps > 0 ? std::min(std::max(paragraph_limit, 0.0), slack / block_gaps) : 0;
  const double rest = slack - per_block * block_gaps;
  const double per_line = line_gaps > 0 ? std::min(rest / line_gaps, kLineOpening * smallest_pitch) : 0;
  double shift = 0;
  for (std::size_t k = begin + 1; k < end; ++k) {
    const Box& box = *placed[k].box;
    if (box.joint != Joint::parts) shift += opens_as_block(box) ? per_block : per_line;
    placed[k].y += shift;
  }
}

// valign="justify": every column of the frame on its own. Placements come column by column, top
// to bottom; a new column starts where x changes or y goes back up. Boxes spanning the columns
// of a multi-column frame (a lead paragraph, a wide table) stay where they are, and so do the
// columns above the lowest of them: only the columns below it reach down to the foot.
void justify(Placements& placed, const FlowFrame& frame, double paragraph_limit) {
  double spanned_to = frame.rect.y;
  if (frame.columns > 1)
    for (const auto& p : placed)
      if (p.box->spans_columns) spanned_to = std::max(spanned_to, p.y + p.box->height);
  std::size_t begin = 0;
  for (std::size_t k = 1; k <= placed.size(); ++k) {
    if (k < placed.size() && std::abs(placed[k].x - placed[begin].x) < 0.01 && placed[k].y >= placed[k - 1].y) continue;
    if (placed[begin].y >= spanned_to - 0.01 && !placed[begin].box->spans_columns)
      justify_column(placed, begin, k, frame.rect.bottom(), paragraph_limit);
    begin = k;
  }
}

}  // namespace

VerticalAlign vertical_align(const style::FrameDef* frame) {
  if (!frame) return {};
  return {frame->vertical_align, frame->paragraph_spacing_limit};
}

FixedFrameResult fill_fixed_frame(PageMaker& pages, int page_index, const FlowFrame& frame, const Galley& galley,
                                  const VerticalAlign& align) {
  FixedFrameResult result;
  if (galley.empty()) return result;
  OneFrame source(frame);
  result.flow = flow(galley, source, {});
  result.fits = result.flow.placed == galley.size();
  if (!result.fits) return result;
  if (align.where == "justify") justify(source.placed_, frame, align.paragraph_spacing_limit);
  double bottom = frame.rect.y;
  for (const auto& p : source.placed_) bottom = std::max(bottom, p.y + p.box->height);
  const double slack = frame.rect.bottom() - bottom;
  const double shift = align.where == "bottom" ? slack : align.where == "center" ? slack / 2 : 0;
  result.used_height = bottom - frame.rect.y;
  for (const auto& p : source.placed_) pages.place(page_index, *p.box, p.x, p.y + shift);
  return result;
}

std::string describe_overset(const FlowResult& result) {
  char mm[32];
  std::snprintf(mm, sizeof mm, "%.1f", util::to_mm(result.overflow_height));
  std::string lines = std::to_string(result.overflow_lines) + (result.overflow_lines == 1 ? " line" : " lines");
  return lines + " (" + mm + " mm) of content do not fit";
}

}  // namespace layout
