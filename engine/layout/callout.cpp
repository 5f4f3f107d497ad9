// Call-out boxes: a tinted frame with a title and its own blocks ("Why Quảng Ngãi").
#include <algorithm>

#include "layout/block_builder.hpp"

namespace layout {

void BlockBuilder::callout(const model::Callout& c, BlockOutput& out, const Measure& measure) {
  const style::BoxStyle& bs = styles_.layout().callout_style;
  const double scale = styles_.scale();
  const double pad = bs.padding * scale;
  const double rule = bs.rule.empty() ? 0 : bs.rule_width * scale;
  const double inner_x = rule + pad;
  Measure inner{measure.column - inner_x - pad, measure.column - inner_x - pad, measure.height};

  // Lay the content out as a galley of its own, then stack it into one box: a call-out is
  // read as a unit and stays in one column.
  Galley content;
  // A call-out is a Note (PDF/UA-1 wants each with an ID); its title a paragraph in it.
  draw::Element note;
  note.role = draw::Role::note;
  note.id = "note-" + std::to_string(++note_count_);
  const Tag note_tag(styles_.document(), element_, std::move(note));
  BlockOutput inside{content};
  if (!c.title.empty()) {
    ResolvedParagraph title = styles_.paragraph("callout-title", c.where);
    Box heading;
    const Tag p = tag(draw::Role::p);
    heading.height = draw_text(heading, c.title, "callout-title", 0, 0, inner.column, c.where);
    heading.where = c.where;
    add_box(inside, std::move(heading), 0, title.space_after, true);
  }
  build_into(c.blocks, inside, inner);

  Box box;
  box.where = c.where;
  double y = pad;
  for (std::size_t i = 0; i < content.size(); ++i) {
    if (i > 0) y += content[i].space_before;
    for (auto item : content[i].items) {
      draw::translate(item, inner_x, y);
      box.items.push_back(std::move(item));
    }
    for (auto link : content[i].links) {
      draw::translate(link, inner_x, y);
      box.links.push_back(std::move(link));
    }
    box.text_lines += content[i].text_lines;
    y += content[i].height;
  }
  box.height = y + pad;
  std::vector<draw::Item> background;
  if (!bs.fill.empty()) {
    draw::Path bg = draw::Path::rectangle({0, 0, measure.column, box.height});
    bg.fill = styles_.paint(bs.fill, c.where);
    background.push_back({std::move(bg), false});
  }
  if (rule > 0) {
    draw::Path bar = draw::Path::rectangle({0, 0, rule, box.height});
    bar.fill = styles_.paint(bs.rule, c.where);
    background.push_back({std::move(bar), false});
  }
  box.items.insert(box.items.begin(), background.begin(), background.end());
  if (measure.height > 0 && box.height > measure.height)
    styles_.diagnostics().error(c.where, "the call-out is taller than its frame (" + std::to_string(int(box.height)) +
                                             " pt of " + std::to_string(int(measure.height)) +
                                             " pt); shorten it or split it into two");
  add_box(out, std::move(box), bs.space_before * scale, bs.space_after * scale);
}

}  // namespace layout
