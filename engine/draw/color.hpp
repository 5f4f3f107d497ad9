#pragma once
// Colour as the designer and the printer agreed on it: named swatches with a CMYK value for
// print and an RGB value for screens. Items refer to swatches; exporters pick the side they need.
#include <cstdint>
#include <string>

namespace draw {

struct Cmyk {
  double c = 0, m = 0, y = 0, k = 0;  // 0..1
  double coverage() const { return c + m + y + k; }  // total area coverage, 0..4
};

struct Rgb {
  double r = 0, g = 0, b = 0;  // 0..1, sRGB
};

struct Swatch {
  std::string name;
  Cmyk cmyk;
  Rgb rgb;
  bool overprint = false;     // set for 100 % K body text: it must not knock out
  bool registration = false;  // the "All" separation used for printer's marks
  bool rgb_only = false;      // the layout gave no CMYK: fine on screen, a preflight error in print
  // Print only: the swatch (by name) that text smaller than the preflight's small-text size is
  // printed in instead, one ink that misregistration cannot blur; empty = none. Screens have
  // no plates and keep this swatch.
  std::string small_text{};
};

using SwatchId = std::uint16_t;

// A swatch at a tint (1 = solid).
struct Paint {
  SwatchId swatch = 0;
  double tint = 1.0;
  bool operator==(const Paint&) const = default;
};

}  // namespace draw
