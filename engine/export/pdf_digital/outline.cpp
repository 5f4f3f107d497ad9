#include "export/pdf_digital/outline.hpp"

#include <cairo-pdf.h>

#include <charconv>
#include <string>

namespace exporter::pdf_digital {
namespace {

// Shortest exact decimal, always with '.', whatever the C locale says.
std::string number(double v) {
  char buffer[32];
  auto [end, error] = std::to_chars(buffer, buffer + sizeof buffer, v);
  return error == std::errc{} ? std::string(buffer, end) : "0";
}

// Cairo's internal destination: a 1-based page and a point in that page's user space (y down;
// Cairo turns it into PDF coordinates).
std::string destination(const PageLocation& where, double y) {
  return "page=" + std::to_string(where.pdf_page + 1) + " pos=[" + number(where.origin.x) + " " +
         number(where.origin.y + y) + "]";
}

struct OpenEntry {
  int level;
  int id;
};

}  // namespace

int add_outline(cairo_surface_t* pdf_surface, const std::vector<draw::OutlineEntry>& entries,
                const PagePlan& plan) {
  std::vector<OpenEntry> ancestors;  // the chain from the root to the last entry added
  int added = 0;
  for (const draw::OutlineEntry& entry : entries) {
    if (entry.page < 0 || static_cast<std::size_t>(entry.page) >= plan.locations.size()) continue;
    const auto& where = plan.locations[static_cast<std::size_t>(entry.page)];
    if (!where) continue;
    while (!ancestors.empty() && ancestors.back().level >= entry.level) ancestors.pop_back();
    const int parent = ancestors.empty() ? CAIRO_PDF_OUTLINE_ROOT : ancestors.back().id;
    const auto flags = entry.level <= 1 ? CAIRO_PDF_OUTLINE_FLAG_OPEN : cairo_pdf_outline_flags_t{};
    const int id = cairo_pdf_surface_add_outline(pdf_surface, parent, entry.title.c_str(),
                                                 destination(*where, entry.y).c_str(), flags);
    ancestors.push_back({entry.level, id});
    ++added;
  }
  return added;
}

}  // namespace exporter::pdf_digital
