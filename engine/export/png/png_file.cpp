#include "export/png/png_file.hpp"

#include <png.h>

#include <cstdint>
#include <cstdio>
#include <string>
#include <vector>

#include "util/atomic_file.hpp"
#include "util/diagnostics.hpp"
#include "util/handle.hpp"

namespace exporter::png {
namespace {

// PNG encoding is the larger half of preview time. Measured on the 196 previews and contact
// sheets of the samples (re-encoded in one process, best of three, CPU seconds on the 2-core
// machine): zlib level 3 with the "sub" filter 1.18 s for 15.8 MB; level 2 with no filter
// 0.78 s for 13.5 MB; level 1 0.76 s for 14.1 MB, level 3 0.89 s for 13.0 MB; libdeflate
// was no faster. Previews are flat paper and anti-aliased text, which LZ77 matches better
// unfiltered; a photograph grows, but the pages and sheets as a whole shrink.
constexpr int compression_level = 2;

// libpng reports errors through a callback that must not return; it jumps back to the encoder.
struct PngWriter {
  png_structp png = nullptr;
  png_infop info = nullptr;
  std::string message;
  std::vector<png_byte> row;  // one row packed as R G B

  PngWriter() {
    png = png_create_write_struct(PNG_LIBPNG_VER_STRING, this, on_error, [](png_structp, png_const_charp) {});
    if (png) info = png_create_info_struct(png);
  }
  ~PngWriter() { png_destroy_write_struct(&png, &info); }
  PngWriter(const PngWriter&) = delete;
  PngWriter& operator=(const PngWriter&) = delete;

  static void on_error(png_structp png, png_const_charp text) {
    static_cast<PngWriter*>(png_get_error_ptr(png))->message = text;
    png_longjmp(png, 1);
  }
};

// Encodes the surface's rows. Returns false, with writer.message set, when libpng fails. libpng
// leaves through longjmp, so this frame owns nothing.
bool encode(PngWriter& writer, cairo_surface_t* surface, FILE* file) {
  const int width = cairo_image_surface_get_width(surface), height = cairo_image_surface_get_height(surface);
  writer.row.resize(3 * static_cast<std::size_t>(width));
  if (setjmp(png_jmpbuf(writer.png))) return false;
  png_init_io(writer.png, file);
  png_set_IHDR(writer.png, writer.info, static_cast<png_uint_32>(width), static_cast<png_uint_32>(height), 8,
               PNG_COLOR_TYPE_RGB, PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
  png_set_compression_level(writer.png, compression_level);
  png_set_filter(writer.png, 0, PNG_FILTER_NONE);
  png_write_info(writer.png, writer.info);
  // A Cairo RGB24 pixel is a native-endian 0x??RRGGBB word: reading it as a word and packing
  // R G B here is cheaper than libpng's byte-swapping and filler transforms, on any byte order.
  const unsigned char* pixels = cairo_image_surface_get_data(surface);
  const int stride = cairo_image_surface_get_stride(surface);
  for (int y = 0; y < height; ++y) {
    const auto* words = reinterpret_cast<const std::uint32_t*>(pixels + static_cast<std::ptrdiff_t>(y) * stride);
    png_byte* out = writer.row.data();
    for (int x = 0; x < width; ++x, out += 3) {
      out[0] = static_cast<png_byte>(words[x] >> 16);
      out[1] = static_cast<png_byte>(words[x] >> 8);
      out[2] = static_cast<png_byte>(words[x]);
    }
    png_write_row(writer.png, writer.row.data());
  }
  png_write_end(writer.png, nullptr);
  return true;
}

}  // namespace

void write_png_atomically(cairo_surface_t* surface, const std::filesystem::path& target) {
  if (cairo_image_surface_get_format(surface) != CAIRO_FORMAT_RGB24)
    util::fail({target.string()}, "cannot write " + target.string() + ": previews must be opaque RGB24 images");
  cairo_surface_flush(surface);
  try {
    util::AtomicFile file(target);
    {
      util::Handle<FILE, std::fclose> out(std::fopen(file.temp_path().c_str(), "wb"));
      if (!out) util::fail({target.string()}, "cannot create " + file.temp_path().string());
      PngWriter writer;
      if (!writer.info) util::fail({target.string()}, "cannot write " + target.string() + ": libpng is out of memory");
      if (!encode(writer, surface, out.get()))
        util::fail({target.string()}, "cannot write " + target.string() + ": " + writer.message);
      // Errors such as a full disk may only surface when the buffered bytes are written out.
      if (std::fflush(out.get()) != 0 || std::ferror(out.get()) != 0)
        util::fail({target.string()}, "cannot write " + target.string() + ": the file system refused the data");
    }
    file.commit();
  } catch (const std::filesystem::filesystem_error& e) {
    util::fail({target.string()}, "cannot write " + target.string() + ": " + e.what());
  }
}

}  // namespace exporter::png
