#include "preflight/output_profile_ink.hpp"

#include <lcms2.h>

#include <algorithm>
#include <vector>

#include "util/handle.hpp"

namespace preflight {

std::optional<double> output_profile_max_ink(const std::filesystem::path& icc) {
  util::Handle<void, cmsCloseProfile> press(cmsOpenProfileFromFile(icc.c_str(), "r"));
  if (!press || cmsGetColorSpace(press.get()) != cmsSigCmykData) return std::nullopt;
  util::Handle<void, cmsCloseProfile> lab(cmsCreateLab4Profile(nullptr));
  util::Handle<void, cmsDeleteTransform> separate(cmsCreateTransform(
      lab.get(), TYPE_Lab_DBL, press.get(), TYPE_CMYK_DBL, INTENT_RELATIVE_COLORIMETRIC, cmsFLAGS_NOCACHE));
  if (!separate) return std::nullopt;
  // The heaviest separations are the darkest colours: L* 0–30, a* and b* across the gamut.
  std::vector<cmsCIELab> colours;
  for (double l = 0; l <= 30; l += 5)
    for (double a = -80; a <= 80; a += 20)
      for (double b = -80; b <= 80; b += 20) colours.push_back({l, a, b});
  std::vector<double> cmyk(colours.size() * 4);
  cmsDoTransform(separate.get(), colours.data(), cmyk.data(), static_cast<cmsUInt32Number>(colours.size()));
  double most = 0;
  for (std::size_t i = 0; i < colours.size(); ++i)
    most = std::max(most, cmyk[4 * i] + cmyk[4 * i + 1] + cmyk[4 * i + 2] + cmyk[4 * i + 3]);
  return most / 100;  // lcms2's CMYK doubles run 0–100
}

}  // namespace preflight
