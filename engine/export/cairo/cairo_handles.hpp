#pragma once
// Owning handles for the Cairo objects the exporters create, and a check that turns a Cairo
// error state into a util::Failure naming what was being done.
#include <cairo.h>

#include <string>

#include "util/handle.hpp"

namespace exporter::cairo {

using Context = util::Handle<cairo_t, cairo_destroy>;
using Surface = util::Handle<cairo_surface_t, cairo_surface_destroy>;
using FontFace = util::Handle<cairo_font_face_t, cairo_font_face_destroy>;
using FontOptions = util::Handle<cairo_font_options_t, cairo_font_options_destroy>;

// Throws util::Failure("<doing>: <Cairo's message>") unless `status` is CAIRO_STATUS_SUCCESS.
// Cairo records the first error in the object and ignores later calls, so one check after a
// sequence of calls is enough.
void check(cairo_status_t status, const std::string& doing);

}  // namespace exporter::cairo
