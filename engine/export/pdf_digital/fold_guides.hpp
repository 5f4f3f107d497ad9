#pragma once
// Dashed grey lines where a proof sheet folds, so the reader of a spread sees the panels.
#include <vector>

#include "draw/document.hpp"

namespace exporter::pdf_digital {

// Items in the sheet's coordinates, painted in `guide` (a grey swatch of the writer's).
std::vector<draw::Item> fold_guides(const draw::Document& document, const draw::Sheet& sheet, draw::SwatchId guide);

// The guides' grey, for the writer's swatch list.
draw::Swatch fold_guide_swatch();

}  // namespace exporter::pdf_digital
