#include "export/pdf/png_pixels.hpp"

#include <png.h>

#include <algorithm>
#include <string>
#include <vector>

#include "util/diagnostics.hpp"

namespace exporter::pdf {

namespace {

// libpng's simplified API keeps its state in a caller-owned struct; this frees what it holds.
class PngImage {
 public:
  PngImage() {
    image_.version = PNG_IMAGE_VERSION;
    image_.opaque = nullptr;
  }
  ~PngImage() { png_image_free(&image_); }
  PngImage(const PngImage&) = delete;
  PngImage& operator=(const PngImage&) = delete;
  png_image* get() { return &image_; }

 private:
  png_image image_{};
};

}  // namespace

PngPixels decode_png(const std::filesystem::path& file) {
  PngImage png;
  png_image* image = png.get();
  auto failed = [&](const char* what) {
    util::fail({file.string(), 0, 0}, std::string(what) + ": " + image->message);
  };
  if (!png_image_begin_read_from_file(image, file.c_str())) failed("cannot read PNG");

  const bool color = image->format & PNG_FORMAT_FLAG_COLOR;
  const bool has_alpha = image->format & PNG_FORMAT_FLAG_ALPHA;  // tRNS counts as alpha
  image->format = (color ? PNG_FORMAT_RGB : PNG_FORMAT_GRAY) | (has_alpha ? PNG_FORMAT_FLAG_ALPHA : 0);
  std::vector<png_byte> buffer(PNG_IMAGE_SIZE(*image));
  if (!png_image_finish_read(image, nullptr, buffer.data(), 0, nullptr)) failed("cannot decode PNG");

  PngPixels out;
  out.width = static_cast<int>(image->width);
  out.height = static_cast<int>(image->height);
  out.channels = color ? 3 : 1;
  const std::size_t pixels = static_cast<std::size_t>(out.width) * out.height;
  if (!has_alpha) {
    out.samples.assign(reinterpret_cast<const char*>(buffer.data()), buffer.size());
    return out;
  }
  const std::size_t stride = out.channels + 1;
  out.samples.resize(pixels * out.channels);
  out.alpha.resize(pixels);
  for (std::size_t p = 0; p < pixels; ++p) {
    for (int c = 0; c < out.channels; ++c) out.samples[p * out.channels + c] = static_cast<char>(buffer[p * stride + c]);
    out.alpha[p] = static_cast<char>(buffer[p * stride + out.channels]);
  }
  // A mask of nothing but opaque pixels would only make the page a transparency group.
  if (std::all_of(out.alpha.begin(), out.alpha.end(), [](char a) { return static_cast<unsigned char>(a) == 0xFF; }))
    out.alpha.clear();
  return out;
}

}  // namespace exporter::pdf
