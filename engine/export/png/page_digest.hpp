#pragma once
// What decides the pixels of a preview, as one hash, so that a build can keep the preview of a
// page that did not change instead of painting and encoding it again (DESIGN.md, "Performance").
//
// A page's digest covers everything the page painter reads for it: the page's size, its items
// in paint order (glyph ids and positions, sizes, the screen colour of each paint, paths, image
// placements), the fonts and images they use named by file and face, the pixel width each
// image is drawn from (which depends on where else the document places it), and the preview
// resolution. What lies outside the display list, the contents of those font and image files
// and the engine that paints, is the caller's `Options::salt`.
#include <cstdint>
#include <vector>

#include "draw/document.hpp"
#include "export/png/png.hpp"

namespace exporter::png {

std::vector<std::uint64_t> page_digests(const draw::Document& document, const Options& options);

// The contact sheet: its pages' digests, where each goes and its label, and the labels' face.
std::uint64_t contact_sheet_digest(const draw::Document& document, const std::vector<std::uint64_t>& pages,
                                   const Options& options);

}  // namespace exporter::png
