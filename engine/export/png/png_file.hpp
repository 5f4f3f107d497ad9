#pragma once
// Writing a Cairo image surface as a PNG file, atomically.
#include <cairo.h>

#include <filesystem>

namespace exporter::png {

// Writes an opaque RGB24 `surface` (previews are paper, never transparent) as an 8-bit RGB
// PNG through a temporary beside `target`: a failed write leaves the previous file untouched.
// Throws util::Failure when libpng or the file system fails.
void write_png_atomically(cairo_surface_t* surface, const std::filesystem::path& target);

}  // namespace exporter::png
