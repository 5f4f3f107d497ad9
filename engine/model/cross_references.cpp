#include "model/cross_references.hpp"

#include <string_view>

#include "util/suggest.hpp"

namespace model {

void CrossReferences::define(const std::string& id, const util::SourceLocation& where,
                             util::Diagnostics& diagnostics) {
  auto [first, inserted] = ids_.try_emplace(id, where);
  if (!inserted)
    diagnostics.error(where, "duplicate id \"" + id + "\"; first defined at " +
                                 first->second.str() + "; ids must be unique in a publication");
}

void CrossReferences::refer(std::string id, util::SourceLocation where) {
  links_.emplace_back(std::move(id), std::move(where));
}

void CrossReferences::check_links(util::Diagnostics& diagnostics) const {
  std::vector<std::string_view> known;
  known.reserve(ids_.size());
  for (const auto& [id, where] : ids_) known.push_back(id);
  for (const auto& [id, where] : links_) {
    if (ids_.contains(id)) continue;
    std::string message = "the link to #" + id + " leads nowhere: no section, table or figure has id=\"" + id + "\"";
    if (auto guess = util::closest_name(id, known)) message += " (did you mean #" + *guess + "?)";
    diagnostics.error(where, message);
  }
}

}  // namespace model
