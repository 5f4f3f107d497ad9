#include "export/cairo/cairo_handles.hpp"

#include "util/diagnostics.hpp"

namespace exporter::cairo {

void check(cairo_status_t status, const std::string& doing) {
  if (status != CAIRO_STATUS_SUCCESS) util::fail({}, doing + ": " + cairo_status_to_string(status));
}

}  // namespace exporter::cairo
