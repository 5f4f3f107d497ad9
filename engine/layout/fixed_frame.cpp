#include "layout/fixed_frame.hpp"

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

}  // namespace

FixedFrameResult fill_fixed_frame(PageMaker& pages, int page_index, const FlowFrame& frame, const Galley& galley,
                                  const std::string& valign) {
  FixedFrameResult result;
  if (galley.empty()) return result;
  OneFrame source(frame);
  result.flow = flow(galley, source, {});
  result.fits = result.flow.placed == galley.size();
  if (!result.fits) return result;
  double bottom = frame.rect.y;
  for (const auto& p : source.placed_) bottom = std::max(bottom, p.y + p.box->height);
  result.used_height = bottom - frame.rect.y;
  const double slack = frame.rect.bottom() - bottom;
  const double shift = valign == "bottom" ? slack : valign == "center" ? slack / 2 : 0;
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
