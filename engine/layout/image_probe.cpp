#include "layout/image_probe.hpp"

#include <jpeglib.h>
#include <png.h>

#include <csetjmp>
#include <cstdio>
#include <fstream>

#include "util/handle.hpp"

namespace layout {
namespace {

using File = util::Handle<std::FILE, std::fclose>;

std::optional<draw::ImageResource> probe_png(std::FILE* f, const std::filesystem::path& file) {
  png_structp png = png_create_read_struct(PNG_LIBPNG_VER_STRING, nullptr, nullptr, nullptr);
  if (!png) return std::nullopt;
  png_infop info = png_create_info_struct(png);
  struct Guard {
    png_structp& png;
    png_infop& info;
    ~Guard() { png_destroy_read_struct(&png, &info, nullptr); }
  } guard{png, info};
  if (!info || setjmp(png_jmpbuf(png))) return std::nullopt;
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
  return image;
}

struct JpegError {
  jpeg_error_mgr manager;
  std::jmp_buf jump;
};

std::optional<draw::ImageResource> probe_jpeg(std::FILE* f, const std::filesystem::path& file) {
  jpeg_decompress_struct cinfo;
  JpegError error;
  cinfo.err = jpeg_std_error(&error.manager);
  error.manager.error_exit = [](j_common_ptr c) { std::longjmp(reinterpret_cast<JpegError*>(c->err)->jump, 1); };
  error.manager.output_message = [](j_common_ptr) {};
  jpeg_create_decompress(&cinfo);
  struct Guard {
    jpeg_decompress_struct& c;
    ~Guard() { jpeg_destroy_decompress(&c); }
  } guard{cinfo};
  if (setjmp(error.jump)) return std::nullopt;
  jpeg_stdio_src(&cinfo, f);
  jpeg_save_markers(&cinfo, JPEG_APP0 + 14, 0xFFFF);
  if (jpeg_read_header(&cinfo, TRUE) != JPEG_HEADER_OK) return std::nullopt;
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
  if (png_sig_cmp(magic, 0, 8) == 0) image = probe_png(f.get(), file);
  else if (magic[0] == 0xFF && magic[1] == 0xD8) image = probe_jpeg(f.get(), file);
  else {
    diagnostics.error(where, "image " + file.string() + " is neither PNG nor JPEG; convert it to one of them");
    return std::nullopt;
  }
  if (!image || image->width_px <= 0 || image->height_px <= 0) {
    diagnostics.error(where, "image " + file.string() + " is damaged and cannot be decoded; export it again");
    return std::nullopt;
  }
  return image;
}

}  // namespace layout
