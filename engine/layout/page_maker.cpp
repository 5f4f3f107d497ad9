#include "layout/page_maker.hpp"

namespace layout {

int PageMaker::add_page(const std::string& master, const std::string& name) {
  const style::Layout& layout = styles_.layout();
  draw::Page page;
  page.width = layout.page.width;
  page.height = layout.page.height;
  page.bleed = layout.page.bleed;
  page.name = name.empty() ? master : name;
  pages_.push_back(std::move(page));
  masters_.push_back(master);
  if (const style::Master* m = layout.master(master)) {
    const int index = static_cast<int>(pages_.size()) - 1;
    std::vector<style::MasterRect> rects = m->rects;
    if (is_left(index))
      for (auto& r : rects) r.rect.x = layout.page.width - r.rect.x - r.rect.width;
    draw_rects(pages_.back(), rects, 0, 0);
  }
  return static_cast<int>(pages_.size()) - 1;
}

bool PageMaker::is_left(int page_index) const {
  return styles_.layout().page.facing && (first_ + page_index) % 2 == 1;
}

const style::FrameDef* PageMaker::frame_def(const std::string& master, const std::string& frame_name) const {
  if (const style::Master* m = styles_.layout().master(master))
    for (const auto& f : m->frames)
      if (f.name == frame_name) return &f;
  return nullptr;
}

FlowFrame PageMaker::frame(const std::string& master, const std::string& frame_name, int page_index) const {
  const style::Layout& layout = styles_.layout();
  FlowFrame frame;
  if (const style::FrameDef* f = frame_def(master, frame_name)) {
    frame.rect = f->rect;
    frame.columns = std::max(1, f->columns);
    frame.gutter = f->gutter;
  } else {
    const auto& m = layout.margins;
    frame.rect = {m.inner, m.top, layout.page.width - m.inner - m.outer, layout.page.height - m.top - m.bottom};
    frame.columns = std::max(1, layout.columns);
    frame.gutter = layout.gutter;
  }
  if (is_left(page_index)) frame.rect.x = layout.page.width - frame.rect.x - frame.rect.width;
  return frame;
}

void PageMaker::place(int page_index, const Box& box, double x, double y) {
  draw::Page& page = pages_.at(static_cast<std::size_t>(page_index));
  for (draw::Item item : box.items) {
    draw::translate(item, x, y);
    if (item.where.file.empty()) item.where = box.where;
    page.items.push_back(std::move(item));
  }
  for (draw::Link link : box.links) {
    draw::translate(link, x, y);
    page.links.push_back(std::move(link));
  }
  for (const auto& a : box.anchors) anchors_.emplace(a.id, std::make_pair(first_ + page_index, y + a.y));
  if (box.heading) headings_.push_back({*box.heading, first_ + page_index, y});
}

void PageMaker::draw_rects(draw::Page& page, const std::vector<style::MasterRect>& rects, double dx, double dy) {
  std::vector<draw::Item> artwork;
  for (const auto& r : rects) {
    draw::Rect rect{r.rect.x + dx, r.rect.y + dy, r.rect.width, r.rect.height};
    if (r.bleeds) {
      // A rectangle that reaches a trim edge continues into the bleed.
      const double b = page.bleed, e = 0.01;
      if (rect.x <= e) { rect.width += rect.x + b; rect.x = -b; }
      if (rect.y <= e) { rect.height += rect.y + b; rect.y = -b; }
      if (rect.right() >= page.width - e) rect.width = page.width + b - rect.x;
      if (rect.bottom() >= page.height - e) rect.height = page.height + b - rect.y;
    }
    draw::Path path = draw::Path::rectangle(rect);
    path.fill = styles_.paint(r.color, r.where, r.tint);
    artwork.push_back({std::move(path), r.bleeds});
  }
  page.items.insert(page.items.begin(), artwork.begin(), artwork.end());
}

void resolve_links(std::vector<draw::Page>& pages, const PageMaker::Anchors& anchors, util::Diagnostics& diagnostics) {
  for (auto& page : pages)
    for (auto& link : page.links) {
      if (link.uri.empty() || link.uri[0] != '#') continue;
      auto it = anchors.find(link.uri.substr(1));
      if (it == anchors.end()) {
        diagnostics.warning({}, "link to \"" + link.uri + "\" has no target in this edition; it is left unlinked");
        link.uri.clear();
        continue;
      }
      link.target_page = it->second.first;
      link.target_y = it->second.second;
      link.uri.clear();
    }
}

}  // namespace layout
