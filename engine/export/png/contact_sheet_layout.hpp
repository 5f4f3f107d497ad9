#pragma once
// Where each page goes on a contact sheet. Facing layouts (page names ending in -left/-right)
// are shown as spreads around a common spine, the first page alone on the right like a cover;
// other documents as a grid of single pages.
#include <cstddef>
#include <string>
#include <vector>

#include "draw/document.hpp"

namespace exporter::png {

struct Thumbnail {
  std::size_t page = 0;
  draw::Rect rect;        // the page's trim on the sheet, in pixels
  draw::Point label_at;   // centre of the label's baseline, in pixels
  std::string label;      // the page label (see draw::page_label)
};

struct ContactSheetLayout {
  int width = 0, height = 0;  // pixels
  double scale = 0;           // pixels per point
  std::vector<Thumbnail> thumbnails;
};

struct ContactSheetStyle {
  double page_height = 220;  // pixels for the tallest page
  double margin = 32;        // around everything
  double gap = 32;           // between spreads (or single pages), across and down
  double label_height = 26;  // below each row of pages
  double max_width = 1800;   // pixels; rows wrap before this
};

// True when the document's pages are meant to be seen side by side.
bool is_facing(const draw::Document& document);

ContactSheetLayout lay_out_contact_sheet(const draw::Document& document, const ContactSheetStyle& style = {});

}  // namespace exporter::png
