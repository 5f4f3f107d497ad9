#pragma once
// Reads and validates a layout definition (layouts/<id>.xml). Findings go into `diagnostics`
// with file:line:col; the function never throws for bad input.
#include <filesystem>
#include <optional>

#include "style/layout.hpp"
#include "util/diagnostics.hpp"

namespace style {

std::optional<Layout> read_layout(const std::filesystem::path& file, util::Diagnostics& diagnostics);

}  // namespace style
