#pragma once
// The digital edition as Cairo's PDF surface writes it: pages, fonts, images, page labels,
// bookmarks and document information.
#include <string>

#include "draw/document.hpp"
#include "export/pdf_digital/page_plan.hpp"

namespace exporter::pdf_digital {

struct RenderOptions {
  std::string build_date;    // ISO 8601, for the creation and modification dates
  bool fold_guides = false;  // dashed fold lines on sheets
};

// Renders the plan's pages into PDF bytes. Throws util::Failure when a font or image cannot
// be read or Cairo fails.
std::string render_with_cairo(const draw::Document& document, const PagePlan& plan, const RenderOptions& options);

}  // namespace exporter::pdf_digital
