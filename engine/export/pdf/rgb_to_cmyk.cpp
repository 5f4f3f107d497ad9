#include "export/pdf/rgb_to_cmyk.hpp"

#include <algorithm>

#include "util/diagnostics.hpp"

namespace exporter::pdf {

namespace {

cmsUInt32Number lcms_intent(draw::RenderingIntent intent) {
  switch (intent) {
    case draw::RenderingIntent::perceptual: return INTENT_PERCEPTUAL;
    case draw::RenderingIntent::relative_colorimetric: return INTENT_RELATIVE_COLORIMETRIC;
    case draw::RenderingIntent::saturation: return INTENT_SATURATION;
    case draw::RenderingIntent::absolute_colorimetric: return INTENT_ABSOLUTE_COLORIMETRIC;
  }
  return INTENT_RELATIVE_COLORIMETRIC;
}

}  // namespace

RgbToCmyk::RgbToCmyk(const std::string& cmyk_profile, draw::RenderingIntent intent, bool black_point_compensation) {
  util::Handle<void, cmsCloseProfile> srgb(cmsCreate_sRGBProfile());
  util::Handle<void, cmsCloseProfile> press(
      cmsOpenProfileFromMem(cmyk_profile.data(), static_cast<cmsUInt32Number>(cmyk_profile.size())));
  if (!srgb || !press || cmsGetColorSpace(press.get()) != cmsSigCmykData)
    util::fail({}, "the output profile is not a CMYK ICC profile lcms2 can read; RGB images cannot be converted to CMYK");
  transform_.reset(cmsCreateTransform(srgb.get(), TYPE_RGB_8, press.get(), TYPE_CMYK_8, lcms_intent(intent),
                                      black_point_compensation ? cmsFLAGS_BLACKPOINTCOMPENSATION : 0));
  if (!transform_) util::fail({}, "lcms2 cannot make a transform from sRGB to the output profile");
}

std::string RgbToCmyk::convert(const std::string& rgb) const {
  const std::size_t pixels = rgb.size() / 3;
  std::string cmyk(pixels * 4, '\0');
  // In slices, so one image never needs a second full-size buffer inside lcms2.
  constexpr std::size_t slice = 1 << 16;
  for (std::size_t done = 0; done < pixels; done += slice) {
    const std::size_t n = std::min(slice, pixels - done);
    cmsDoTransform(transform_.get(), rgb.data() + done * 3, cmyk.data() + done * 4, static_cast<cmsUInt32Number>(n));
  }
  return cmyk;
}

}  // namespace exporter::pdf
