#pragma once
// Vector paths: fill (non-zero winding), stroke with width and dash, or both.
#include "draw/items.hpp"
#include "export/pdf/canvas.hpp"
#include "export/pdf/surface.hpp"

namespace exporter::pdf {

void paint_path(Canvas& canvas, const draw::Path& path, const PageSpace& space);

}  // namespace exporter::pdf
