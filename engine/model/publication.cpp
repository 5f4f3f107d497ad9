#include "model/publication.hpp"

#include <algorithm>

namespace model {

bool Publication::declares(std::string_view lang) const {
  return std::find(languages.begin(), languages.end(), lang) != languages.end();
}

const char* kind_name(Kind kind) {
  switch (kind) {
    case Kind::handbook: return "handbook";
    case Kind::leaflet: return "leaflet";
    case Kind::flyer: return "flyer";
    case Kind::infographic: return "infographic";
  }
  return "handbook";
}

const SourceLocation& Block::where() const {
  return std::visit([](const auto& n) -> const SourceLocation& { return n.where; }, node);
}

}  // namespace model
