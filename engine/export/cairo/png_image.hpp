#pragma once
// PNG files decoded for Cairo.
#include <filesystem>

#include "export/cairo/cairo_handles.hpp"

namespace exporter::cairo {

// Decodes a PNG (any bit depth and colour type, with or without alpha) into an ARGB32 or
// RGB24 image surface. Throws util::Failure naming the file when it cannot be read.
Surface decode_png(const std::filesystem::path& file);

}  // namespace exporter::cairo
