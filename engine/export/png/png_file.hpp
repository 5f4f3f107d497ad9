#pragma once
// Writing a Cairo image surface as a PNG file, atomically.
#include <cairo.h>

#include <filesystem>

namespace exporter::png {

// Writes `surface` to `target` through a temporary beside it: a failed write leaves the
// previous file untouched. Throws util::Failure when Cairo or the file system fails.
void write_png_atomically(cairo_surface_t* surface, const std::filesystem::path& target);

}  // namespace exporter::png
