#include "layout/image_probe.hpp"

#include <jpeglib.h>
#include <png.h>

#include <csetjmp>
#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

#include "util/handle.hpp"

namespace layout {
namespace {

using File = util::Handle<std::FILE, std::fclose>;

// libpng reports errors through a callback that must not return: keep the message, jump back.
struct PngError {
  std::string message;
};

void on_png_error(png_structp png, png_const_charp message) {
  static_cast<PngError*>(png_get_error_ptr(png))->message = message;
  png_longjmp(png, 1);
}

// Decodes every row, one row's memory at a time, and the chunks after the image data. Kept out of
// probe_png so that no object of that function is created between its setjmp and a longjmp.
bool decode_png_rows(png_structp png, png_bytep row, png_uint_32 height) {
  if (setjmp(png_jmpbuf(png))) return false;
  const int passes = png_set_interlace_handling(png);
  for (int pass = 0; pass < passes; ++pass)
    for (png_uint_32 y = 0; y < height; ++y) png_read_row(png, row, nullptr);
  png_read_end(png, nullptr);
  return true;
}

std::optional<draw::ImageResource> probe_png(std::FILE* f, const std::filesystem::path& file, std::string& problem) {
  PngError error;
  png_structp png = png_create_read_struct(PNG_LIBPNG_VER_STRING, &error, on_png_error, [](png_structp, png_const_charp) {});
  if (!png) return std::nullopt;
  png_infop info = png_create_info_struct(png);
  struct Guard {
    png_structp& png;
    png_infop& info;
    ~Guard() { png_destroy_read_struct(&png, &info, nullptr); }
  } guard{png, info};
  if (!info || setjmp(png_jmpbuf(png))) {
    problem = error.message;
    return std::nullopt;
  }
  png_init_io(png, f);
  png_read_info(png, info);
  draw::ImageResource image;
  image.file = file;
  image.format = draw::ImageFormat::png;
  image.width_px = static_cast<int>(png_get_image_width(png, info));
  image.height_px = static_cast<int>(png_get_image_height(png, info));
  image.bits_per_component = png_get_bit_depth(png, info);
  const int type = png_get_color_type(png, info);
  image.color = (type & PNG_COLOR_MASK_COLOR) ? draw::ImageColor::rgb : draw::ImageColor::gray;
  image.has_alpha = (type & PNG_COLOR_MASK_ALPHA) || png_get_valid(png, info, PNG_INFO_tRNS);
  // A file cut short still has a whole header: decode it here, where the error can name the
  // <figure>, rather than in an exporter that knows no source line.
  std::vector<png_byte> row(png_get_rowbytes(png, info));
  if (!decode_png_rows(png, row.data(), png_get_image_height(png, info))) {
    problem = error.message;
    return std::nullopt;
  }
  return image;
}

struct JpegError {
  jpeg_error_mgr manager;
  std::jmp_buf jump;
  std::string warning;  // the first one
};

void on_jpeg_message(j_common_ptr c, int level) {
  if (level >= 0) return;  // trace messages
  auto* error = reinterpret_cast<JpegError*>(c->err);
  if (error->warning.empty()) {
    char message[JMSG_LENGTH_MAX] = {};
    (*c->err->format_message)(c, message);
    error->warning = message;
  }
  ++c->err->num_warnings;
}

std::optional<draw::ImageResource> probe_jpeg(std::FILE* f, const std::filesystem::path& file, std::string& problem) {
  jpeg_decompress_struct cinfo;
  JpegError error;
  cinfo.err = jpeg_std_error(&error.manager);
  error.manager.error_exit = [](j_common_ptr c) { std::longjmp(reinterpret_cast<JpegError*>(c->err)->jump, 1); };
  error.manager.output_message = [](j_common_ptr) {};
  error.manager.emit_message = on_jpeg_message;
  jpeg_create_decompress(&cinfo);
  struct Guard {
    jpeg_decompress_struct& c;
    ~Guard() { jpeg_destroy_decompress(&c); }
  } guard{cinfo};
  if (setjmp(error.jump)) {
    char message[JMSG_LENGTH_MAX] = {};
    (*cinfo.err->format_message)(reinterpret_cast<j_common_ptr>(&cinfo), message);
    problem = message;
    return std::nullopt;
  }
  jpeg_stdio_src(&cinfo, f);
  jpeg_save_markers(&cinfo, JPEG_APP0 + 14, 0xFFFF);
  if (jpeg_read_header(&cinfo, TRUE) != JPEG_HEADER_OK) return std::nullopt;
  // Decode it all (the row lives in libjpeg's pool) before any object with a destructor exists
  // here, since an error jumps back to the setjmp above. A file cut short is only a warning to
  // libjpeg, which fills the missing rows with grey, so warnings count as damage too.
  jpeg_start_decompress(&cinfo);
  JSAMPARRAY row = (*cinfo.mem->alloc_sarray)(reinterpret_cast<j_common_ptr>(&cinfo), JPOOL_IMAGE,
                                              cinfo.output_width * cinfo.output_components, 1);
  while (cinfo.output_scanline < cinfo.output_height) jpeg_read_scanlines(&cinfo, row, 1);
  jpeg_finish_decompress(&cinfo);
  if (error.manager.num_warnings > 0) {
    problem = error.warning;
    return std::nullopt;
  }
  draw::ImageResource image;
  image.file = file;
  image.format = draw::ImageFormat::jpeg;
  image.width_px = static_cast<int>(cinfo.image_width);
  image.height_px = static_cast<int>(cinfo.image_height);
  image.bits_per_component = 8;
  image.color = cinfo.num_components == 1   ? draw::ImageColor::gray
                : cinfo.num_components == 4 ? draw::ImageColor::cmyk
                                            : draw::ImageColor::rgb;
  image.adobe_inverted_cmyk = cinfo.num_components == 4 && cinfo.saw_Adobe_marker;
  return image;
}

}  // namespace

std::optional<draw::ImageResource> probe_image(const std::filesystem::path& file, const util::SourceLocation& where,
                                               util::Diagnostics& diagnostics) {
  std::error_code ec;
  if (!std::filesystem::is_regular_file(file, ec)) {
    diagnostics.error(where, "image file not found: " + file.string() +
                                 "; check the src attribute (it is relative to the XML file that names it)");
    return std::nullopt;
  }
  File f(std::fopen(file.c_str(), "rb"));
  unsigned char magic[8] = {};
  if (!f || std::fread(magic, 1, sizeof magic, f.get()) != sizeof magic) {
    diagnostics.error(where, "cannot read image " + file.string() + "; is it empty or unreadable?");
    return std::nullopt;
  }
  std::rewind(f.get());
  std::optional<draw::ImageResource> image;
  std::string problem;
  if (png_sig_cmp(magic, 0, 8) == 0) image = probe_png(f.get(), file, problem);
  else if (magic[0] == 0xFF && magic[1] == 0xD8) image = probe_jpeg(f.get(), file, problem);
  else {
    diagnostics.error(where, "image " + file.string() + " is neither PNG nor JPEG; convert it to one of them");
    return std::nullopt;
  }
  if (!image || image->width_px <= 0 || image->height_px <= 0) {
    diagnostics.error(where, "image " + file.string() + " is damaged and cannot be decoded" +
                                 (problem.empty() ? "" : " (" + problem + ")") + "; export it again");
    return std::nullopt;
  }
  return image;
}

}  // namespace layout
