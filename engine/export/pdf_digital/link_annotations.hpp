#pragma once
// Clickable links, written as /Link annotations with libqpdf.
//
// Why not Cairo's CAIRO_TAG_LINK: Cairo 1.16.0 (Debian 12) writes, for any link, a /ParentTree
// referring to structure elements it never writes (xref entries pointing at other objects:
// "file is damaged" to qpdf), and internal links to a later page lose their /Dest. Both were
// reproduced here; the annotations below are plain PDF 1.5 that every viewer reads.
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "draw/document.hpp"
#include "export/pdf_digital/page_plan.hpp"

class QPDF;

namespace exporter::pdf_digital {

// A link on a PDF page: the area in that page's coordinates (y down from its top), and either
// a URI or a destination on a PDF page.
struct PlacedLink {
  std::size_t pdf_page = 0;
  draw::Rect area;
  std::string uri;
  std::optional<std::size_t> target_pdf_page;
  draw::Point target;  // top-left of the view at the destination, same coordinates
};

// The Document's links where the plan shows them. Links on pages not shown, or to pages not
// shown, are left out.
std::vector<PlacedLink> place_links(const draw::Document& document, const PagePlan& plan);

// Adds the links to `pdf`, whose pages are the plan's pages in order.
void add_link_annotations(QPDF& pdf, const std::vector<PlacedLink>& links, const PagePlan& plan);

// A URI as PDF wants it: 7-bit ASCII, anything else percent-encoded byte by byte (RFC 3987).
std::string ascii_uri(const std::string& uri);

}  // namespace exporter::pdf_digital
