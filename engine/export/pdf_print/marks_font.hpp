#pragma once
// The face printer's marks are set in: Noto Sans Regular, found through fontconfig and
// embedded as a subset like every other font.
#include "draw/items.hpp"

namespace exporter::pdf_print {

// Throws util::Failure when fontconfig finds no Noto Sans.
draw::FontFace marks_font_face();

}  // namespace exporter::pdf_print
