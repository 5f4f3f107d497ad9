#pragma once
// Image XObjects, made once per image file on first use. JPEG passes through as DCTDecode;
// PNG is decoded and deflated, with its alpha as /SMask. RGB images are tagged with an sRGB
// ICC profile and separated by the RIP through the output intent (DESIGN.md, "Colour").
// For a press that takes CMYK only, RGB images are converted through the output profile
// (decoded once per document, JPEGs then deflated: no second lossy generation). For screens, CMYK JPEGs become sRGB through the print profile and PNGs lose the pixels a
// display cannot show.
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "draw/document.hpp"
#include "export/pdf/color_policy.hpp"
#include "export/pdf/rgb_to_cmyk.hpp"

namespace exporter::pdf {

struct ImageSettings {
  ColorPolicy color = ColorPolicy::press_cmyk;
  std::string build_date;        // ISO 8601, stamped into the sRGB profile
  // The output profile: screen, what CMYK images are converted from; press with
  // `convert_rgb`, what RGB images are converted into.
  std::string cmyk_profile;
  std::vector<int> max_width_px;  // screen: by ImageId, the widest a PNG needs to be; 0 = all
  bool convert_rgb = false;       // press: RGB images become DeviceCMYK
  draw::RenderingIntent intent = draw::RenderingIntent::relative_colorimetric;
  bool black_point_compensation = true;
};

class ImageLibrary {
 public:
  ImageLibrary(QPDF& pdf, const std::vector<draw::ImageResource>& images, ImageSettings settings);

  // Throws util::Failure naming the file when it cannot be read or is not what it claims.
  QPDFObjectHandle xobject(draw::ImageId id);
  // Whether the image carries a soft mask (its page then needs a CMYK transparency group).
  bool has_soft_mask(draw::ImageId id);

 private:
  struct Made {
    QPDFObjectHandle object;
    bool soft_mask = false;
  };
  const Made& make(draw::ImageId id);
  Made jpeg(const draw::ImageResource& image);
  Made png(draw::ImageId id, const draw::ImageResource& image);
  QPDFObjectHandle srgb_space();
  // Press with convert_rgb: `rgb` (pixels × 3) as a DeviceCMYK image, the converter made once.
  QPDFObjectHandle cmyk_image(const std::string& rgb, int width, int height);

  QPDF& pdf_;
  const std::vector<draw::ImageResource>& images_;
  ImageSettings settings_;
  std::map<draw::ImageId, Made> made_;
  QPDFObjectHandle srgb_space_;
  std::optional<RgbToCmyk> to_cmyk_;
};

}  // namespace exporter::pdf
