#include "layout/handbook.hpp"

#include <algorithm>
#include <functional>

#include "layout/block_builder.hpp"
#include "layout/chapter_ends.hpp"
#include "layout/fixed_frame.hpp"
#include "layout/float_placement.hpp"
#include "layout/flow.hpp"
#include "layout/image_probe.hpp"
#include "layout/inline_text.hpp"
#include "layout/style_resolver.hpp"
#include "layout/page_maker.hpp"
#include "util/units.hpp"

namespace layout {
namespace {

// Hands out body pages: alternating left and right masters, the left page before a chapter that
// must open on the right (`verso` makes it), and the opener's title frame for chapter titles.
class BodyPages : public FrameSource {
 public:
  using Verso = std::function<void(PageMaker&)>;
  BodyPages(PageMaker& pages, Verso verso) : pages_(pages), verso_(std::move(verso)) {}

  std::optional<FlowFrame> next_frame(BreakBefore reason, const std::string& master) override {
    int index = static_cast<int>(pages_.pages().size());
    if (reason == BreakBefore::right_page && pages_.is_left(index)) {
      verso_(pages_);
      index = static_cast<int>(pages_.pages().size());
    }
    master_ = !master.empty() ? master : pages_.is_left(index) ? "body-left" : "body-right";
    current_ = pages_.add_page(master_, master_);
    return pages_.frame(master_, "body", current_);
  }

  void place(const Box& box, double x, double y) override { pages_.place(current_, box, x, y); }

  void place_chapter_title(const Box& box) override {
    FlowFrame title = pages_.frame(master_, "opener-title", current_);
    const style::FrameDef* def = pages_.frame_def(master_, "opener-title");
    double y = title.rect.y;
    if (def && def->vertical_align == "bottom") y = title.rect.bottom() - box.height;
    if (def && def->vertical_align == "center") y = title.rect.y + (title.rect.height - box.height) / 2;
    pages_.place(current_, box, title.rect.x, y);
  }

 private:
  PageMaker& pages_;
  Verso verso_;
  std::string master_;
  int current_ = -1;
};

class Handbook {
 public:
  Handbook(const model::Publication& p, StyleResolver& styles, text::FontSet& fonts)
      : pub_(p), styles_(styles), fonts_(fonts), lang_(styles.language().code) {}

  void compose() {
    // Outside and inside front cover: pages 1 and 2.
    PageMaker front(styles_, 0);
    cover(front);
    fixed_page(front, "inside-cover", pub_.inside_front, "inside-front-cover");
    const int body_first = static_cast<int>(front.pages().size());

    PageMaker body = body_pages(body_first);
    const int body_end = body_first + static_cast<int>(body.pages().size());

    // Saddle stitching needs a multiple of four pages: blank pages go before the inside back cover.
    const int total = body_end + 2;
    const int padding = (4 - total % 4) % 4;
    if (padding > 0)
      styles_.diagnostics().warning(pub_.where, "added " + std::to_string(padding) +
                                                    (styles_.layout().master("notes") ? " notes page" : " blank page") +
                                                    (padding > 1 ? "s" : "") + " after page " + std::to_string(body_end) +
                                                    " (" + lang_ + ") to make " + std::to_string(total + padding) +
                                                    " pages, a multiple of 4 for saddle stitching");
    PageMaker back(styles_, body_end);
    for (int i = 0; i < padding; ++i) notes_page(back);
    fixed_page(back, "inside-cover", pub_.inside_back, "inside-back-cover");
    fixed_page(back, "back-cover", pub_.back_cover, "back-cover");

    auto& doc = styles_.document();
    PageMaker::Anchors anchors;
    std::vector<std::string> masters;
    for (PageMaker* part : {&front, &body, &back}) {
      for (auto& page : part->pages()) doc.pages.push_back(std::move(page));
      masters.insert(masters.end(), part->masters().begin(), part->masters().end());
      anchors.insert(part->anchors().begin(), part->anchors().end());
    }
    resolve_links(doc.pages, anchors, styles_.diagnostics());
    headings_ = body.headings();
    for (std::size_t i = 0; i < masters.size(); ++i)
      if (const style::Master* master = styles_.layout().master(masters[i]))
        for (const auto& text : master->texts) master_text(static_cast<int>(i), text);
    furniture(body_first, body_end + padding);
    outline();
  }

 private:
  Measure measure_for(const FlowFrame& frame) const {
    return {frame.column_width(), frame.rect.width, frame.rect.height};
  }

  // The body: contents and chapters flowed over as many pages as they need; the contents are
  // laid out again with the page numbers until those no longer change.
  PageMaker body_pages(int first_index) {
    PageMaker probe(styles_, first_index);
    const Measure measure = measure_for(probe.frame("body-right", "body", 0));

    BlockBuilder builder(styles_, fonts_);
    int toc_depth = 2;
    for (const auto& b : pub_.body)
      if (const auto* toc = std::get_if<model::TableOfContents>(&b.node)) toc_depth = toc->depth;
    builder.collect_headings(pub_.body, toc_depth);
    Galley galley;
    builder.build(pub_.body, galley, measure);

    const style::PageBreaks& rules = styles_.layout().page_breaks;
    // The left page before a right-hand opener: blank, or ruled for notes without a folio.
    BodyPages::Verso verso = [this, &rules](PageMaker& pages) {
      if (rules.verso == style::VersoFill::notes && styles_.layout().master("notes"))
        notes_page(pages, "verso-notes");
      else
        pages.add_page("", "blank");
    };
    const Pour pour = [&](const Galley& g) {
      PageMaker pages(styles_, first_index);
      BodyPages source(pages, verso);
      return flow(g, source, "body-right");
    };
    std::map<std::string, std::string> labels;
    // A hole of more than three lines at a column's foot above a figure is filled with the text after it.
    const double max_hole = 3 * styles_.paragraph("body", pub_.where).format.leading;
    for (int pass = 0;; ++pass) {
      fill_float_holes(galley, max_hole, pour);
      settle_chapter_ends(galley, rules, pour);
      PageMaker pages(styles_, first_index);
      BodyPages source(pages, verso);
      const FlowResult result = flow(galley, source, "body-right");
      if (result.placed < galley.size()) {
        // Body pages are added as needed, so only a box taller than a whole frame stops the flow.
        const Box& stuck = galley[result.placed];
        styles_.diagnostics().error(stuck.where, "publication " + pub_.id + " (" + lang_ + "): a block " +
                                                     std::to_string(static_cast<int>(util::to_mm(stuck.height))) +
                                                     " mm tall does not fit on an empty page; shorten or split it");
        return pages;
      }
      std::map<std::string, std::string> found;
      for (const auto& [id, where] : pages.anchors()) found[id] = std::to_string(where.first + 1);
      if (found == labels || builder.contents_ranges().empty() || pass == 4) return pages;
      labels = std::move(found);
      builder.set_page_labels(labels);
      // Replace the contents boxes, last range first so earlier indices stay valid.
      auto ranges = builder.contents_ranges();
      for (auto it = ranges.rbegin(); it != ranges.rend(); ++it) {
        Galley boxes = builder.contents_boxes(*it->block, it->measure);
        galley.erase(galley.begin() + static_cast<long>(it->begin), galley.begin() + static_cast<long>(it->end));
        galley.insert(galley.begin() + static_cast<long>(it->begin), boxes.begin(), boxes.end());
      }
    }
  }

  void cover(PageMaker& pages) {
    const int index = pages.add_page("cover", "cover");
    BlockBuilder builder(styles_, fonts_);
    const util::SourceLocation& where = pub_.meta.where;
    auto fill = [&](const std::string& frame_name, const std::vector<model::Block>& blocks) {
      FlowFrame frame = pages.frame("cover", frame_name, index);
      const style::FrameDef* def = pages.frame_def("cover", frame_name);
      Galley galley;
      builder.build(blocks, galley, measure_for(frame));
      auto result = fill_fixed_frame(pages, index, frame, galley, vertical_align(def));
      if (!result.fits)
        styles_.diagnostics().error(where, "cover (" + lang_ + "), frame " + frame_name + ": " +
                                               describe_overset(result.flow) + "; shorten the title or subtitle");
    };
    auto para = [&](const model::Text& text, const std::string& style) {
      return model::Block{model::Paragraph{text, style, where}};
    };
    std::vector<model::Block> title;
    title.push_back(para(pub_.meta.title, "cover-title"));
    if (!pub_.meta.subtitle.empty()) title.push_back(para(pub_.meta.subtitle, "cover-subtitle"));
    if (pub_.cover && !pub_.cover->tagline.empty()) title.push_back(para(pub_.cover->tagline, "cover-tagline"));
    fill("cover-title", title);

    if (pub_.cover && pub_.cover->image) {
      if (auto image = probe_image(*pub_.cover->image, pub_.cover->where, styles_.diagnostics())) {
        FlowFrame frame = pages.frame("cover", "cover-image", index);
        double w = frame.rect.width, h = w * image->height_px / image->width_px;
        if (h > frame.rect.height) {
          w *= frame.rect.height / h;
          h = frame.rect.height;
        }
        Box box;
        draw::Item picture;
        picture.content = draw::ImagePlacement{styles_.document().intern_image(*image), {0, 0, w, h}};
        box.items.push_back(std::move(picture));
        pages.place(index, box, frame.rect.x, frame.rect.bottom() - h);
      }
    }

    std::vector<model::Block> publisher;
    if (!pub_.meta.publisher.empty()) publisher.push_back(para(pub_.meta.publisher, "cover-publisher"));
    if (pub_.meta.date.size() >= 4) {
      model::Text year;
      model::Inline digits;
      digits.text = pub_.meta.date.substr(0, 4);
      year.translations.push_back({"", {digits}, where});
      publisher.push_back(para(year, "cover-publisher"));
    }
    fill("cover-publisher", publisher);
  }

  // A page that completes the booklet: ruled for notes under a title when the layout has a
  // "notes" master, blank otherwise. A page named other than "notes" has no folio.
  void notes_page(PageMaker& pages, const std::string& name = "notes") {
    if (!styles_.layout().master("notes")) {
      pages.add_page("", "blank");
      return;
    }
    const int index = pages.add_page("notes", name);
    const FlowFrame frame = pages.frame("notes", "body", index);
    const util::SourceLocation& where = styles_.layout().where;
    BlockBuilder builder(styles_, fonts_);
    ResolvedParagraph title_style = styles_.paragraph("notes-title", where);
    text::StyledText title;
    append_literal(title, styles_.language().notes_title, title_style.text, where);
    Box box;
    const double title_height = builder.draw_lines(box, builder.typeset(title, title_style, frame.rect.width), 0, 0);
    ResolvedParagraph line = styles_.paragraph("notes-line", where);
    const double first_rule = title_height + title_style.space_after;
    for (double y = first_rule; y <= frame.rect.height + 0.01; y += line.format.leading) {
      draw::Path rule = draw::Path::line({0, y}, {frame.rect.width, y});
      rule.stroke = draw::Stroke{line.text.paint, 0.5, {}};
      box.items.push_back({std::move(rule), false});
    }
    pages.place(index, box, frame.rect.x, frame.rect.y);
  }

  void fixed_page(PageMaker& pages, const std::string& master, const std::vector<model::Block>& blocks,
                  const std::string& name) {
    const int index = pages.add_page(master, name);
    if (blocks.empty()) return;
    FlowFrame frame = pages.frame(master, "body", index);
    BlockBuilder builder(styles_, fonts_);
    Galley galley;
    builder.build(blocks, galley, measure_for(frame));
    const style::FrameDef* def = pages.frame_def(master, "body");
    auto result = fill_fixed_frame(pages, index, frame, galley, vertical_align(def));
    if (!result.fits) {
      const auto& first = galley.at(result.flow.placed);
      styles_.diagnostics().error(first.where, "publication " + pub_.id + " (" + lang_ + "), " + name + ": " +
                                                   describe_overset(result.flow) +
                                                   "; shorten the text or move some of it into the body");
    }
  }

  // Folios and running heads on body pages; page labels for the digital edition.
  void furniture(int first_body, int end_body) {
    auto& doc = styles_.document();
    const auto& layout = styles_.layout();
    std::string chapter;
    std::size_t next_heading = 0;
    for (int i = first_body; i < end_body; ++i) {
      draw::Page& page = doc.pages[static_cast<std::size_t>(i)];
      page.label = std::to_string(i + 1);
      while (next_heading < headings_.size() && headings_[next_heading].page <= i) {
        if (headings_[next_heading].heading.level == 1) chapter = headings_[next_heading].heading.title;
        ++next_heading;
      }
      if (page.name == "blank") continue;
      const style::Master* master = layout.master(page.name);
      if (!master) continue;
      if (master->folio) marginal(page, i, *master->folio, page.label);
      if (master->running_head && !chapter.empty()) marginal(page, i, *master->running_head, chapter);
    }
  }

  // A label of the edition's language where the master puts it, mirrored on left-hand pages.
  void master_text(int index, const style::MasterText& t) {
    const auto& layout = styles_.layout();
    draw::Page& page = styles_.document().pages[static_cast<std::size_t>(index)];
    ResolvedParagraph rp = styles_.paragraph(t.style, t.where);
    text::StyledText s;
    append_literal(s, styles_.label(t.label, t.where), rp.text, t.where);
    BlockBuilder builder(styles_, fonts_);
    Box box;
    const double height = builder.draw_lines(box, builder.typeset(s, rp, t.rect.width), 0, 0);
    if (height > t.rect.height + 0.01)
      styles_.diagnostics().error(t.where, "label \"" + t.label + "\" (" + lang_ + ") needs " + util::mm_text(height) +
                                               " of height and its <text> has " + util::mm_text(t.rect.height) +
                                               "; make the <text> taller or the label shorter");
    const bool left = layout.page.facing && index % 2 == 1;
    const double x = left ? layout.page.width - t.rect.x - t.rect.width : t.rect.x;
    double y = t.rect.y;
    if (t.vertical_align == "bottom") y = t.rect.bottom() - height;
    if (t.vertical_align == "center") y = t.rect.y + (t.rect.height - height) / 2;
    for (auto item : box.items) {
      draw::translate(item, x, y);
      item.where = t.where;
      page.items.push_back(std::move(item));
    }
  }

  void marginal(draw::Page& page, int index, const style::Marginal& m, const std::string& content) {
    const auto& layout = styles_.layout();
    ResolvedParagraph rp = styles_.paragraph(m.style, layout.where);
    text::StyledText s;
    append_literal(s, content, rp.text, layout.where);
    BlockBuilder builder(styles_, fonts_);
    const bool left = layout.page.facing && index % 2 == 1;
    const double inner = layout.margins.inner, outer = layout.margins.outer;
    const double measure = layout.page.width - inner - outer;
    text::Paragraph p = builder.typeset(s, rp, measure);
    if (p.lines.empty()) return;
    const double width = p.lines[0].width;
    const bool outer_side = m.position == style::Position::top_outer || m.position == style::Position::bottom_outer;
    const bool centre = m.position == style::Position::top_center || m.position == style::Position::bottom_center;
    const bool at_right = outer_side ? !left : left;
    const double left_x = left ? outer : inner;
    double x = centre ? (layout.page.width - width) / 2 : at_right ? left_x + measure - width : left_x;
    const bool top = m.position == style::Position::top_outer || m.position == style::Position::top_inner ||
                     m.position == style::Position::top_center;
    const double baseline = top ? m.offset : layout.page.height - m.offset;
    Box box;
    builder.draw_lines(box, p, 0, 0);
    const double ascent = p.lines[0].ascent;
    for (auto item : box.items) {
      draw::translate(item, x, baseline - ascent);
      item.where = m.where;
      page.items.push_back(std::move(item));
    }
  }

  void outline() {
    auto& doc = styles_.document();
    for (const auto& h : headings_)
      if (h.heading.level >= 1) doc.outline.push_back({h.heading.title, h.heading.level, h.page, h.y});
  }

  const model::Publication& pub_;
  StyleResolver& styles_;
  text::FontSet& fonts_;
  std::string lang_;
  std::vector<PlacedHeading> headings_;
};

}  // namespace

void compose_handbook(const model::Publication& publication, StyleResolver& styles, text::FontSet& fonts) {
  Handbook(publication, styles, fonts).compose();
}

}  // namespace layout
