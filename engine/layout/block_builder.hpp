#pragma once
// Turns the content model's blocks, in one language, into galley boxes: paragraphs and headings
// as lines (with widow, orphan and keep-with-next rules), lists, tables, figures, key-figure
// tiles, call-outs, contacts, QR codes and the contents.
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "layout/galley.hpp"
#include "layout/structure_tag.hpp"
#include "layout/style_resolver.hpp"
#include "model/blocks.hpp"
#include "text/font_set.hpp"
#include "text/icon_font.hpp"

namespace layout {

struct Measure {
  double column = 0;  // width of one column
  double full = 0;    // width of the frame (for blocks that span columns)
  double height = 0;  // height of the frame (figures are scaled to fit it)
};

// What a block leaves for the one after it: the space below it, and whether the next must stay
// in its column (a heading's keep-with-next). Handed on as data, not kept by the builder.
struct Seam {
  double space = 0;
  bool keep = false;
};

// Where blocks are written: the galley, and the seam its last block left. A block with blocks of
// its own (a call-out) writes them into an output of its own, so nothing is saved and restored.
struct BlockOutput {
  Galley& galley;
  Seam seam{};
};

// One entry of the contents, as collected from the section headings.
struct ContentsEntry {
  HeadingMark heading;
  std::string page_label;  // empty until the pages are known
};

class BlockBuilder {
 public:
  BlockBuilder(StyleResolver& styles, text::FontSet& fonts);

  // Appends `blocks` to `galley`, the first of them starting fresh (no space or keep before it).
  void build(const std::vector<model::Block>& blocks, Galley& galley, const Measure& measure);
  // A chapter's title as a box of its own (for the opener master's title frame).
  Box chapter_title(const model::Section& section, double width);

  // The contents: entries in heading order; page labels by heading id once pagination is known.
  void set_page_labels(std::map<std::string, std::string> labels) { page_labels_ = std::move(labels); }
  // Where the contents went in the galley, to rebuild just that part once page numbers are known.
  struct ContentsRange {
    std::size_t begin = 0, end = 0;
    const model::TableOfContents* block = nullptr;
    Measure measure;
  };
  const std::vector<ContentsRange>& contents_ranges() const { return contents_; }
  Galley contents_boxes(const model::TableOfContents& toc, const Measure& measure);
  void collect_headings(const std::vector<model::Block>& blocks, int max_level);
  const std::vector<HeadingMark>& headings() const { return headings_; }

  // Typesets `text` (already styled) as one paragraph at `width`.
  text::Paragraph typeset(const text::StyledText& text, const ResolvedParagraph& style, double width);
  // The width `text` needs when set at `width` (1e5: unbroken), without reporting anything: for
  // measuring table columns and tiles. Glyph problems are reported when the text is set for real.
  double measure_width(const text::StyledText& text, const ResolvedParagraph& style, double width);
  // Draws a paragraph's lines into `box` at (x, y); returns the height used. Fonts are interned
  // in the document; internal links keep "#id" in Link::uri.
  double draw_lines(Box& box, const text::Paragraph& paragraph, double x, double y);
  // One styled text element as a paragraph drawn into `box`; returns the height used.
  double draw_text(Box& box, const model::Text& content, const std::string& style, double x, double y, double width,
                   const util::SourceLocation& where, const std::string& prefix = {});

  StyleResolver& styles() { return styles_; }

  // Tagged PDF: the structure element items are drawn into now (artifact: none), and a tag
  // opening a new one under it.
  draw::ElementId& current_element() { return element_; }
  Tag tag(draw::Role role, std::string alt = {}) {
    draw::Element element;
    element.role = role;
    element.alt = std::move(alt);
    return Tag(styles_.document(), element_, std::move(element));
  }
  // A Figure under the current element, with `alt` in the edition's language.
  draw::ElementId figure_element(const model::Text& alt, const util::SourceLocation& where) {
    draw::Element element;
    element.role = draw::Role::figure;
    element.parent = element_;
    element.alt = alt.plain(styles_.language().code);
    element.where = where;
    return styles_.document().add_element(std::move(element));
  }
  // The Figure of a drawing the engine makes (a chart, a map): the content's alternative text,
  // or without one the text generated from the drawing's data.
  draw::ElementId figure_element(const model::Text& alt, const std::string& generated, const util::SourceLocation& where) {
    if (!alt.empty()) return figure_element(alt, where);
    model::Text text;
    model::Inline sentence;
    sentence.text = generated;
    text.translations.push_back({styles_.language().code, {std::move(sentence)}, where});
    return figure_element(text, where);
  }
  // A new element under `parent` (default: the current one), without entering it.
  draw::ElementId child_element(draw::Role role, std::optional<draw::ElementId> parent = std::nullopt) {
    draw::Element element;
    element.role = role;
    element.parent = parent.value_or(element_);
    return styles_.document().add_element(std::move(element));
  }

 private:
  void build_into(const std::vector<model::Block>& blocks, BlockOutput& out, const Measure& measure);
  void block(const model::Block& block, BlockOutput& out, const Measure& measure);
  // `span_width`: the frame's width, taken instead of `width` by styles that span the columns.
  void paragraph(const model::Text& content, const std::string& style, const util::SourceLocation& where,
                 BlockOutput& out, double x, double width, const HeadingMark* heading = nullptr,
                 const std::string& prefix = {}, double span_width = 0);
  void section(const model::Section& section, BlockOutput& out, const Measure& measure);
  // `parent_label`: the label of the item a nested list sits in, for labels that inherit it.
  void list(const model::List& list, BlockOutput& out, const Measure& measure, int depth, double indent,
            const std::string& parent_label = {});
  void table(const model::Table& table, BlockOutput& out, const Measure& measure);
  void figure(const model::Figure& figure, BlockOutput& out, const Measure& measure);
  void facts(const model::Facts& facts, BlockOutput& out, const Measure& measure);
  double sparkline(Box& box, const std::vector<double>& values, const draw::Rect& area, const draw::Paint& paint);
  void callout(const model::Callout& callout, BlockOutput& out, const Measure& measure);
  void contacts(const model::Contacts& contacts, BlockOutput& out, const Measure& measure);
  void qr_code(const model::QrCode& qr, BlockOutput& out, const Measure& measure);
  void chart(const model::Chart& chart, BlockOutput& out, const Measure& measure);  // chart.cpp
  void map(const model::Map& map, BlockOutput& out, const Measure& measure);        // map.cpp
  // A block the engine draws (a chart, a map): its width from width="column|page|<length>", and
  // a box that floats in a column or spans the frame.
  double drawn_width(const model::Extent& width, const Measure& measure) const;
  Box drawn_box(double width, const Measure& measure, const std::string& id, const util::SourceLocation& where);
  // Below a figure's picture or drawing of `height`, its caption ("Figure 3. " and the text),
  // then the box into the output.
  void add_captioned_figure(BlockOutput& out, Box box, double height, double width, const model::Text& caption,
                            const util::SourceLocation& where);
  // "Hình 3" from the language's pattern, with the separator when text follows; empty where the
  // layout's captions are not numbered.
  std::string caption_label(const std::string& pattern, int number, bool followed_by_text);

  // Adds lines as boxes of their own, with widow/orphan control, after the output's seam.
  void add_lines(BlockOutput& out, const text::Paragraph& paragraph, const ResolvedParagraph& style, double x,
                 const util::SourceLocation& where, const HeadingMark* heading);
  // Adds a composite box (table row, figure, tiles) after the output's seam, and leaves its own.
  void add_box(BlockOutput& out, Box box, double space_before, double space_after, bool keep_with_next = false);

  StyleResolver& styles_;
  text::FontSet& fonts_;
  std::map<int, int> last_number_;  // depth → last number of the latest numbered list, for continue="true"
  int figure_count_ = 0;
  int table_count_ = 0;
  std::map<std::string, std::string> page_labels_;
  std::vector<ContentsRange> contents_;
  std::vector<HeadingMark> headings_;
  draw::ElementId element_ = draw::artifact;
  int note_count_ = 0;
  // The icon font, opened when a key figure first asks for an icon (most publications never do).
  std::optional<text::IconFont> icons_;
  bool icons_tried_ = false;
  const text::IconFont* icons(const util::SourceLocation& where);
};

}  // namespace layout
