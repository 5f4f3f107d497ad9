#include "export/pdf_digital/page_plan.hpp"

#include "draw/page_label.hpp"

namespace exporter::pdf_digital {
namespace {

PagePlan page_by_page(const draw::Document& document) {
  PagePlan plan;
  for (std::size_t i = 0; i < document.pages.size(); ++i) {
    const draw::Page& page = document.pages[i];
    plan.pdf_pages.push_back({PdfPage::Shows::page, i, page.width, page.height,
                              draw::page_label(document, i)});
    plan.locations.push_back(PageLocation{i, {0, 0}});
  }
  return plan;
}

PagePlan sheet_by_sheet(const draw::Document& document) {
  PagePlan plan;
  plan.locations.resize(document.pages.size());
  for (std::size_t i = 0; i < document.sheets.size(); ++i) {
    const draw::Sheet& sheet = document.sheets[i];
    const std::string label = sheet.name.empty() ? "sheet " + std::to_string(i + 1) : sheet.name;
    plan.pdf_pages.push_back({PdfPage::Shows::sheet, i, sheet.width, sheet.height, label});
    for (const draw::Placement& placement : sheet.placements) {
      auto& location = plan.locations.at(static_cast<std::size_t>(placement.page));
      if (!location) location = PageLocation{i, placement.origin};  // first placement wins
    }
  }
  return plan;
}

}  // namespace

PagePlan plan_pages(const draw::Document& document, bool spreads) {
  return spreads && !document.sheets.empty() ? sheet_by_sheet(document) : page_by_page(document);
}

}  // namespace exporter::pdf_digital
