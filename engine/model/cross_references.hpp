#pragma once
// Ids of sections, tables and figures, and the internal links (`<a href="#id">`) that point at
// them. A second definition of an id, or a link that meets no id, is an error.
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "util/diagnostics.hpp"

namespace model {

class CrossReferences {
 public:
  void define(const std::string& id, const util::SourceLocation& where,
              util::Diagnostics& diagnostics);
  void refer(std::string id, util::SourceLocation where);
  // Once the whole publication is read: every link must meet an id.
  void check_links(util::Diagnostics& diagnostics) const;

 private:
  std::unordered_map<std::string, util::SourceLocation> ids_;
  std::vector<std::pair<std::string, util::SourceLocation>> links_;
};

}  // namespace model
