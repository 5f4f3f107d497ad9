#pragma once
// The PDF objects of one embedded font: a Type0 font with Identity-H encoding over a CIDFont,
// its FontDescriptor, the font program and the ToUnicode map.
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>

#include "export/pdf/font_subset.hpp"
#include "export/pdf/glyph_usage.hpp"

namespace exporter::pdf {

// Returns the indirect Type0 font dictionary.
QPDFObjectHandle make_type0_font(QPDF& pdf, const SubsetFont& font, const GlyphUsage& usage);

}  // namespace exporter::pdf
