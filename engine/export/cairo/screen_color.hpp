#pragma once
// The colour a Paint shows on screen: the swatch's RGB value at its tint on white paper.
#include "draw/color.hpp"

namespace exporter::cairo {

// A tint lets the paper show through, so each channel moves toward white as the tint drops:
// 50 % of (0, 0.33, 0.53) is (0.5, 0.665, 0.765). Tints outside 0..1 are clamped.
draw::Rgb screen_color(const draw::Swatch& swatch, double tint);

}  // namespace exporter::cairo
