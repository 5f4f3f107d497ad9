#pragma once
// Fold lines drawn on a proof of a press sheet: thin dashed lines, so the designer sees where
// panels fold without mistaking them for artwork.
#include <cairo.h>

#include "draw/document.hpp"

namespace exporter::cairo {

// Draws the sheet's folds and the folds of each page placed on it, across their full height.
void draw_fold_guides(cairo_t* cr, const draw::Document& document, const draw::Sheet& sheet);

}  // namespace exporter::cairo
