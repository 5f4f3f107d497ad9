#pragma once
// Filling one fixed frame (a cover area, an inside cover, a leaflet panel): no further pages, so
// text that does not fit is overset — reported with how much did not fit and where it starts.
#include <string>

#include "layout/flow.hpp"
#include "layout/page_maker.hpp"

namespace layout {

struct FixedFrameResult {
  bool fits = true;
  FlowResult flow;
  double used_height = 0;  // from the frame's top to the bottom of its last box (when it fits)
};

// Flows `galley` into `frame` on page `page_index`; valign "top", "center" or "bottom".
// Nothing is placed when it does not fit.
FixedFrameResult fill_fixed_frame(PageMaker& pages, int page_index, const FlowFrame& frame, const Galley& galley,
                                  const std::string& valign);

// "4 lines (12.3 mm) of text do not fit"
std::string describe_overset(const FlowResult& result);

}  // namespace layout
