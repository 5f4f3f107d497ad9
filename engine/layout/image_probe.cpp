#include "layout/image_probe.hpp"

#include <jpeglib.h>
#include <png.h>

#include <zlib.h>

#include <csetjmp>
#include <cstdio>
#include <cstring>
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

// Every chunk of the file whole, its checksum right, and the image end marker present: a file
// cut short or with damaged data is found here, where the error can name the <figure>, rather
// than in an exporter that knows no source line. Much cheaper than decoding the pixels (an
// image is decoded once per edition anyway), and it finds the same damage.
bool png_chunks_intact(std::FILE* f, std::string& problem) {
  std::rewind(f);
  std::vector<unsigned char> bytes;
  unsigned char buffer[1 << 16];
  for (std::size_t n; (n = std::fread(buffer, 1, sizeof buffer, f)) > 0;) bytes.insert(bytes.end(), buffer, buffer + n);
  auto u32 = [&](std::size_t at) {
    return (std::uint32_t(bytes[at]) << 24) | (std::uint32_t(bytes[at + 1]) << 16) | (std::uint32_t(bytes[at + 2]) << 8) |
           bytes[at + 3];
  };
  std::size_t at = 8;  // after the signature
  while (at + 12 <= bytes.size()) {
    const std::uint32_t length = u32(at);
    if (length > bytes.size() - at - 12) break;
    const unsigned char* type = bytes.data() + at + 4;
    const uLong crc = ::crc32(::crc32(0L, nullptr, 0), type, length + 4);
    if (crc != u32(at + 8 + length)) {
      problem = "the checksum of a " + std::string(reinterpret_cast<const char*>(type), 4) + " chunk is wrong";
      return false;
    }
    if (std::memcmp(type, "IEND", 4) == 0) return true;
    at += 12 + length;
  }
  problem = "the file ends before its image data does";
  return false;
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
  if (!png_chunks_intact(f, problem)) return std::nullopt;
  return image;
}

// A JPEG cut short lacks its end-of-image marker (FF D9), which libjpeg only warns about, filling
// the missing rows with grey. Some writers append a few bytes after it.
bool jpeg_complete(std::FILE* f) {
  unsigned char tail[64];
  if (std::fseek(f, 0, SEEK_END) != 0) return false;
  const long size = std::ftell(f);
  const long take = std::min<long>(size, static_cast<long>(sizeof tail));
  if (std::fseek(f, size - take, SEEK_SET) != 0 || std::fread(tail, 1, static_cast<std::size_t>(take), f) != static_cast<std::size_t>(take))
    return false;
  for (long i = take - 2; i >= 0; --i)
    if (tail[i] == 0xFF && tail[i + 1] == 0xD9) return true;
  return false;
}

struct JpegError {
  jpeg_error_mgr manager;
  std::jmp_buf jump;
};

std::optional<draw::ImageResource> probe_jpeg(std::FILE* f, const std::filesystem::path& file, std::string& problem) {
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
  if (setjmp(error.jump)) {
    char message[JMSG_LENGTH_MAX] = {};
    (*cinfo.err->format_message)(reinterpret_cast<j_common_ptr>(&cinfo), message);
    problem = message;
    return std::nullopt;
  }
  jpeg_stdio_src(&cinfo, f);
  jpeg_save_markers(&cinfo, JPEG_APP0 + 14, 0xFFFF);
  if (jpeg_read_header(&cinfo, TRUE) != JPEG_HEADER_OK) return std::nullopt;
  if (!jpeg_complete(f)) {
    problem = "the file ends before its end-of-image marker";
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
