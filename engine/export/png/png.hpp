#pragma once
// Previews: one PNG per page (the trim area) and a contact sheet of all pages.
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "draw/document.hpp"

namespace exporter::png {

struct Options {
  double dpi = 72;  // page previews; 72 dpi = one pixel per point
  // What decides the pixels besides the display list: the engine and the contents of the font
  // and image files (see page_digest.hpp). Only digests read it.
  std::uint64_t salt = 0;
};

// Previews an earlier build left in `folder` that are right for this document as they are (the
// caller compared their digests, see page_digest.hpp): they are neither painted nor written
// again, and the contact sheet takes a kept page's pixels from its file.
struct Kept {
  std::filesystem::path folder;
  std::vector<bool> pages;  // by page index
  bool contact_sheet = false;
};

// Writes <folder>/page-001.png, page-002.png, … (each atomically); returns the files.
std::vector<std::filesystem::path> write_pages(const draw::Document& document,
                                               const std::filesystem::path& folder, const Options& options);

// The digital edition as pictures, each page `pixel_width` pixels across its trim and its
// height in proportion: <folder>/<stem>.png, and <stem>.page-2.png … for further pages. An
// infographic's main product (the layout's <png pixel-width="…">). Returns the files.
std::vector<std::filesystem::path> write_page_images(const draw::Document& document, const std::filesystem::path& folder,
                                                     const std::string& stem, int pixel_width);

// Writes all pages as thumbnails on one sheet (facing pages side by side for facing layouts).
// The thumbnails are the page rasters at `options.dpi`, scaled down.
void write_contact_sheet(const draw::Document& document, const std::filesystem::path& target,
                         const Options& options = {});

// write_pages() and write_contact_sheet() to <folder>/contact-sheet.png in one pass: each page
// is painted once, and its raster becomes both its preview and its thumbnail. Pages and the
// sheet that `kept` names are not written. Returns the files written.
std::vector<std::filesystem::path> write_previews(const draw::Document& document,
                                                  const std::filesystem::path& folder, const Options& options,
                                                  const Kept& kept = {});

// The file names of the previews, in `folder`.
std::string page_file_name(std::size_t index);  // "page-001.png"
inline constexpr const char* contact_sheet_file_name = "contact-sheet.png";

}  // namespace exporter::png
