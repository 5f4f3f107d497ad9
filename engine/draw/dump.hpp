#pragma once
// A stable, line-oriented text form of a Document for tests and for `brochure build --dump`.
// Coordinates are rounded to 0.01 pt and font files are named without their folder, so a dump
// is the same on every machine with the same fonts.
#include <string>

#include "draw/document.hpp"

namespace draw {

struct DumpOptions {
  bool glyphs = false;  // list every glyph id and position, not only the run's text
};

std::string dump(const Document& document, DumpOptions options = {});

}  // namespace draw
