#include "export/png/png_file.hpp"

#include <exception>
#include <string>

#include "util/atomic_file.hpp"
#include "util/diagnostics.hpp"

namespace exporter::png {

void write_png_atomically(cairo_surface_t* surface, const std::filesystem::path& target) {
  try {
    util::AtomicFile file(target);
    const cairo_status_t status = cairo_surface_write_to_png(surface, file.temp_path().c_str());
    if (status != CAIRO_STATUS_SUCCESS)
      util::fail({target.string()}, "cannot write " + target.string() + ": " + cairo_status_to_string(status));
    file.commit();
  } catch (const std::filesystem::filesystem_error& e) {
    util::fail({target.string()}, "cannot write " + target.string() + ": " + e.what());
  }
}

}  // namespace exporter::png
