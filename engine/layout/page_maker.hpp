#pragma once
// Making pages from masters: page geometry, the master's artwork, its frames (mirrored on
// left-hand pages of facing layouts), and putting galley boxes onto a page.
#include <map>
#include <string>
#include <vector>

#include "draw/document.hpp"
#include "layout/flow.hpp"
#include "layout/galley.hpp"
#include "layout/style_resolver.hpp"

namespace layout {

struct PlacedHeading {
  HeadingMark heading;
  int page = 0;  // 0-based
  double y = 0;
};

// Makes a run of pages that starts at page index `first_index` of the finished document, so
// left and right pages, anchors and headings carry their final page numbers.
class PageMaker {
 public:
  explicit PageMaker(StyleResolver& styles, int first_index = 0) : styles_(styles), first_(first_index) {}

  // Appends a page of the layout's trim size using `master` (may be empty: no artwork) and
  // returns its local index in pages().
  int add_page(const std::string& master, const std::string& name);
  // Facing layouts: even page numbers (odd indices) are left-hand pages. Local index.
  bool is_left(int page_index) const;
  int first_index() const { return first_; }
  // The named frame of a master on the given page (mirrored for left pages), or the body
  // frame from the layout's margins and columns when the master has none of that name.
  FlowFrame frame(const std::string& master, const std::string& frame_name, int page_index) const;
  const style::FrameDef* frame_def(const std::string& master, const std::string& frame_name) const;

  // Places a box on page `page_index` (local) at (x, y), recording anchors and headings with
  // document page indices.
  void place(int page_index, const Box& box, double x, double y);
  // Artwork rectangles of a master or panel, behind everything else on the page.
  void draw_rects(draw::Page& page, const std::vector<style::MasterRect>& rects, double dx, double dy);

  std::vector<draw::Page>& pages() { return pages_; }
  // The master of each page of pages(), in order ("" for none).
  const std::vector<std::string>& masters() const { return masters_; }
  using Anchors = std::map<std::string, std::pair<int, double>>;  // id → document page index, y
  const Anchors& anchors() const { return anchors_; }
  const std::vector<PlacedHeading>& headings() const { return headings_; }

 private:
  StyleResolver& styles_;
  int first_;
  std::vector<draw::Page> pages_;
  std::vector<std::string> masters_;
  Anchors anchors_;
  std::vector<PlacedHeading> headings_;
};

// Internal "#id" links of `pages` → target page and position; ids without a target are reported
// and left unlinked.
void resolve_links(std::vector<draw::Page>& pages, const PageMaker::Anchors& anchors, util::Diagnostics& diagnostics);

}  // namespace layout
