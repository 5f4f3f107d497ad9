#pragma once
// Filling one fixed frame (a cover area, an inside cover, a leaflet panel): no further pages, so
// text that does not fit is overset — reported with how much did not fit and where it starts.
#include <string>

#include "layout/flow.hpp"
#include "layout/page_maker.hpp"
#include "style/layout.hpp"

namespace layout {

struct FixedFrameResult {
  bool fits = true;
  FlowResult flow;
  double used_height = 0;  // from the frame's top to the bottom of its lowest box, justified (when it fits)
};

// Where text that does not fill a fixed frame sits: "top", "center", "bottom", or "justify":
// spread down to the frame's foot, each column on its own, the way InDesign's vertical
// justification does it. The spaces between blocks open first, each by at most
// paragraph_spacing_limit; then the spaces between lines, each by at most a fifth of the line's
// pitch (more reads as drifting lines, not as leading), and what is left stays at the foot.
// A space that keeps a block with the one before (a heading and its text) opens like a line's,
// and the parts of a block (table rows, tiles) stay together as drawn.
struct VerticalAlign {
  std::string where = "top";
  double paragraph_spacing_limit = 0;
};

// A frame's alignment as its master defines it (top without a definition).
VerticalAlign vertical_align(const style::FrameDef* frame);

// Flows `galley` into `frame` on page `page_index`. Nothing is placed when it does not fit.
FixedFrameResult fill_fixed_frame(PageMaker& pages, int page_index, const FlowFrame& frame, const Galley& galley,
                                  const VerticalAlign& align);

// "4 lines (12.3 mm) of text do not fit"
std::string describe_overset(const FlowResult& result);

}  // namespace layout
