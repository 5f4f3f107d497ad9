#pragma once
// The name a structure role has in PDF: the standard structure types of ISO 32000-1 14.8.4.
#include <string>

#include "draw/structure.hpp"

namespace exporter::pdf {

// "/P", "/H1", "/TH", …
std::string structure_type(draw::Role role);

}  // namespace exporter::pdf
