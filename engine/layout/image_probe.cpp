#include "layout/image_probe.hpp"

#include <jpeglib.h>
#include <png.h>

#include <csetjmp>
#include <cstdio>
#include <cstdint>
#include <cstring>
#include <string>
#include <vector>

#include "util/handle.hpp"
#include "util/jpeg_reader.hpp"
#include "util/limits.hpp"

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

// Refused from the header, before a row is decoded: a small file can declare 100,000² pixels.
bool within_pixel_limit(std::uint64_t width, std::uint64_t height, std::string& problem) {
  const std::uint64_t limit = util::limits().image_pixels;
  if (width * height <= limit) return true;
  problem = "it declares " + std::to_string(width) + " × " + std::to_string(height) + " pixels, more than the limit of " +
            std::to_string(limit) + " pixels; scale it down to the resolution the page needs (or raise --limit "
            "image-pixels=…)";
  return false;
}

std::optional<draw::ImageResource> probe_png(std::FILE* f, const std::filesystem::path& file, std::string& problem,
                                             bool& problem_is_limit) {
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
  if (!within_pixel_limit(png_get_image_width(png, info), png_get_image_height(png, info), problem)) {
    problem_is_limit = true;
    return std::nullopt;
  }
  // Every row decoded, one row of memory at a time: damaged or truncated data is found here,
  // where the error can name the <figure>, not in an exporter that knows no source line.
  const int passes = png_set_interlace_handling(png);
  png_read_update_info(png, info);
  std::vector<unsigned char> row(png_get_rowbytes(png, info));
  for (int pass = 0; pass < passes; ++pass)
    for (png_uint_32 y = 0; y < png_get_image_height(png, info); ++y) png_read_row(png, row.data(), nullptr);
  png_read_end(png, nullptr);
  return image;
}

// The header, with the Adobe marker that says how CMYK is stored. Owns nothing: libjpeg may
// leave through longjmp; false with reader.message set on error.
bool read_jpeg_header(util::JpegReader& reader, std::FILE* f) {
  if (setjmp(reader.on_error)) return false;
  jpeg_create_decompress(&reader.info);
  jpeg_stdio_src(&reader.info, f);
  jpeg_save_markers(&reader.info, JPEG_APP0 + 14, 0xFFFF);
  return jpeg_read_header(&reader.info, TRUE) == JPEG_HEADER_OK;
}

// Starts decoding at 1/8 scale (see below). Owns nothing, as above.
bool start_jpeg_scans(util::JpegReader& reader) {
  if (setjmp(reader.on_error)) return false;
  reader.info.scale_num = 1;
  reader.info.scale_denom = 8;
  reader.info.dct_method = JDCT_IFAST;
  jpeg_start_decompress(&reader.info);
  return true;
}

// Every scan decoded (at 1/8 scale: the entropy-coded data, where damage shows, is read whole,
// the inverse DCT mostly skipped) into `row`, a buffer of one output row, until the end or the
// first warning. Owns nothing, as above.
bool read_jpeg_scans(util::JpegReader& reader, JSAMPROW row) {
  if (setjmp(reader.on_error)) return false;
  jpeg_decompress_struct& info = reader.info;
  while (info.output_scanline < info.output_height && !reader.warned()) jpeg_read_scanlines(&info, &row, 1);
  if (!reader.warned()) jpeg_finish_decompress(&info);
  return true;
}

std::optional<draw::ImageResource> probe_jpeg(std::FILE* f, const std::filesystem::path& file, std::string& problem,
                                              bool& problem_is_limit) {
  util::JpegReader reader;
  const jpeg_decompress_struct& cinfo = reader.info;
  if (!read_jpeg_header(reader, f)) {
    problem = reader.message;
    return std::nullopt;
  }
  if (!within_pixel_limit(cinfo.image_width, cinfo.image_height, problem)) {
    problem_is_limit = true;
    return std::nullopt;
  }
  // Corrupt data and a missing end are only warnings in libjpeg, which fills the gap with grey:
  // here they are errors.
  if (!start_jpeg_scans(reader)) {
    problem = reader.message;
    return std::nullopt;
  }
  std::vector<JSAMPLE> row(static_cast<std::size_t>(cinfo.output_width) * static_cast<std::size_t>(cinfo.output_components));
  if (!read_jpeg_scans(reader, row.data())) {
    problem = reader.message;
    return std::nullopt;
  }
  if (reader.warned()) {
    problem = reader.warning;
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
  if (std::filesystem::is_directory(file, ec)) {
    diagnostics.error(where, "image " + file.string() + " is a folder, not a file; name the image file in it");
    return std::nullopt;
  }
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
  bool problem_is_limit = false;
  if (png_sig_cmp(magic, 0, 8) == 0) image = probe_png(f.get(), file, problem, problem_is_limit);
  else if (magic[0] == 0xFF && magic[1] == 0xD8) image = probe_jpeg(f.get(), file, problem, problem_is_limit);
  else {
    diagnostics.error(where, "image " + file.string() + " is neither PNG nor JPEG; convert it to one of them");
    return std::nullopt;
  }
  if (problem_is_limit) {
    diagnostics.error(where, "image " + file.string() + " is too large: " + problem);
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
