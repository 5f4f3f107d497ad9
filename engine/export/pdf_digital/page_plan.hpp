#pragma once
// Which PDF page shows what: one per document page, or, for proofs, one per press sheet with
// the pages placed on it. Links and bookmarks find their targets through the plan.
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "draw/document.hpp"

namespace exporter::pdf_digital {

struct PdfPage {
  enum class Shows { page, sheet };
  Shows shows = Shows::page;
  std::size_t index = 0;  // into Document::pages or Document::sheets
  double width = 0, height = 0;
  std::string label;      // for the viewer's page box
};

// Where a document page appears: on which PDF page, with its trim's top-left at `origin`.
struct PageLocation {
  std::size_t pdf_page = 0;
  draw::Point origin;
};

struct PagePlan {
  std::vector<PdfPage> pdf_pages;
  std::vector<std::optional<PageLocation>> locations;  // by document page; none when not shown
};

// Pages at their trim size; with `spreads`, the document's sheets at the sheet size (a document
// without sheets is shown page by page all the same).
PagePlan plan_pages(const draw::Document& document, bool spreads);

}  // namespace exporter::pdf_digital
