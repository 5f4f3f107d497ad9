#include "export/pdf/cmyk_jpeg_to_srgb.hpp"

#include <csetjmp>
#include <cstdio>
#include <vector>

#include <jpeglib.h>
#include <lcms2.h>

#include "util/diagnostics.hpp"
#include "util/handle.hpp"

namespace exporter::pdf {
namespace {

// libjpeg reports errors through error_exit, which must not return: it jumps back to decode().
struct JpegReader {
  jpeg_decompress_struct info{};
  jpeg_error_mgr errors{};
  std::jmp_buf on_error{};
  char message[JMSG_LENGTH_MAX] = {};

  JpegReader() {
    info.err = jpeg_std_error(&errors);
    errors.error_exit = [](j_common_ptr common) {
      auto* reader = static_cast<JpegReader*>(common->client_data);
      common->err->format_message(common, reader->message);
      std::longjmp(reader->on_error, 1);
    };
    errors.output_message = [](j_common_ptr) {};
    info.client_data = this;
  }
  ~JpegReader() { jpeg_destroy_decompress(&info); }
  JpegReader(const JpegReader&) = delete;
  JpegReader& operator=(const JpegReader&) = delete;
};

// CMYK samples as ink amounts (0 = no ink), into `out`. This frame owns nothing, since libjpeg
// may leave it through longjmp; false with reader.message set on error.
bool decode(JpegReader& reader, const std::string& bytes, std::vector<unsigned char>& out, int& width, int& height) {
  if (setjmp(reader.on_error)) return false;
  jpeg_decompress_struct& info = reader.info;
  jpeg_create_decompress(&info);
  jpeg_mem_src(&info, reinterpret_cast<const unsigned char*>(bytes.data()), static_cast<unsigned long>(bytes.size()));
  jpeg_read_header(&info, TRUE);
  if (info.jpeg_color_space != JCS_CMYK && info.jpeg_color_space != JCS_YCCK) {
    std::snprintf(reader.message, sizeof reader.message, "not a CMYK JPEG");
    return false;
  }
  info.out_color_space = JCS_CMYK;
  jpeg_start_decompress(&info);
  width = static_cast<int>(info.output_width);
  height = static_cast<int>(info.output_height);
  out.resize(static_cast<std::size_t>(width) * height * 4);
  while (info.output_scanline < info.output_height) {
    JSAMPROW row = out.data() + static_cast<std::size_t>(info.output_scanline) * width * 4;
    jpeg_read_scanlines(&info, &row, 1);
  }
  jpeg_finish_decompress(&info);
  // Photoshop (APP14 "Adobe") stores 255 - ink; lcms2 wants ink.
  if (info.saw_Adobe_marker)
    for (unsigned char& v : out) v = static_cast<unsigned char>(255 - v);
  return true;
}

}  // namespace

RgbPixels cmyk_jpeg_to_srgb(const std::string& jpeg, const std::filesystem::path& file,
                            const std::string& cmyk_profile) {
  const util::SourceLocation where{file.string(), 0, 0};
  JpegReader reader;
  std::vector<unsigned char> cmyk;
  RgbPixels out;
  if (!decode(reader, jpeg, cmyk, out.width, out.height))
    util::fail(where, std::string("cannot decode the CMYK JPEG: ") + reader.message);

  util::Handle<void, cmsCloseProfile> source(
      cmsOpenProfileFromMem(cmyk_profile.data(), static_cast<cmsUInt32Number>(cmyk_profile.size())));
  util::Handle<void, cmsCloseProfile> srgb(cmsCreate_sRGBProfile());
  if (!source || !srgb) util::fail(where, "cannot open the CMYK profile to show this image on screens");
  // Relative colorimetric, as the print render and the RIP's proof show the photo.
  util::Handle<void, cmsDeleteTransform> transform(cmsCreateTransform(
      source.get(), TYPE_CMYK_8, srgb.get(), TYPE_RGB_8, INTENT_RELATIVE_COLORIMETRIC, cmsFLAGS_BLACKPOINTCOMPENSATION));
  if (!transform) util::fail(where, "lcms2 cannot convert this CMYK image to sRGB");
  out.samples.resize(static_cast<std::size_t>(out.width) * out.height * 3);
  cmsDoTransform(transform.get(), cmyk.data(), out.samples.data(), static_cast<cmsUInt32Number>(out.width) * out.height);
  return out;
}

}  // namespace exporter::pdf
