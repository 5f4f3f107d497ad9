#pragma once
// Fewer pixels for screens: a picture placed 8 cm wide needs no 600 ppi on a display.
#include "export/pdf/png_pixels.hpp"

namespace exporter::pdf {

// `pixels` scaled down to `width` pixels (the height in proportion), each new pixel the mean of
// the pixels it covers; unchanged when it is not wider than that.
PngPixels downsample(const PngPixels& pixels, int width);

}  // namespace exporter::pdf
