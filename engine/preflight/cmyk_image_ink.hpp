#pragma once
// The largest total ink of any pixel of a CMYK JPEG, decoded with qpdf's DCT decoder.
#include <optional>

#include "draw/document.hpp"

namespace preflight {

// 0..4 (4 = 400 %); nullopt when the file cannot be read or decoded as four-component JPEG.
// Adobe-inverted files (ImageResource::adobe_inverted_cmyk) are read the way a RIP reads them.
std::optional<double> max_cmyk_image_ink(const draw::ImageResource& image);

}  // namespace preflight
