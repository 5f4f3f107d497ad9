#include "export/cairo/jpeg_image.hpp"

#include <bit>
#include <csetjmp>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <memory>
#include <vector>

#include <jpeglib.h>

#include "util/jpeg_reader.hpp"
#include "util/diagnostics.hpp"

#ifndef JCS_EXTENSIONS
#error "libjpeg-turbo is required: the decoder writes Cairo's pixel layout directly (JCS_EXT_*)"
#endif

namespace exporter::cairo {
namespace {

using Bytes = std::vector<unsigned char>;
using util::JpegReader;


// Cairo's RGB24 pixel is a native-endian 32-bit 0x??RRGGBB; libjpeg-turbo writes that layout
// straight into the surface's rows.
constexpr J_COLOR_SPACE cairo_rgb24_layout = std::endian::native == std::endian::little ? JCS_EXT_BGRX
                                                                                        : JCS_EXT_XRGB;

bool is_cmyk(J_COLOR_SPACE space) { return space == JCS_CMYK || space == JCS_YCCK; }

void convert_cmyk_row(const unsigned char* cmyk, int width, bool adobe_inverted, std::uint32_t* rgb) {
  for (int x = 0; x < width; ++x, cmyk += 4) {
    // Adobe's writers store 255 - value; then a stored byte is already "1 - ink".
    auto paper = [adobe_inverted](unsigned char v) { return adobe_inverted ? v : 255 - v; };
    const unsigned c = paper(cmyk[0]), m = paper(cmyk[1]), y = paper(cmyk[2]), k = paper(cmyk[3]);
    const std::uint32_t r = (c * k + 127) / 255, g = (m * k + 127) / 255, b = (y * k + 127) / 255;
    rgb[x] = 0xff000000u | r << 16 | g << 8 | b;
  }
}

// Decodes into `out`. Returns false, with reader.message set, when libjpeg reports an error.
// libjpeg leaves through longjmp, so this frame owns nothing: everything that needs cleaning up
// lives in the caller.
bool decode_into(JpegReader& reader, const Bytes& bytes, Surface& out, Bytes& cmyk_row) {
  if (setjmp(reader.on_error)) return false;
  jpeg_decompress_struct& info = reader.info;
  jpeg_create_decompress(&info);
  jpeg_mem_src(&info, bytes.data(), static_cast<unsigned long>(bytes.size()));
  jpeg_read_header(&info, TRUE);
  const bool cmyk = is_cmyk(info.jpeg_color_space);
  info.out_color_space = cmyk ? JCS_CMYK : cairo_rgb24_layout;
  jpeg_start_decompress(&info);

  const int width = static_cast<int>(info.output_width), height = static_cast<int>(info.output_height);
  out.reset(cairo_image_surface_create(CAIRO_FORMAT_RGB24, width, height));
  if (cairo_surface_status(out.get()) != CAIRO_STATUS_SUCCESS) return true;  // caller reports it
  unsigned char* pixels = cairo_image_surface_get_data(out.get());
  const int stride = cairo_image_surface_get_stride(out.get());
  if (cmyk) cmyk_row.resize(static_cast<std::size_t>(width) * 4);

  while (info.output_scanline < info.output_height) {
    unsigned char* target = pixels + static_cast<std::ptrdiff_t>(info.output_scanline) * stride;
    JSAMPROW row = cmyk ? cmyk_row.data() : target;
    jpeg_read_scanlines(&info, &row, 1);
    if (cmyk)
      convert_cmyk_row(cmyk_row.data(), width, info.saw_Adobe_marker,
                       reinterpret_cast<std::uint32_t*>(target));
  }
  jpeg_finish_decompress(&info);
  cairo_surface_mark_dirty(out.get());
  return true;
}

Bytes read_file(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) util::fail({file.string()}, "cannot read image " + file.string());
  return Bytes(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

}  // namespace

Surface decode_jpeg(const std::filesystem::path& file) {
  auto bytes = std::make_unique<Bytes>(read_file(file));
  JpegReader reader;
  Surface surface;
  Bytes cmyk_row;
  if (!decode_into(reader, *bytes, surface, cmyk_row))
    util::fail({file.string()}, "cannot decode JPEG " + file.string() + ": " + reader.message);
  check(cairo_surface_status(surface.get()), "cannot hold the pixels of " + file.string());

  if (!is_cmyk(reader.info.jpeg_color_space)) {
    // Ownership passes to Cairo, which frees the bytes with the surface. (Should Cairo fail to
    // allocate its own record, the bytes leak: better than freeing them twice.)
    Bytes* original = bytes.release();
    check(cairo_surface_set_mime_data(surface.get(), CAIRO_MIME_TYPE_JPEG, original->data(),
                                      static_cast<unsigned long>(original->size()),
                                      [](void* owned) { delete static_cast<Bytes*>(owned); }, original),
          "cannot attach the JPEG data of " + file.string());
  }
  return surface;
}

}  // namespace exporter::cairo
