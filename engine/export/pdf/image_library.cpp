#include "export/pdf/image_library.hpp"

#include <fstream>
#include <iterator>

#include "export/pdf/cmyk_jpeg_to_srgb.hpp"
#include "export/pdf/screen_png.hpp"
#include "export/pdf/jpeg_info.hpp"
#include "export/pdf/jpeg_pixels.hpp"
#include "export/pdf/png_pixels.hpp"
#include "export/pdf/srgb_profile.hpp"
#include "util/diagnostics.hpp"

namespace exporter::pdf {

using Object = QPDFObjectHandle;

namespace {

[[noreturn]] void image_error(const draw::ImageResource& image, const std::string& message) {
  util::fail({image.file.string(), 0, 0}, message);
}

std::string read_file(const draw::ImageResource& image) {
  std::ifstream in(image.file, std::ios::binary);
  if (!in) image_error(image, "cannot read image file");
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

Object image_dictionary(QPDF& pdf, const std::string& data, int width, int height, int bits, Object color_space) {
  Object image = Object::newStream(&pdf, data);
  Object dict = image.getDict();
  dict.replaceKey("/Type", Object::newName("/XObject"));
  dict.replaceKey("/Subtype", Object::newName("/Image"));
  dict.replaceKey("/Width", Object::newInteger(width));
  dict.replaceKey("/Height", Object::newInteger(height));
  dict.replaceKey("/BitsPerComponent", Object::newInteger(bits));
  dict.replaceKey("/ColorSpace", color_space);
  return image;
}

}  // namespace

ImageLibrary::ImageLibrary(QPDF& pdf, const std::vector<draw::ImageResource>& images, ImageSettings settings)
    : pdf_(pdf), images_(images), settings_(std::move(settings)) {}

Object ImageLibrary::xobject(draw::ImageId id) { return make(id).object; }

bool ImageLibrary::has_soft_mask(draw::ImageId id) { return make(id).soft_mask; }

const ImageLibrary::Made& ImageLibrary::make(draw::ImageId id) {
  auto found = made_.find(id);
  if (found != made_.end()) return found->second;
  if (id >= images_.size()) util::fail({}, "image " + std::to_string(id) + " is not in the document's image list");
  const draw::ImageResource& image = images_[id];
  Made made = image.format == draw::ImageFormat::jpeg ? jpeg(image) : png(id, image);
  return made_.emplace(id, made).first->second;
}

Object ImageLibrary::srgb_space() {
  if (srgb_space_.isInitialized()) return srgb_space_;
  // No /Alternate: it could only be /DeviceRGB, which has no place in a print file (and a
  // screen edition's viewer knows sRGB).
  Object profile = Object::newStream(&pdf_, srgb_profile(settings_.build_date));
  profile.getDict().replaceKey("/N", Object::newInteger(3));
  srgb_space_ = pdf_.makeIndirectObject(Object::newArray({Object::newName("/ICCBased"), profile}));
  return srgb_space_;
}

Object ImageLibrary::cmyk_image(const std::string& rgb, int width, int height) {
  if (!to_cmyk_) to_cmyk_.emplace(settings_.cmyk_profile, settings_.intent, settings_.black_point_compensation);
  // Left unfiltered here: QPDFWriter deflates every uncompressed stream.
  return image_dictionary(pdf_, to_cmyk_->convert(rgb), width, height, 8, Object::newName("/DeviceCMYK"));
}

ImageLibrary::Made ImageLibrary::jpeg(const draw::ImageResource& image) {
  std::string data = read_file(image);
  const auto info = read_jpeg_info(data);
  if (!info) image_error(image, "not a JPEG file, or one without a frame header");
  if (info->bits_per_component != 8) image_error(image, "JPEG with " + std::to_string(info->bits_per_component) + "-bit samples; print needs 8-bit");
  if (info->components == 3 && settings_.color == ColorPolicy::press_cmyk && settings_.convert_rgb) {
    const JpegPixels rgb = decode_jpeg(data, image.file);
    return {cmyk_image(rgb.samples, rgb.width, rgb.height), false};
  }
  if (info->components == 4 && settings_.color == ColorPolicy::screen_rgb) {
    // Screens have no CMYK: the photo is shown as the press will print it.
    const RgbPixels rgb = cmyk_jpeg_to_srgb(data, image.file, settings_.cmyk_profile);
    return {image_dictionary(pdf_, rgb.samples, rgb.width, rgb.height, 8, srgb_space()), false};
  }
  Object space;
  switch (info->components) {
    case 1: space = Object::newName("/DeviceGray"); break;
    case 3: space = srgb_space(); break;
    case 4: space = Object::newName("/DeviceCMYK"); break;
    default: image_error(image, "JPEG with " + std::to_string(info->components) + " colour components");
  }
  Object stream = image_dictionary(pdf_, "", info->width, info->height, 8, space);
  if (info->components == 4 && info->adobe_marker) {  // Photoshop's inverted CMYK
    Object decode = Object::newArray();
    for (int i = 0; i < 4; ++i) {
      decode.appendItem(Object::newInteger(1));
      decode.appendItem(Object::newInteger(0));
    }
    stream.getDict().replaceKey("/Decode", decode);
  }
  stream.replaceStreamData(data, Object::newName("/DCTDecode"), Object::newNull());
  return {stream, false};
}

ImageLibrary::Made ImageLibrary::png(draw::ImageId id, const draw::ImageResource& image) {
  if (settings_.color == ColorPolicy::screen_rgb) {
    const int max_width = id < settings_.max_width_px.size() ? settings_.max_width_px[id] : 0;
    const auto png = screen_png(image.file, max_width);
    auto flate = [&](const std::string& deflated, Object space) {
      Object stream = image_dictionary(pdf_, "", png->width, png->height, 8, space);
      stream.replaceStreamData(deflated, Object::newName("/FlateDecode"), Object::newNull());
      return stream;
    };
    Object stream = flate(png->deflated_samples, png->channels == 3 ? srgb_space() : Object::newName("/DeviceGray"));
    if (png->deflated_alpha.empty()) return {stream, false};
    stream.getDict().replaceKey("/SMask", flate(png->deflated_alpha, Object::newName("/DeviceGray")));
    return {stream, true};
  }
  const PngPixels pixels = decode_png(image.file);
  Object stream;
  if (pixels.channels == 3 && settings_.convert_rgb) {
    stream = cmyk_image(pixels.samples, pixels.width, pixels.height);
  } else {
    Object space = pixels.channels == 3 ? srgb_space() : Object::newName("/DeviceGray");
    // Left unfiltered here: QPDFWriter deflates every uncompressed stream.
    stream = image_dictionary(pdf_, pixels.samples, pixels.width, pixels.height, 8, space);
  }
  if (pixels.alpha.empty()) return {stream, false};
  Object mask = image_dictionary(pdf_, pixels.alpha, pixels.width, pixels.height, 8, Object::newName("/DeviceGray"));
  stream.getDict().replaceKey("/SMask", mask);
  return {stream, true};
}

}  // namespace exporter::pdf
