// The contents page: one entry per section heading down to the requested depth, with dot leaders,
// the page number and an internal link. Laid out again until the page numbers are stable.
#include <algorithm>
#include <cmath>

#include "layout/block_builder.hpp"
#include "layout/inline_text.hpp"

namespace layout {
namespace {

void collect(const std::vector<model::Block>& blocks, int max_level, const std::string& lang,
             std::vector<HeadingMark>& out) {
  for (const auto& b : blocks) {
    const auto* s = std::get_if<model::Section>(&b.node);
    if (!s || s->level > max_level) continue;
    out.push_back({s->id, s->title.plain(lang), s->level});
    collect(s->blocks, max_level, lang, out);
  }
}

}  // namespace

void BlockBuilder::collect_headings(const std::vector<model::Block>& blocks, int max_level) {
  headings_.clear();
  collect(blocks, max_level, styles_.language().code, headings_);
}

Galley BlockBuilder::contents_boxes(const model::TableOfContents& toc, const Measure& measure) {
  Galley boxes;
  BlockOutput out{boxes};  // the contents start fresh and leave nothing for the block after them
  const double width = measure.full;

  {
    const Tag heading = tag(draw::Role::h1);
    ResolvedParagraph title = styles_.paragraph("toc-title", toc.where);
    text::StyledText s;
    if (toc.title.empty())
      append_literal(s, styles_.language().contents_title, title.text, toc.where);
    else
      append_text(s, toc.title, title.text, false, styles_);
    add_lines(out, typeset(s, title, width), title, 0, toc.where, nullptr);
    boxes.front().break_before = BreakBefore::page;
    for (auto& b : boxes) b.spans_columns = true;
  }

  // Rebuilt with the page numbers found, the contents get new elements; those of the earlier
  // builds hold no content and never reach the structure tree.
  const Tag toc_tag = tag(draw::Role::toc);
  for (const HeadingMark& h : headings_) {
    if (h.level > toc.depth) continue;
    const Tag item = tag(draw::Role::toc_item);
    const Tag link = tag(draw::Role::link);  // the whole entry is the link to its heading
    ResolvedParagraph rp = styles_.paragraph("toc-" + std::to_string(std::min(h.level, 2)), toc.where);
    const double indent = rp.style ? rp.style->left_indent : 0;
    auto label = page_labels_.find(h.id);
    text::StyledText number;
    append_literal(number, label == page_labels_.end() || label->second.empty() ? "00" : label->second, rp.text,
                   toc.where);
    ResolvedParagraph right = rp;
    right.format.align = text::Align::left;
    text::Paragraph number_par = typeset(number, right, width);
    const double number_width = number_par.natural_width();
    const double leader_room = rp.text.size * 3;

    text::StyledText title;
    append_literal(title, h.title, rp.text, toc.where);
    text::Paragraph title_par = typeset(title, rp, width - indent - number_width - leader_room);

    Box box;
    box.where = toc.where;
    box.spans_columns = true;
    box.height = draw_lines(box, title_par, indent, 0);
    const text::Line& last = title_par.lines.back();
    const double last_baseline = title_par.height() - last.descent;

    // Dot leaders on a fixed pitch, so the dots of all entries line up.
    text::StyledText dot;
    append_literal(dot, ".", rp.text, toc.where);
    text::Paragraph dot_par = typeset(dot, right, width);
    // One pitch for every level, on a grid from the frame's edge, so dots line up down the page.
    const double pitch = 4.5 * styles_.scale();
    const double from = indent + last.width + rp.text.size * 0.6;
    const double to = width - number_width - rp.text.size * 0.6;
    if (!dot_par.lines.empty() && !dot_par.lines[0].runs.empty()) {
      draw::GlyphRun leaders = dot_par.lines[0].runs[0];
      const draw::Glyph glyph = leaders.glyphs.at(0);
      leaders.glyphs.clear();
      leaders.clusters.clear();
      for (double x = std::ceil(from / pitch) * pitch; x + glyph.advance <= to; x += pitch) {
        leaders.clusters.push_back({static_cast<std::uint32_t>(leaders.glyphs.size()), 1, "."});
        leaders.glyphs.push_back({glyph.id, x, last_baseline, glyph.advance});
      }
      if (!leaders.glyphs.empty()) {
        leaders.font = styles_.document().intern_font(fonts_.face(leaders.font));
        leaders.ink = {from, last_baseline - rp.text.size, to - from, rp.text.size * 1.3};
        box.items.push_back({std::move(leaders), false, draw::artifact});  // dots say nothing
      }
    }
    Box number_box;
    draw_lines(number_box, number_par, width - number_width, last_baseline - number_par.lines.at(0).ascent);
    for (auto& item : number_box.items) box.items.push_back(std::move(item));
    box.links.push_back({{0, 0, width, box.height}, "#" + h.id, std::nullopt, 0, link.id()});
    add_box(out, std::move(box), rp.space_before, rp.space_after);
  }
  return boxes;
}

}  // namespace layout
