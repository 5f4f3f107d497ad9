#pragma once
// The sRGB ICC profile (version 2.1) that tags RGB images (ICCBased colour space), made by
// lcms2.
#include <string>

namespace exporter::pdf {

// lcms2 stamps profiles with the current time; the header date is set to `build_date`
// (ISO 8601, as in Options) instead, so output stays byte-identical.
std::string srgb_profile(const std::string& build_date);

}  // namespace exporter::pdf
