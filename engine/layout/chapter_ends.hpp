#pragma once
// Chapter endings a designer signs off: no chapter ends on a page carrying only a few lines.
// A short last page is first pulled back onto the pages before it, by tightening the space
// between the chapter's blocks within the layout's tolerance; failing that, more lines are
// pushed forward onto it by ending the page before earlier (its columns balanced).
#include <functional>

#include "layout/flow.hpp"
#include "layout/galley.hpp"
#include "style/layout.hpp"

namespace layout {

// Flows a galley into fresh frames and reports what went where; called repeatedly.
using Pour = std::function<FlowResult(const Galley&)>;

// What was done, for the build's report.
struct ChapterEndReport {
  int pulled_back = 0;   // short last pages removed by tightening
  int pushed_forward = 0;  // short last pages filled from the page before
  int left_short = 0;    // neither worked (the chapter is reported)
};

// Changes the galley (space above boxes, forced breaks) until no chapter's last frame carries
// fewer than `rules.chapter_min_lines` text lines, where that can be done.
ChapterEndReport settle_chapter_ends(Galley& galley, const style::PageBreaks& rules, const Pour& pour);

}  // namespace layout
