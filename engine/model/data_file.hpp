#pragma once
// Reads a publication's data file (<data> of <source>s and <indicator>s); findings go to
// `diagnostics` with file:line:col.
#include <filesystem>
#include <optional>

#include "model/data_set.hpp"
#include "util/diagnostics.hpp"

namespace model {

namespace xml { class XmlFile; }

// `file` is already read (through the publication's util::ContentRoot, so it lies inside it).
std::optional<DataSet> read_data_file(const xml::XmlFile& file, util::Diagnostics& diagnostics);

}  // namespace model
