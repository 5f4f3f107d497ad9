#pragma once
// Images scaled into their rectangle on the page.
#include "draw/items.hpp"
#include "export/pdf/canvas.hpp"
#include "export/pdf/surface.hpp"

namespace exporter::pdf {

void paint_image(Canvas& canvas, const draw::ImagePlacement& placement, const PageSpace& space);

}  // namespace exporter::pdf
