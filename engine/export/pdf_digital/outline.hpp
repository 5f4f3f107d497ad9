#pragma once
// Bookmarks: the Document's outline entries as the PDF outline, nested by level.
#include <cairo.h>

#include <vector>

#include "draw/document.hpp"
#include "export/pdf_digital/page_plan.hpp"

namespace exporter::pdf_digital {

// Adds `entries` to Cairo's PDF surface. An entry nests under the closest preceding entry of a
// lower level (a level skipped, 1 → 3, nests one deeper, not two); level-1 entries open, so
// the viewer shows chapters with their sections. Entries on pages the plan does not show are
// left out. Returns how many were added.
int add_outline(cairo_surface_t* pdf_surface, const std::vector<draw::OutlineEntry>& entries,
                const PagePlan& plan);

}  // namespace exporter::pdf_digital
