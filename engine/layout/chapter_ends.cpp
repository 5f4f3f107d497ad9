#include "layout/chapter_ends.hpp"

#include <optional>
#include <set>

namespace layout {
namespace {

// A chapter as the flow laid it out: its frames [first_frame, end_frame) and boxes [begin, end).
struct Chapter {
  std::size_t first_frame = 0, end_frame = 0;
  std::size_t begin = 0, end = 0;
  std::size_t frames() const { return end_frame - first_frame; }
};

std::vector<Chapter> chapters(const FlowResult& result, std::size_t galley_size) {
  std::vector<Chapter> out;
  const auto& f = result.frames;
  for (std::size_t i = 0; i < f.size(); ++i) {
    if (i == 0 || f[i].forced) {
      if (!out.empty()) {
        out.back().end_frame = i;
        out.back().end = f[i].first_box;
      }
      out.push_back({i, i, f[i].first_box, galley_size});
    }
  }
  if (!out.empty()) out.back().end_frame = f.size();
  return out;
}

std::optional<Chapter> chapter_starting_at(const FlowResult& result, std::size_t begin, std::size_t galley_size) {
  for (const Chapter& c : chapters(result, galley_size))
    if (c.begin == begin) return c;
  return std::nullopt;
}

bool short_end(const FlowResult& result, const Chapter& c, int min_lines) {
  return c.frames() > 1 && result.frames[c.end_frame - 1].text_lines < min_lines;
}

class Settler {
 public:
  Settler(Galley& galley, const style::PageBreaks& rules, const Pour& pour)
      : galley_(galley), rules_(rules), pour_(pour) {}

  ChapterEndReport run() {
    ChapterEndReport report;
    // Chapters are settled in reading order; a later chapter never moves an earlier one.
    std::set<std::size_t> settled;
    for (;;) {
      const FlowResult result = pour_(galley_);
      std::optional<Chapter> stub;
      for (const Chapter& c : chapters(result, galley_.size()))
        if (!settled.count(c.begin) && short_end(result, c, rules_.chapter_min_lines)) {
          stub = c;
          break;
        }
      if (!stub) return report;
      settled.insert(stub->begin);
      if (pull_back(*stub))
        ++report.pulled_back;
      else if (push_forward(*stub, result))
        ++report.pushed_forward;
      else
        ++report.left_short;
    }
  }

 private:
  // Shrinks the space above the chapter's boxes step by step, down to the layout's limit,
  // until the chapter needs one frame fewer. Leaves the galley unchanged when that fails.
  bool pull_back(const Chapter& chapter) {
    std::vector<double> space;
    for (std::size_t k = chapter.begin; k < chapter.end; ++k) space.push_back(galley_[k].space_before);
    for (double scale = 0.9; scale >= rules_.min_space_scale - 1e-9; scale -= 0.1) {
      for (std::size_t k = chapter.begin; k < chapter.end; ++k)
        galley_[k].space_before = space[k - chapter.begin] * scale;
      const FlowResult result = pour_(galley_);
      auto now = chapter_starting_at(result, chapter.begin, galley_.size());
      if (now && now->frames() < chapter.frames()) return true;
    }
    for (std::size_t k = chapter.begin; k < chapter.end; ++k) galley_[k].space_before = space[k - chapter.begin];
    return false;
  }

  // Ends the frame before the short one earlier, at the latest allowed break that moves enough
  // lines, so the last frame carries the minimum. Kept only if the chapter gains no frame.
  bool push_forward(const Chapter& chapter, const FlowResult& result) {
    const FrameFill& last = result.frames[chapter.end_frame - 1];
    const FrameFill& before = result.frames[chapter.end_frame - 2];
    const int wanted = rules_.chapter_min_lines - last.text_lines;
    int moved = 0;
    for (std::size_t k = last.first_box; k-- > before.first_box + 1;) {
      moved += galley_[k].text_lines;
      if (moved < wanted || galley_[k].keep_with_previous || galley_[k].break_before != BreakBefore::none) continue;
      galley_[k].break_before = BreakBefore::column;
      const FlowResult after = pour_(galley_);
      auto now = chapter_starting_at(after, chapter.begin, galley_.size());
      if (now && now->frames() == chapter.frames() &&
          after.frames[now->end_frame - 1].text_lines >= rules_.chapter_min_lines)
        return true;
      galley_[k].break_before = BreakBefore::none;
      return false;
    }
    return false;
  }

  Galley& galley_;
  const style::PageBreaks& rules_;
  const Pour& pour_;
};

}  // namespace

ChapterEndReport settle_chapter_ends(Galley& galley, const style::PageBreaks& rules, const Pour& pour) {
  return Settler(galley, rules, pour).run();
}

}  // namespace layout
