#pragma once
// Figures that give way: a figure too tall for the rest of a column goes to the top of the next
// column, and the text after it moves up to fill the hole it would have left.
#include "layout/chapter_ends.hpp"
#include "layout/galley.hpp"

namespace layout {

// Moves floating figures past the text that fits into the hole above them, wherever the flow
// leaves more than `max_hole` at a column's foot before a figure. Returns how many moved.
int fill_float_holes(Galley& galley, double max_hole, const Pour& pour);

}  // namespace layout
