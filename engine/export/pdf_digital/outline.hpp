#pragma once
// Bookmarks: the Document's outline entries as the PDF outline (ISO 32000-1 12.3.3), nested by
// level.
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>

#include <vector>

#include "draw/document.hpp"
#include "export/pdf_digital/page_plan.hpp"

namespace exporter::pdf_digital {

// Sets /Outlines on the catalog of `pdf`, whose pages are `pages` (the plan's, in order). An
// entry nests under the closest preceding entry of a lower level (a level skipped, 1 → 3, nests
// one deeper, not two); level-1 entries are open, so the viewer shows chapters with their
// sections, and the root's /Count is the number of entries then visible. Entries on pages the
// plan does not show are left out. Returns how many were written.
int add_outline(QPDF& pdf, const std::vector<QPDFObjectHandle>& pages, const std::vector<draw::OutlineEntry>& entries,
                const PagePlan& plan);

}  // namespace exporter::pdf_digital
