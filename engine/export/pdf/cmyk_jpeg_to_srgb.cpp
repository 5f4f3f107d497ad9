#include "export/pdf/cmyk_jpeg_to_srgb.hpp"

#include <lcms2.h>

#include "export/pdf/jpeg_pixels.hpp"
#include "util/diagnostics.hpp"
#include "util/handle.hpp"

namespace exporter::pdf {

RgbPixels cmyk_jpeg_to_srgb(const std::string& jpeg, const std::filesystem::path& file,
                            const std::string& cmyk_profile) {
  const util::SourceLocation where{file.string(), 0, 0};
  const JpegPixels cmyk = decode_jpeg(jpeg, file);
  if (cmyk.components != 4) util::fail(where, "not a CMYK JPEG");
  RgbPixels out;
  out.width = cmyk.width;
  out.height = cmyk.height;

  util::Handle<void, cmsCloseProfile> source(
      cmsOpenProfileFromMem(cmyk_profile.data(), static_cast<cmsUInt32Number>(cmyk_profile.size())));
  util::Handle<void, cmsCloseProfile> srgb(cmsCreate_sRGBProfile());
  if (!source || !srgb) util::fail(where, "cannot open the CMYK profile to show this image on screens");
  // Relative colorimetric, as the print render and the RIP's proof show the photo.
  util::Handle<void, cmsDeleteTransform> transform(cmsCreateTransform(
      source.get(), TYPE_CMYK_8, srgb.get(), TYPE_RGB_8, INTENT_RELATIVE_COLORIMETRIC, cmsFLAGS_BLACKPOINTCOMPENSATION));
  if (!transform) util::fail(where, "lcms2 cannot convert this CMYK image to sRGB");
  out.samples.resize(static_cast<std::size_t>(out.width) * out.height * 3);
  cmsDoTransform(transform.get(), cmyk.samples.data(), out.samples.data(), static_cast<cmsUInt32Number>(out.width) * out.height);
  return out;
}

}  // namespace exporter::pdf
