#include "layout/flow.hpp"

#include <algorithm>

#include "layout/column_fill.hpp"

namespace layout {
namespace {

// The end of the run of boxes from `begin` that share its column span and need no forced break.
std::size_t segment_end(const Galley& galley, std::size_t begin) {
  std::size_t end = begin + 1;
  while (end < galley.size() && galley[end].break_before == BreakBefore::none &&
         !galley[end].chapter_title && galley[end].spans_columns == galley[begin].spans_columns)
    ++end;
  return end;
}

class Pourer {
 public:
  Pourer(const Galley& galley, FrameSource& frames) : galley_(galley), frames_(frames) {}

  FlowResult run(const std::string& first_master) {
    FlowResult result;
    // A galley that opens with a forced break (a chapter) asks for its own master from the start.
    const bool own_master = !galley_.empty() && galley_[0].break_before != BreakBefore::none && !galley_[0].master.empty();
    if (!open(BreakBefore::page, own_master ? galley_[0].master : first_master, 0)) return overflow(0);
    std::size_t i = 0;
    bool frame_fresh = true;
    while (i < galley_.size()) {
      const Box& box = galley_[i];
      if (box.break_before != BreakBefore::none && !frame_fresh) {
        if (!open(box.break_before, box.master, i)) return overflow(i);
        frame_fresh = true;
      }
      if (box.chapter_title) {
        frames_.place_chapter_title(box);
        ++i;
        continue;
      }
      const std::size_t end = segment_end(galley_, i);
      i = pour_segment(i, end, frame_fresh);
      if (i < end) return overflow(i);
      frame_fresh = false;
    }
    result = overflow(galley_.size());
    result.used_height = band_top_ - frame_.rect.y;
    return result;
  }

 private:
  // Opens the next frame; `first` is the galley index of the box that will start it.
  bool open(BreakBefore reason, const std::string& master, std::size_t first) {
    auto next = frames_.next_frame(reason, master);
    if (!next) return false;
    frame_ = *next;
    band_top_ = frame_.rect.y;
    fills_.push_back({reason != BreakBefore::column, first, 0, {}});
    return true;
  }

  FlowResult overflow(std::size_t from) {
    FlowResult r;
    r.frames = fills_;
    r.placed = from;
    for (std::size_t k = from; k < galley_.size(); ++k) {
      r.overflow_height += galley_[k].space_before + galley_[k].height;
      r.overflow_lines += galley_[k].text_lines;
    }
    return r;
  }

  // Places boxes [begin, end) into bands; returns where it stopped (== end unless out of frames).
  std::size_t pour_segment(std::size_t begin, std::size_t end, bool frame_fresh) {
    const bool spans = galley_[begin].spans_columns;
    std::size_t at = begin;
    bool at_frame_top = frame_fresh;
    while (at < end) {
      const int columns = spans ? 1 : frame_.columns;
      const double column_width = spans ? frame_.rect.width : frame_.column_width();
      // A band below other content keeps the first box's space above it.
      if (!at_frame_top) band_top_ += galley_[at].space_before;
      const double capacity = frame_.rect.bottom() - band_top_;
      std::vector<ColumnSlice> slices;
      std::size_t next = at;
      for (int c = 0; c < columns && next < end; ++c) {
        ColumnSlice s = fill_column(galley_, next, end, capacity);
        // A box that does not fit below other content moves on to the next column or frame;
        // only a box taller than a whole empty frame overflows.
        const bool full_height = capacity >= frame_.rect.height - 0.01;
        if (s.height > capacity + 0.01 && !full_height) break;
        slices.push_back(s);
        next = s.end;
        if (s.height > capacity + 0.01) break;  // one box taller than the frame: it overflows
      }
      if (slices.empty()) {
        if (!open(BreakBefore::column, {}, at)) return at;
        at_frame_top = true;
        continue;
      }
      if (next >= end && columns > 1) {
        // The segment ends on this page: balance its columns.
        const double h = balanced_height(galley_, at, end, columns, capacity);
        slices.clear();
        std::size_t k = at;
        for (int c = 0; c < columns && k < end; ++c) {
          slices.push_back(fill_column(galley_, k, end, h));
          k = slices.back().end;
        }
        next = k;
      }
      double band_height = 0;
      for (std::size_t c = 0; c < slices.size(); ++c) {
        fills_.back().columns.push_back({slices[c].begin, slices[c].end, slices[c].height, capacity});
        place_column(slices[c], frame_.rect.x + static_cast<double>(c) * (column_width + frame_.gutter), band_top_);
        band_height = std::max(band_height, slices[c].height);
      }
      if (slices.back().height > capacity + 0.01) return slices.back().begin;  // overset
      at = next;
      if (at < end) {
        if (!open(BreakBefore::column, {}, at)) return at;
        at_frame_top = true;
      } else {
        band_top_ += band_height;
      }
    }
    return at;
  }

  void place_column(const ColumnSlice& slice, double x, double top) {
    double y = top;
    if (slice.repeats_header)
      for (const Box& header : *galley_[slice.begin].repeat_header) {
        frames_.place(header, x, y);
        y += header.height;
      }
    for (std::size_t k = slice.begin; k < slice.end; ++k) {
      if (k > slice.begin) y += galley_[k].space_before;
      frames_.place(galley_[k], x, y);
      fills_.back().text_lines += galley_[k].text_lines;
      y += galley_[k].height;
    }
  }

  const Galley& galley_;
  FrameSource& frames_;
  FlowFrame frame_;
  double band_top_ = 0;
  std::vector<FrameFill> fills_;
};

}  // namespace

FlowResult flow(const Galley& galley, FrameSource& frames, const std::string& first_master) {
  return Pourer(galley, frames).run(first_master);
}

}  // namespace layout
