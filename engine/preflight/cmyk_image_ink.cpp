#include "preflight/cmyk_image_ink.hpp"

#include <qpdf/Pl_Buffer.hh>
#include <qpdf/Pl_DCT.hh>

#include <algorithm>
#include <fstream>
#include <iterator>

namespace preflight {

std::optional<double> max_cmyk_image_ink(const draw::ImageResource& image) {
  if (image.format != draw::ImageFormat::jpeg || image.color != draw::ImageColor::cmyk) return std::nullopt;
  std::ifstream in(image.file, std::ios::binary);
  if (!in) return std::nullopt;
  const std::string jpeg((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());

  Pl_Buffer pixels("cmyk pixels");
  try {
    Pl_DCT decoder("preflight jpeg", &pixels);
    decoder.write(reinterpret_cast<const unsigned char*>(jpeg.data()), jpeg.size());
    decoder.finish();
  } catch (const std::exception&) {
    return std::nullopt;
  }
  const auto buffer = pixels.getBufferSharedPointer();
  const std::size_t size = buffer->getSize();
  const std::size_t expected = static_cast<std::size_t>(image.width_px) * image.height_px * 4;
  if (size == 0 || size % 4 != 0 || (expected != 0 && size != expected)) return std::nullopt;

  const unsigned char* p = buffer->getBuffer();
  int worst = 0;
  for (std::size_t i = 0; i < size; i += 4) {
    int sum = p[i] + p[i + 1] + p[i + 2] + p[i + 3];
    if (image.adobe_inverted_cmyk) sum = 4 * 255 - sum;
    worst = std::max(worst, sum);
  }
  return worst / 255.0;
}

}  // namespace preflight
