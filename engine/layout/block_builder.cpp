#include "layout/block_builder.hpp"

#include <algorithm>

#include "layout/inline_text.hpp"
#include "layout/list_labels.hpp"
#include "util/overloaded.hpp"

namespace layout {

BlockBuilder::BlockBuilder(StyleResolver& styles, text::FontSet& fonts) : styles_(styles), fonts_(fonts) {}

void BlockBuilder::build(const std::vector<model::Block>& blocks, Galley& galley, const Measure& measure) {
  BlockOutput out{galley};
  build_into(blocks, out, measure);
}

void BlockBuilder::build_into(const std::vector<model::Block>& blocks, BlockOutput& out, const Measure& measure) {
  for (const auto& b : blocks) block(b, out, measure);
}

void BlockBuilder::block(const model::Block& b, BlockOutput& out, const Measure& measure) {
  // One lambda per block type, no generic fallback (visit_each asserts it): a new block type
  // does not compile until it is laid out here.
  util::visit_each(b.node, util::overloaded{
                 [&](const model::Paragraph& node) {
                   const Tag p = tag(draw::Role::p);
                   paragraph(node.text, node.style.empty() ? "body" : node.style, node.where, out, 0,
                             measure.column, nullptr, {}, measure.full);
                 },
                 [&](const model::Heading& node) {
                   std::string style =
                       node.style.empty() ? "h" + std::to_string(std::clamp(node.level, 1, 3)) : node.style;
                   const Tag h = tag(heading_role(node.level));
                   // A panel's heading is a bookmark of the leaflet or flyer.
                   const HeadingMark mark{{}, node.text.plain(styles_.language().code), node.level};
                   paragraph(node.text, style, node.where, out, 0, measure.column, &mark, {}, measure.full);
                 },
                 [&](const model::List& node) { list(node, out, measure, 0, 0); },
                 [&](const model::Section& node) { section(node, out, measure); },
                 [&](const model::Table& node) { table(node, out, measure); },
                 [&](const model::Figure& node) { figure(node, out, measure); },
                 [&](const model::Facts& node) { facts(node, out, measure); },
                 [&](const model::Callout& node) { callout(node, out, measure); },
                 [&](const model::Contacts& node) { contacts(node, out, measure); },
                 [&](const model::QrCode& node) { qr_code(node, out, measure); },
                 [&](const model::Chart& node) { chart(node, out, measure); },
                 [&](const model::Map& node) { map(node, out, measure); },
                 [&](const model::TableOfContents& node) {
                   ContentsRange range{out.galley.size(), 0, &node, measure};
                   Galley boxes = contents_boxes(node, measure);
                   for (auto& box : boxes) out.galley.push_back(std::move(box));
                   range.end = out.galley.size();
                   contents_.push_back(range);
                 },
             });
}

text::Paragraph BlockBuilder::typeset(const text::StyledText& styled, const ResolvedParagraph& style, double width) {
  text::ParagraphFormat format = style.format;
  format.width = std::max(width, 1.0);
  return text::typeset(fonts_, styled, format, styles_.diagnostics());
}

double BlockBuilder::measure_width(const text::StyledText& styled, const ResolvedParagraph& style, double width) {
  text::ParagraphFormat format = style.format;
  format.width = std::max(width, 1.0);
  util::Diagnostics quiet;
  return text::typeset(fonts_, styled, format, quiet).natural_width();
}

double BlockBuilder::draw_lines(Box& box, const text::Paragraph& paragraph, double x, double y) {
  double baseline = y;
  for (std::size_t i = 0; i < paragraph.lines.size(); ++i) {
    const text::Line& line = paragraph.lines[i];
    baseline += i == 0 ? line.ascent : line.advance;
    // Each link is a Link element in the paragraph's structure, holding the runs it covers.
    std::vector<draw::ElementId> link_elements;
    for (const auto& link : line.links) {
      const draw::ElementId element = element_ == draw::artifact ? draw::artifact : child_element(draw::Role::link);
      link_elements.push_back(element);
      draw::Link l{link.area, link.href, std::nullopt, 0, element};
      draw::translate(l, x, baseline);
      box.links.push_back(std::move(l));
    }
    for (draw::GlyphRun run : line.runs) {
      draw::ElementId element = element_;
      const double middle = run.ink.x + run.ink.width / 2;
      for (std::size_t k = 0; k < line.links.size(); ++k)
        if (middle >= line.links[k].area.left() && middle <= line.links[k].area.right()) element = link_elements[k];
      run.font = styles_.document().intern_font(fonts_.face(run.font));
      draw::translate(run, x, baseline);
      box.items.push_back({std::move(run), false, element});
    }
  }
  box.text_lines += static_cast<int>(paragraph.lines.size());
  return paragraph.height();
}

double BlockBuilder::draw_text(Box& box, const model::Text& content, const std::string& style, double x, double y,
                               double width, const util::SourceLocation& where, const std::string& prefix) {
  ResolvedParagraph rp = styles_.paragraph(style, where);
  text::StyledText styled;
  if (!prefix.empty()) append_literal(styled, prefix, rp.text, where);
  append_text(styled, content, rp.text, rp.hyphenate, styles_);
  if (styled.empty()) return 0;
  return draw_lines(box, typeset(styled, rp, width), x, y);
}

void BlockBuilder::add_lines(BlockOutput& out, const text::Paragraph& p, const ResolvedParagraph& style, double x,
                             const util::SourceLocation& where, const HeadingMark* heading) {
  const std::size_t n = p.lines.size();
  const int min_lines = style.style ? std::max(1, style.style->min_lines) : 2;
  const bool keep_all = style.style && style.style->keep_with_next;
  for (std::size_t i = 0; i < n; ++i) {
    const text::Line& line = p.lines[i];
    Box box;
    box.where = where;
    box.height = line.ascent + line.descent;
    box.joint = i == 0 ? Joint::blocks : Joint::lines;
    if (i == 0) {
      box.space_before = out.seam.space + style.space_before;
      box.keep_with_previous = out.seam.keep;
      if (heading) {
        box.heading = *heading;
        if (!heading->id.empty()) box.anchors.push_back({heading->id, 0});
      }
    } else {
      box.space_before = std::max(0.0, line.advance - (p.lines[i - 1].descent + line.ascent));
      // Widows and orphans: the first and the last `min_lines` lines stay together.
      box.keep_with_previous = keep_all || static_cast<int>(i) < min_lines ||
                               static_cast<int>(i) > static_cast<int>(n) - min_lines;
    }
    text::Paragraph single;
    single.lines.push_back(line);
    single.lines.back().advance = 0;
    draw_lines(box, single, x, 0);
    out.galley.push_back(std::move(box));
  }
  out.seam.space = style.space_after;
  out.seam.keep = keep_all;
}

void BlockBuilder::add_box(BlockOutput& out, Box box, double space_before, double space_after, bool keep_with_next) {
  box.space_before = out.seam.space + space_before;
  box.keep_with_previous = box.keep_with_previous || out.seam.keep;
  box.joint = Joint::blocks;
  out.galley.push_back(std::move(box));
  out.seam.space = space_after;
  out.seam.keep = keep_with_next;
}

void BlockBuilder::paragraph(const model::Text& content, const std::string& style, const util::SourceLocation& where,
                             BlockOutput& out, double x, double width, const HeadingMark* heading,
                             const std::string& prefix, double span_width) {
  ResolvedParagraph rp = styles_.paragraph(style, where);
  text::StyledText styled;
  if (!prefix.empty()) append_literal(styled, prefix, rp.text, where);
  append_text(styled, content, rp.text, rp.hyphenate, styles_);
  if (styled.empty()) return;
  const bool spans = rp.style && rp.style->span_columns && span_width > width + 0.5;
  const std::size_t first = out.galley.size();
  text::Paragraph set = typeset(styled, rp, spans ? span_width : width);
  // A heading on several lines is balanced: the narrowest measure that keeps its line count
  // without breaking a word, so no word is left alone on the last line. The trials are quiet:
  // only the measure chosen may warn.
  if (rp.style && rp.style->keep_with_next && set.lines.size() > 1 && rp.format.align != text::Align::justify) {
    const double full = spans ? span_width : width;
    double low = full * 0.5, high = full;
    while (high - low > 1) {
      const double mid = (low + high) / 2;
      util::Diagnostics trial;
      text::ParagraphFormat format = rp.format;
      format.width = mid;
      const text::Paragraph p = text::typeset(fonts_, styled, format, trial);
      (p.lines.size() == set.lines.size() && trial.empty() ? high : low) = mid;
    }
    if (high < full) set = typeset(styled, rp, high);
  }
  add_lines(out, set, rp, x, where, heading);
  if (spans)
    for (std::size_t i = first; i < out.galley.size(); ++i) out.galley[i].spans_columns = true;
}

Box BlockBuilder::chapter_title(const model::Section& section, double width) {
  Box box;
  box.where = section.where;
  box.chapter_title = true;
  box.heading = HeadingMark{section.id, section.title.plain(styles_.language().code), 1};
  box.anchors.push_back({section.id, 0});
  const Tag h1 = tag(draw::Role::h1);
  box.height = draw_text(box, section.title, "h1", 0, 0, width, section.where);
  return box;
}

void BlockBuilder::section(const model::Section& s, BlockOutput& out, const Measure& measure) {
  HeadingMark heading{s.id, s.title.plain(styles_.language().code), s.level};
  if (s.level == 1) {
    // A chapter: a new page (right-hand if the layout says so) under the opener master, its
    // title in the opener's band.
    Box title = chapter_title(s, measure.full);
    title.break_before = styles_.layout().page_breaks.chapter_start == style::ChapterStart::right
                             ? BreakBefore::right_page
                             : BreakBefore::page;
    title.master = "opener";
    out.galley.push_back(std::move(title));
    out.seam.space = 0;
    out.seam.keep = false;
  } else {
    const Tag h = tag(heading_role(s.level));
    paragraph(s.title, "h" + std::to_string(std::min(s.level, 3)), s.where, out, 0, measure.column, &heading);
  }
  build_into(s.blocks, out, measure);
}

void BlockBuilder::list(const model::List& l, BlockOutput& out, const Measure& measure, int depth, double indent,
                        const std::string& parent_label) {
  const std::string style = l.style.empty() ? "list" : l.style;
  ResolvedParagraph rp = styles_.paragraph(style, l.where);
  const auto& lang = styles_.language();
  ResolvedParagraph marker_style = rp;
  marker_style.format.align = text::Align::left;
  marker_style.format.first_indent = 0;

  // Every label first: the text hangs past the widest one ("10." or "1.2.3."), so no label
  // ever runs into its item's text.
  int first_number = l.start;
  if (l.ordered && l.continues) {
    auto last = last_number_.find(depth);
    first_number = last != last_number_.end() ? last->second + 1 : 1;
  }
  std::vector<std::string> labels;
  std::vector<text::Paragraph> markers;
  double widest = 0;
  for (std::size_t k = 0; k < l.items.size(); ++k) {
    const int number = first_number + static_cast<int>(k);
    labels.push_back(l.ordered ? list_label(l, number, parent_label, lang) : lang.bullet);
    text::StyledText marker_text;
    append_literal(marker_text, labels.back(), rp.text, l.items[k].where);
    markers.push_back(typeset(marker_text, marker_style, measure.column));
    widest = std::max(widest, markers.back().natural_width());
  }
  if (l.ordered) last_number_[depth] = first_number + static_cast<int>(l.items.size()) - 1;
  const Tag list_tag = tag(draw::Role::list);
  const double gap = rp.text.size * 0.5;
  const double style_hang = rp.style && rp.style->left_indent > 0 ? rp.style->left_indent : rp.text.size * 1.5;
  const double hang = std::max(style_hang, widest + gap);
  const double text_x = indent + hang;

  for (std::size_t k = 0; k < l.items.size(); ++k) {
    const auto& item = l.items[k];
    const Tag item_tag = tag(draw::Role::list_item);
    const draw::ElementId label = child_element(draw::Role::label);
    const Tag body_tag = tag(draw::Role::list_body);
    text::StyledText styled;
    append_text(styled, item.text, rp.text, rp.hyphenate, styles_);
    const std::size_t first_box = out.galley.size();
    text::Paragraph body;
    if (!styled.empty()) {
      body = typeset(styled, rp, measure.column - text_x);
      add_lines(out, body, rp, text_x, item.where, nullptr);
    }
    const text::Paragraph& mp = markers[k];
    if (out.galley.size() > first_box && !body.lines.empty() && !mp.lines.empty()) {
      // The marker hangs in the indent, right-aligned against the text, on the first baseline.
      Box& first = out.galley[first_box];
      const double marker_x = std::max(indent, text_x - gap - mp.natural_width());
      const double first_baseline = body.lines.front().ascent;
      // Before the item's text, so the marker also comes first in reading order.
      std::vector<draw::Item> marker_items;
      for (draw::GlyphRun run : mp.lines.at(0).runs) {
        run.font = styles_.document().intern_font(fonts_.face(run.font));
        draw::translate(run, marker_x, first_baseline);
        marker_items.push_back({std::move(run), false, label});
      }
      first.items.insert(first.items.begin(), marker_items.begin(), marker_items.end());
    }
    for (const auto& child : item.children) {
      if (const auto* nested = std::get_if<model::List>(&child.node)) {
        list(*nested, out, measure, depth + 1, text_x, labels[k]);
      } else if (const auto* para = std::get_if<model::Paragraph>(&child.node)) {
        const Tag p = tag(draw::Role::p);
        paragraph(para->text, para->style.empty() ? style : para->style, para->where, out, text_x,
                  measure.column - text_x);
      } else {
        Measure inner = measure;
        inner.column -= text_x;
        block(child, out, inner);
      }
    }
  }
}

}  // namespace layout
