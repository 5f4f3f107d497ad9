#include "export/png/png_file.hpp"

#include <png.h>

#include <bit>
#include <cstdio>
#include <string>

#include "util/atomic_file.hpp"
#include "util/diagnostics.hpp"
#include "util/handle.hpp"

namespace exporter::png {
namespace {

// PNG encoding, not painting, dominates preview time. Measured on a dense CJK text page at
// 72 dpi: zlib level 3 with libpng's adaptive filters wrote 256 KB in 26 ms where Cairo's own
// writer (level 6) took 45 ms for 391 KB. The "sub" filter alone then saved another fifth of
// the time for the sample handbook's previews (6.6 → 5.3 s for 148 pages with their digital
// PDFs) at the same total size; filter "none" was smaller on text but loses on photographs.
constexpr int compression_level = 3;

// libpng reports errors through a callback that must not return; it jumps back to the encoder.
struct PngWriter {
  png_structp png = nullptr;
  png_infop info = nullptr;
  std::string message;

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
  if (setjmp(png_jmpbuf(writer.png))) return false;
  const int width = cairo_image_surface_get_width(surface), height = cairo_image_surface_get_height(surface);
  png_init_io(writer.png, file);
  png_set_IHDR(writer.png, writer.info, static_cast<png_uint_32>(width), static_cast<png_uint_32>(height), 8,
               PNG_COLOR_TYPE_RGB, PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
  png_set_compression_level(writer.png, compression_level);
  png_set_filter(writer.png, 0, PNG_FILTER_SUB);
  png_write_info(writer.png, writer.info);
  // A Cairo RGB24 pixel is a native-endian 0x??RRGGBB word: in memory B G R ? on little-endian
  // machines, ? R G B on big-endian ones. libpng reorders it and drops the unused byte.
  if constexpr (std::endian::native == std::endian::little) {
    png_set_bgr(writer.png);
    png_set_filler(writer.png, 0, PNG_FILLER_AFTER);
  } else {
    png_set_filler(writer.png, 0, PNG_FILLER_BEFORE);
  }
  const unsigned char* pixels = cairo_image_surface_get_data(surface);
  const int stride = cairo_image_surface_get_stride(surface);
  for (int y = 0; y < height; ++y) png_write_row(writer.png, pixels + static_cast<std::ptrdiff_t>(y) * stride);
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
