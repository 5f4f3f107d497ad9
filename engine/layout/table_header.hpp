#pragma once
// What a table repeats where it continues in a new column or page: "Table 2 (continued)" and
// its header rows, as artifacts (the header is read once, where the table starts).
#include <memory>
#include <string>
#include <vector>

#include "layout/galley.hpp"

namespace layout {

// "Table 2" and "(continued)" with a space between them, but none before a full-width bracket:
// "表2（続き）", not "表2 （続き）".
std::string continued_label(const std::string& label, const std::string& continued);

struct RepeatedHeader {
  std::shared_ptr<const std::vector<Box>> with_rows;     // the continued caption and the header rows
  std::shared_ptr<const std::vector<Box>> caption_only;  // for a table without header rows
  // What a body row starting a new column repeats above itself.
  std::shared_ptr<const std::vector<Box>> for_table(bool has_header_rows) const {
    return has_header_rows ? with_rows : caption_only;
  }
};

// `continued`: the continued caption's box; `header_rows`: the first box of each header row.
RepeatedHeader repeated_header(Box continued, const std::vector<const Box*>& header_rows);

}  // namespace layout
