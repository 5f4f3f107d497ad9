#pragma once
// Clickable links, written as /Link annotations: a URI action or a destination, and the text
// a screen reader announces (/Contents, PDF/UA-1 7.18.1).
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include <qpdf/QPDFObjectHandle.hh>

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
  draw::ElementId element = draw::artifact;  // its Link structure element
};

// The Document's links where the plan shows them. Links on pages not shown, or to pages not
// shown, are left out.
std::vector<PlacedLink> place_links(const draw::Document& document, const PagePlan& plan);

// Adds the links to `pages` (the plan's pages, in order) and returns their annotations, in the
// order of `links`. `descriptions` are what each link says (its text), by link.
std::vector<QPDFObjectHandle> add_link_annotations(QPDF& pdf, const std::vector<QPDFObjectHandle>& pages,
                                                   const std::vector<PlacedLink>& links,
                                                   const std::vector<std::string>& descriptions, const PagePlan& plan);

// A URI as PDF wants it: 7-bit ASCII, anything else percent-encoded byte by byte (RFC 3987).
std::string ascii_uri(const std::string& uri);

}  // namespace exporter::pdf_digital
