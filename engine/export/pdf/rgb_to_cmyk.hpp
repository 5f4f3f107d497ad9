#pragma once
// RGB images for a press that takes CMYK only (the cmyk-only preflight profile): sRGB samples
// separated through the layout's output profile by lcms2, with the layout's rendering intent
// and black-point compensation. One transform serves every image of a document.
#include <string>

#include "draw/document.hpp"
#include <lcms2.h>

#include "util/handle.hpp"

namespace exporter::pdf {

class RgbToCmyk {
 public:
  // `cmyk_profile` holds the ICC profile's bytes. Throws util::Failure when lcms2 cannot use it.
  RgbToCmyk(const std::string& cmyk_profile, draw::RenderingIntent intent, bool black_point_compensation);

  // `rgb`: pixels × 3 bytes of sRGB; returns pixels × 4 bytes of ink (0 = none).
  std::string convert(const std::string& rgb) const;

 private:
  util::Handle<void, cmsDeleteTransform> transform_;
};

}  // namespace exporter::pdf
