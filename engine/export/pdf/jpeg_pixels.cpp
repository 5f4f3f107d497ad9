#include "export/pdf/jpeg_pixels.hpp"

#include <csetjmp>
#include <cstdio>

#include <jpeglib.h>

#include "util/jpeg_reader.hpp"
#include "util/diagnostics.hpp"

namespace exporter::pdf {
namespace {

using util::JpegReader;

// Samples into `out`, CMYK as ink amounts (0 = no ink). This frame owns nothing, since libjpeg
// may leave it through longjmp; false with reader.message set on error.
bool decode(JpegReader& reader, const std::string& bytes, JpegPixels& out) {
  if (setjmp(reader.on_error)) return false;
  jpeg_decompress_struct& info = reader.info;
  jpeg_create_decompress(&info);
  jpeg_mem_src(&info, reinterpret_cast<const unsigned char*>(bytes.data()), static_cast<unsigned long>(bytes.size()));
  jpeg_read_header(&info, TRUE);
  const bool cmyk = info.jpeg_color_space == JCS_CMYK || info.jpeg_color_space == JCS_YCCK;
  const bool gray = info.jpeg_color_space == JCS_GRAYSCALE;
  info.out_color_space = cmyk ? JCS_CMYK : gray ? JCS_GRAYSCALE : JCS_RGB;
  jpeg_start_decompress(&info);
  out.width = static_cast<int>(info.output_width);
  out.height = static_cast<int>(info.output_height);
  out.components = info.output_components;
  const std::size_t row_bytes = static_cast<std::size_t>(out.width) * out.components;
  out.samples.resize(row_bytes * out.height);
  while (info.output_scanline < info.output_height) {
    JSAMPROW row = reinterpret_cast<JSAMPROW>(out.samples.data()) + info.output_scanline * row_bytes;
    jpeg_read_scanlines(&info, &row, 1);
  }
  jpeg_finish_decompress(&info);
  // Photoshop (APP14 "Adobe") stores 255 - ink; lcms2 wants ink.
  if (cmyk && info.saw_Adobe_marker)
    for (char& v : out.samples) v = static_cast<char>(255 - static_cast<unsigned char>(v));
  return true;
}

}  // namespace

JpegPixels decode_jpeg(const std::string& jpeg, const std::filesystem::path& file) {
  JpegReader reader;
  JpegPixels out;
  if (!decode(reader, jpeg, out)) util::fail({file.string(), 0, 0}, std::string("cannot decode the JPEG: ") + reader.message);
  return out;
}

}  // namespace exporter::pdf
