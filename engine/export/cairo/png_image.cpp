#include "export/cairo/png_image.hpp"

#include "util/diagnostics.hpp"

namespace exporter::cairo {

Surface decode_png(const std::filesystem::path& file) {
  // Cairo's own loader (on libpng) already expands palettes, grey and 16-bit samples and
  // premultiplies alpha the way its surfaces need.
  Surface surface(cairo_image_surface_create_from_png(file.c_str()));
  const cairo_status_t status = cairo_surface_status(surface.get());
  if (status != CAIRO_STATUS_SUCCESS)
    util::fail({file.string()}, "cannot read PNG image " + file.string() + ": " + cairo_status_to_string(status));
  return surface;
}

}  // namespace exporter::cairo
