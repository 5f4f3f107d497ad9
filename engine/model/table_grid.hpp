#pragma once
// A table's rows must fill its columns exactly once each, counting colspans and rowspans, or
// the layout would have to guess where a cell goes. The columns are the <col> elements, or,
// without them, the cells of the first row.
#include "model/blocks.hpp"
#include "util/diagnostics.hpp"

namespace model {

void check_table_grid(const Table& table, util::Diagnostics& diagnostics);

}  // namespace model
