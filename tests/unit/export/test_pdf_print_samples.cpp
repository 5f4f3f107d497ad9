#include "test_pdf_print_samples.hpp"

#include <jpeglib.h>
#include <png.h>

#include <cstdio>
#include <stdexcept>
#include <vector>

#include "util/units.hpp"

namespace print_samples {

using test_support::add_text;

fs::path scratch(const std::string& name) {
  const fs::path folder = fs::path(BROCHURE_TEST_SCRATCH) / "pdf_print" / name;
  fs::remove_all(folder);
  fs::create_directories(folder);
  return folder;
}

void write_png(const fs::path& file, int width, int height) {
  std::vector<png_byte> rgba(static_cast<std::size_t>(width) * height * 4);
  for (int y = 0; y < height; ++y)
    for (int x = 0; x < width; ++x) {
      png_byte* p = &rgba[(static_cast<std::size_t>(y) * width + x) * 4];
      p[0] = static_cast<png_byte>(255 * x / width);
      p[1] = static_cast<png_byte>(255 * y / height);
      p[2] = 160;
      p[3] = x < width / 4 ? 0 : 255;
    }
  png_image image{};
  image.version = PNG_IMAGE_VERSION;
  image.width = static_cast<png_uint_32>(width);
  image.height = static_cast<png_uint_32>(height);
  image.format = PNG_FORMAT_RGBA;
  if (!png_image_write_to_file(&image, file.c_str(), 0, rgba.data(), 0, nullptr))
    throw std::runtime_error("cannot write " + file.string());
}

void write_jpeg(const fs::path& file, int width, int height, int components, int value) {
  FILE* out = std::fopen(file.c_str(), "wb");
  if (!out) throw std::runtime_error("cannot write " + file.string());
  jpeg_compress_struct cinfo;
  jpeg_error_mgr error;
  cinfo.err = jpeg_std_error(&error);
  jpeg_create_compress(&cinfo);
  jpeg_stdio_dest(&cinfo, out);
  cinfo.image_width = static_cast<JDIMENSION>(width);
  cinfo.image_height = static_cast<JDIMENSION>(height);
  cinfo.input_components = components;
  cinfo.in_color_space = components == 1 ? JCS_GRAYSCALE : components == 3 ? JCS_RGB : JCS_CMYK;
  jpeg_set_defaults(&cinfo);  // writes the Adobe marker for CMYK
  jpeg_set_quality(&cinfo, 90, TRUE);
  jpeg_start_compress(&cinfo, TRUE);
  const int stored = components == 4 ? 255 - value : value;  // Adobe CMYK is inverted
  std::vector<JSAMPLE> row(static_cast<std::size_t>(width) * components, static_cast<JSAMPLE>(stored));
  while (cinfo.next_scanline < cinfo.image_height) {
    JSAMPROW rows[] = {row.data()};
    jpeg_write_scanlines(&cinfo, rows, 1);
  }
  jpeg_finish_compress(&cinfo);
  jpeg_destroy_compress(&cinfo);
  std::fclose(out);
}

MultilingualSample multilingual_sample(const fs::path& image_folder) {
  MultilingualSample sample;
  draw::Document& doc = sample.document;
  doc = test_support::a4_document("vi");
  doc.meta.title = "Cẩm nang đầu tư Quảng Ngãi";
  doc.meta.edition = "print";
  draw::Page& page = doc.pages.front();
  const draw::Paint black{0, 1.0}, sea{1, 1.0};
  const double bleed = page.bleed;

  sample.bleeding_band = {-bleed, -bleed, page.width + 2 * bleed, util::mm(30) + bleed};
  draw::Path band = draw::Path::rectangle(sample.bleeding_band);
  band.fill = sea;
  page.items.push_back({band, true});

  add_text(doc, page, test_support::noto_sans_bold, 0, 24, util::mm(20), util::mm(50), "Quảng Ngãi", "vi", sea);

  const struct {
    const char* font;
    std::string lang;
    std::string text;
  } lines[] = {
      {test_support::noto_serif, "vi", "Khu kinh tế Dung Quất: ỄNG ẬP Ở"},
      {test_support::noto_serif, "en", "An efficient office for affine finance"},
      {test_support::noto_serif, "ru", "Инвестиционный справочник провинции"},
      {test_support::noto_sans_cjk, "zh", "广义投资指南经济区"},
      {test_support::noto_sans_cjk, "ja", "投資ガイド経済特区"},
      {test_support::noto_sans_cjk, "ko", "투자 안내서 경제 구역"},
  };
  double y = util::mm(70);
  for (const auto& line : lines) {
    const unsigned face = line.lang == "zh" || line.lang == "ja" || line.lang == "ko" ? test_support::cjk_face_index(line.lang) : 0;
    add_text(doc, page, line.font, face, 12, util::mm(20), y, line.text, line.lang, black);
    sample.black_lines.push_back({line.text, line.lang, std::get<draw::GlyphRun>(page.items.back().content).ink});
    y += util::mm(9);
  }

  sample.rule = {util::mm(20), y, util::mm(170), 0.5};
  draw::Path rule = draw::Path::line({util::mm(20), y}, {util::mm(190), y});
  rule.stroke = draw::Stroke{black, 0.5, {}};
  page.items.push_back({rule, false});

  const fs::path png = image_folder / "gradient.png", rgb = image_folder / "rgb.jpg",
                 gray = image_folder / "gray.jpg", cmyk = image_folder / "cmyk.jpg";
  write_png(png, 64, 48);
  write_jpeg(rgb, 40, 30, 3, 200);
  write_jpeg(gray, 40, 30, 1, 128);
  write_jpeg(cmyk, 40, 30, 4, 64);
  const struct {
    fs::path file;
    draw::ImageFormat format;
    draw::ImageColor color;
    int w, h;
    bool alpha, inverted;
  } images[] = {{png, draw::ImageFormat::png, draw::ImageColor::rgb, 64, 48, true, false},
                {rgb, draw::ImageFormat::jpeg, draw::ImageColor::rgb, 40, 30, false, false},
                {gray, draw::ImageFormat::jpeg, draw::ImageColor::gray, 40, 30, false, false},
                {cmyk, draw::ImageFormat::jpeg, draw::ImageColor::cmyk, 40, 30, false, true}};
  double x = util::mm(20);
  y += util::mm(10);
  for (const auto& im : images) {
    draw::ImageResource resource{im.file, im.format, im.color, im.w, im.h, 8, im.alpha, im.inverted};
    const draw::ImageId id = doc.intern_image(resource);
    page.items.push_back({draw::ImagePlacement{id, {x, y, util::mm(40), util::mm(30)}}, false});
    x += util::mm(42);
  }
  return sample;
}

draw::Document body_text_document(int count) {
  draw::Document doc = test_support::a4_document("en");
  doc.meta.title = "Body text";
  doc.meta.edition = "print";
  const draw::Page blank = doc.pages.front();
  doc.pages.clear();
  const std::string en = "Dung Quat Economic Zone offers deep-water ports, refining and steel industries.";
  const std::string vi = "Khu kinh tế Dung Quất có cảng nước sâu, lọc hóa dầu và công nghiệp thép.";
  for (int i = 0; i < count; ++i) {
    draw::Page page = blank;
    page.label = std::to_string(i + 1);
    for (int line = 0; line < 60; ++line)
      add_text(doc, page, test_support::noto_serif, 0, 9.5, util::mm(20), util::mm(25) + line * 13.5,
               line % 2 ? vi : en, line % 2 ? "vi" : "en", {0, 1.0});
    doc.pages.push_back(page);
  }
  return doc;
}

draw::Document folded_sheet_document() {
  draw::Document doc = test_support::a4_document("en");
  doc.meta.title = "Folded";
  doc.meta.edition = "print";
  draw::Page half = doc.pages.front();
  doc.pages.clear();
  half.width = util::mm(148.5);
  half.height = util::mm(210);
  for (int i = 0; i < 2; ++i) {
    draw::Page page = half;
    page.name = i == 0 ? "panel:left" : "panel:right";
    // A full-bleed background on each panel: it must stop at the fold, not cross it.
    draw::Path background = draw::Path::rectangle(page.bleed_box());
    background.fill = draw::Paint{1, i == 0 ? 1.0 : 0.4};
    page.items.push_back({background, true});
    add_text(doc, page, test_support::noto_serif, 0, 20, util::mm(20), util::mm(40), i == 0 ? "Left panel" : "Right panel",
             "en", {0, 1.0});
    doc.pages.push_back(page);
  }
  draw::Sheet sheet;
  sheet.name = "inside";
  sheet.width = util::mm(297);
  sheet.height = util::mm(210);
  sheet.bleed = util::mm(3);
  sheet.placements = {{0, {0, 0}}, {1, {util::mm(148.5), 0}}};
  sheet.folds = {{util::mm(148.5)}};
  doc.sheets.push_back(sheet);
  return doc;
}

}  // namespace print_samples
