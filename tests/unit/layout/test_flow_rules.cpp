#include <catch2/catch.hpp>

#include <map>
#include <set>

#include "layout/block_builder.hpp"
#include "layout/flow.hpp"
#include "layout_fixture.hpp"

namespace {

// Hands out two-column frames of a given height and records where every box went.
class Recorder : public layout::FrameSource {
 public:
  Recorder(const layout::Galley& galley, double height) : galley_(galley), height_(height) {}
  std::optional<layout::FlowFrame> next_frame(layout::BreakBefore, const std::string&) override {
    ++frame_;
    return layout::FlowFrame{{0, 0, 480, height_}, 2, 20};
  }
  void place(const layout::Box& box, double x, double) override {
    const std::ptrdiff_t index = &box - galley_.data();
    if (index >= 0 && index < static_cast<std::ptrdiff_t>(galley_.size()))
      column_of[static_cast<std::size_t>(index)] = frame_ * 2 + (x > 100 ? 1 : 0);
  }
  void place_chapter_title(const layout::Box& box) override { place(box, 0, 0); }
  std::map<std::size_t, int> column_of;

 private:
  const layout::Galley& galley_;
  double height_;
  int frame_ = 0;
};

struct Flowed {
  layout::Galley galley;
  std::map<std::size_t, int> column_of;
};

Flowed flow_fixture(double frame_height) {
  static const model::Publication pub = layout_test::publication("layout/flow.xml");
  static text::FontSet fonts(layout_test::font_config());
  const auto& style = layout_test::handbook_layout();
  draw::Document doc;
  util::Diagnostics diagnostics;
  layout::StyleResolver styles(style, *style.language("en"), doc, diagnostics);
  layout::BlockBuilder builder(styles, fonts);
  Flowed f;
  builder.build(pub.body, f.galley, {230, 480, frame_height});
  Recorder recorder(f.galley, frame_height);
  layout::flow(f.galley, recorder, "");
  f.column_of = recorder.column_of;
  return f;
}

}  // namespace

TEST_CASE("the builder marks headings to keep with what follows, and paragraphs against widows and orphans") {
  Flowed f = flow_fixture(1000);
  const auto& g = f.galley;
  int headings = 0, paragraphs = 0;
  for (std::size_t i = 0; i + 1 < g.size(); ++i) {
    if (g[i].heading && g[i].heading->level > 1) {
      ++headings;
      // Every line of the heading and the first line after it keep with their predecessor.
      std::size_t k = i + 1;
      while (k < g.size() && g[k].where.line == g[i].where.line) CHECK(g[k++].keep_with_previous);
      REQUIRE(k < g.size());
      CHECK(g[k].keep_with_previous);
    }
  }
  // Paragraph lines: the second and the last keep with their predecessor.
  for (std::size_t i = 0; i < g.size();) {
    std::size_t end = i + 1;
    while (end < g.size() && g[end].where.line == g[i].where.line && !g[end].heading) ++end;
    if (!g[i].heading && end - i >= 4) {
      ++paragraphs;
      CHECK(g[i + 1].keep_with_previous);
      CHECK(g[end - 1].keep_with_previous);
      CHECK_FALSE(g[i + 2].keep_with_previous);
    }
    i = end;
  }
  CHECK(headings == 2);
  CHECK(paragraphs >= 3);
}

TEST_CASE("at every frame height: no heading ends a column, no paragraph leaves a lone line") {
  // From about seven lines a column up: below that a two-line heading with its two lines of text
  // cannot keep together at all.
  for (double height = 100; height <= 400; height += 3.5) {
    Flowed f = flow_fixture(height);
    const auto& g = f.galley;
    INFO("frame height " << height);
    REQUIRE(f.column_of.size() == g.size());
    // Group lines by their source element (one paragraph or heading per source line).
    std::map<int, std::map<int, int>> lines_per_column;  // source line → column → lines
    std::set<int> heading_lines;
    for (std::size_t i = 0; i < g.size(); ++i) {
      lines_per_column[g[i].where.line][f.column_of[i]]++;
      if (g[i].heading) heading_lines.insert(g[i].where.line);
    }
    for (const auto& [line, columns] : lines_per_column) {
      int total = 0;
      for (const auto& [column, count] : columns) total += count;
      if (heading_lines.count(line)) {
        CHECK(columns.size() == 1);  // a heading is never split
        continue;
      }
      if (total < 2) continue;
      for (const auto& [column, count] : columns) CHECK(count >= 2);
    }
    // A heading's last line and the next box share a column.
    for (std::size_t i = 0; i + 1 < g.size(); ++i)
      if (heading_lines.count(g[i].where.line) && g[i + 1].where.line != g[i].where.line)
        CHECK(f.column_of[i] == f.column_of[i + 1]);
  }
}
