#pragma once
// What Cairo 1.16 cannot write, added with libqpdf: the catalog's /Lang, viewer preferences,
// page labels, link annotations, and a deterministic /ID.
#include <string>
#include <vector>

#include "export/pdf_digital/link_annotations.hpp"
#include "export/pdf_digital/page_plan.hpp"

namespace exporter::pdf_digital {

struct Finishing {
  std::string language;          // BCP 47, for /Lang (screen readers, hyphenation when reflowing)
  bool open_bookmarks = false;   // open the viewer with the bookmarks panel shown
  std::vector<PlacedLink> links;
};

// Reads Cairo's `pdf`, adds `finishing` and returns the finished file. Throws util::Failure when
// qpdf finds Cairo's output damaged.
std::string finish_pdf(const std::string& pdf, const Finishing& finishing, const PagePlan& plan);

}  // namespace exporter::pdf_digital
