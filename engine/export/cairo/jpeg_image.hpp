#pragma once
// JPEG files decoded for Cairo with libjpeg-turbo.
#include <filesystem>

#include "export/cairo/cairo_handles.hpp"

namespace exporter::cairo {

// Decodes a grey, RGB or CMYK JPEG into an RGB24 image surface. CMYK is converted naively
// (no ICC profile: the digital edition is a screen proof), honouring Adobe's inverted storage.
// Grey and RGB files also carry their original bytes as CAIRO_MIME_TYPE_JPEG, so Cairo's PDF
// surface embeds them unchanged (DCTDecode) instead of re-compressing the pixels.
// Throws util::Failure naming the file when it cannot be read or decoded.
Surface decode_jpeg(const std::filesystem::path& file);

}  // namespace exporter::cairo
