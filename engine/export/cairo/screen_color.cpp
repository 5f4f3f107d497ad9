#include "export/cairo/screen_color.hpp"

#include <algorithm>

namespace exporter::cairo {

draw::Rgb screen_color(const draw::Swatch& swatch, double tint) {
  const double t = std::clamp(tint, 0.0, 1.0);
  auto on_paper = [t](double channel) { return 1.0 - t * (1.0 - channel); };
  return {on_paper(swatch.rgb.r), on_paper(swatch.rgb.g), on_paper(swatch.rgb.b)};
}

}  // namespace exporter::cairo
