#pragma once
// Images scaled into their rectangle on the page.
#include "draw/items.hpp"
#include "export/pdf_print/canvas.hpp"
#include "export/pdf_print/surface.hpp"

namespace exporter::pdf_print {

void paint_image(Canvas& canvas, const draw::ImagePlacement& placement, const PageSpace& space);

}  // namespace exporter::pdf_print
