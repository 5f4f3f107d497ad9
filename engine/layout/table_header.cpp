#include "layout/table_header.hpp"

#include "util/utf8.hpp"

namespace layout {

std::string continued_label(const std::string& label, const std::string& continued) {
  std::size_t at = 0;
  const char32_t first = continued.empty() ? 0 : util::next_code_point(continued, at);
  const bool full_width = (first >= 0x3000 && first <= 0x303F) || (first >= 0xFF00 && first <= 0xFFEF);
  return label + (full_width ? "" : " ") + continued;
}

RepeatedHeader repeated_header(Box continued, const std::vector<const Box*>& header_rows) {
  auto repeated = std::make_shared<std::vector<Box>>();
  repeated->push_back(std::move(continued));
  // Repeated headers are read once, where the table starts: their copies are artifacts.
  for (const Box* row : header_rows) {
    repeated->push_back(*row);
    for (draw::Item& item : repeated->back().items) item.element = draw::artifact;
    for (draw::Link& link : repeated->back().links) link.element = draw::artifact;
  }
  auto caption_only = std::make_shared<std::vector<Box>>(repeated->begin(), repeated->begin() + 1);
  return {std::move(repeated), std::move(caption_only)};
}

}  // namespace layout
