#include "export/png/contact_sheet_layout.hpp"

#include <algorithm>
#include <cmath>
#include <optional>

#include "draw/page_label.hpp"

namespace exporter::png {
namespace {

bool ends_with(const std::string& s, const std::string& suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// One cell of the grid: a spread (either side may be empty) or a single page on the left.
struct Cell {
  std::optional<std::size_t> left, right;
};

// The page's own name decides its side; otherwise its position: a booklet's first page is a
// right-hand page, then pages alternate.
bool is_left_page(const draw::Page& page, std::size_t index) {
  if (ends_with(page.name, "-left")) return true;
  if (ends_with(page.name, "-right")) return false;
  return index % 2 == 1;
}

std::vector<Cell> spreads(const draw::Document& document) {
  std::vector<Cell> cells;
  for (std::size_t i = 0; i < document.pages.size(); ++i) {
    if (is_left_page(document.pages[i], i)) {
      cells.push_back({i, std::nullopt});
    } else if (!cells.empty() && cells.back().left && !cells.back().right) {
      cells.back().right = i;
    } else {
      cells.push_back({std::nullopt, i});
    }
  }
  return cells;
}

std::vector<Cell> single_pages(const draw::Document& document) {
  std::vector<Cell> cells;
  for (std::size_t i = 0; i < document.pages.size(); ++i) cells.push_back({i, std::nullopt});
  return cells;
}

}  // namespace

bool is_facing(const draw::Document& document) {
  // Panels of a folded sheet read one by one ("inside-left" is a panel, not a left page).
  if (!document.sheets.empty()) return false;
  return std::any_of(document.pages.begin(), document.pages.end(), [](const draw::Page& p) {
    return ends_with(p.name, "-left") || ends_with(p.name, "-right");
  });
}

ContactSheetLayout lay_out_contact_sheet(const draw::Document& document, const ContactSheetStyle& style) {
  ContactSheetLayout layout;
  double tallest = 0, widest = 0;
  for (const draw::Page& p : document.pages) {
    tallest = std::max(tallest, p.height);
    widest = std::max(widest, p.width);
  }
  const bool facing = is_facing(document);
  const std::vector<Cell> cells = facing ? spreads(document) : single_pages(document);
  if (cells.empty() || tallest <= 0) {
    layout.width = layout.height = static_cast<int>(2 * style.margin);
    return layout;
  }

  layout.scale = style.page_height / tallest;
  const double slot_width = widest * layout.scale;  // every spread's spine lines up down the sheet
  const double cell_width = facing ? 2 * slot_width : slot_width;
  const double cell_height = style.page_height + style.label_height;
  const auto fitting = static_cast<std::size_t>(
      std::floor((style.max_width - 2 * style.margin + style.gap) / (cell_width + style.gap)));
  const std::size_t columns = std::clamp<std::size_t>(fitting, 1, cells.size());
  const std::size_t rows = (cells.size() + columns - 1) / columns;
  layout.width = static_cast<int>(std::ceil(2 * style.margin + columns * cell_width + (columns - 1) * style.gap));
  layout.height = static_cast<int>(std::ceil(2 * style.margin + rows * cell_height + (rows - 1) * style.gap));

  auto place = [&](std::size_t page, double x, double top) {
    const draw::Page& p = document.pages[page];
    const draw::Rect rect{x, top, p.width * layout.scale, p.height * layout.scale};
    const draw::Point label_at{rect.x + rect.width / 2, top + style.page_height + style.label_height * 0.7};
    layout.thumbnails.push_back({page, rect, label_at, draw::page_label(document, page)});
  };
  for (std::size_t c = 0; c < cells.size(); ++c) {
    const double left = style.margin + static_cast<double>(c % columns) * (cell_width + style.gap);
    const double top = style.margin + static_cast<double>(c / columns) * (cell_height + style.gap);
    const Cell& cell = cells[c];
    if (!facing) {
      const double width = document.pages[*cell.left].width * layout.scale;
      place(*cell.left, left + (slot_width - width) / 2, top);
      continue;
    }
    const double spine = left + slot_width;
    if (cell.left) place(*cell.left, spine - document.pages[*cell.left].width * layout.scale, top);
    if (cell.right) place(*cell.right, spine, top);
  }
  return layout;
}

}  // namespace exporter::png
