#pragma once
// Documents and files for the Cairo exporters' tests (digital PDF, PNG previews), and a way to
// ask the independent tools (poppler, qpdf) about what was written.
#include <cairo.h>
#include <jpeglib.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include "sample_document.hpp"
#include "util/handle.hpp"
#include "util/units.hpp"

namespace cairo_samples {

namespace fs = std::filesystem;

// A fresh, empty folder under the test scratch folder.
inline fs::path scratch(const std::string& name) {
  const fs::path folder = fs::path(BROCHURE_TEST_SCRATCH) / "cairo" / name;
  fs::remove_all(folder);
  fs::create_directories(folder);
  return folder;
}

inline std::string quoted(const fs::path& path) { return "'" + path.string() + "'"; }

struct ToolOutput {
  int status = -1;  // exit status; -1 when the command could not be run
  std::string out;  // standard output
};

// Runs a shell command line (a tool this project did not write) and collects its output.
inline ToolOutput run(const std::string& command) {
  ToolOutput result;
  std::unique_ptr<FILE, int (*)(FILE*)> pipe(popen(command.c_str(), "r"), pclose);
  if (!pipe) return result;
  std::array<char, 4096> buffer;
  std::size_t n;
  while ((n = std::fread(buffer.data(), 1, buffer.size(), pipe.get())) > 0) result.out.append(buffer.data(), n);
  const int status = pclose(pipe.release());
  result.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return result;
}

// The text of each language as the sample shows it, one line each.
struct Line {
  std::string lang;
  std::string text;
};
inline const std::vector<Line>& six_languages() {
  static const std::vector<Line> lines{
      {"vi", "Cẩm nang đầu tư: ỄẬỞ Ễ Ậ Ở"},
      {"en", "An efficient office for official business"},  // "ffi" shapes as one ligature glyph
      {"ru", "Инвестиционный справочник провинции"},
      {"zh", "广义省投资指南与经济区"},
      {"ja", "クアンガイ省投資ハンドブック"},
      {"ko", "꽝응아이성 투자 안내서"},
      {"vi", "Qua\u0309ng Nga\u0303i: de\u0302\u0303 da\u0300ng"},  // decomposed marks
  };
  return lines;
}

inline void add_line(draw::Document& doc, draw::Page& page, const Line& line, double x, double y, double size,
                     draw::Paint paint = {0, 1.0}) {
  const bool cjk = line.lang == "zh" || line.lang == "ja" || line.lang == "ko";
  if (cjk)
    test_support::add_text(doc, page, test_support::noto_sans_cjk, test_support::cjk_face_index(line.lang), size,
                           x, y, line.text, line.lang, paint);
  else
    test_support::add_text(doc, page, test_support::noto_serif, 0, size, x, y, line.text, line.lang, paint);
}

// Three A4 pages: an unnumbered cover, folio 1 (Vietnamese, English, links) and folio 2
// (Russian and CJK), with an outline of two chapters and metadata.
inline draw::Document multilingual_document() {
  draw::Document doc = test_support::a4_document("vi");
  doc.meta.title = "Cẩm nang đầu tư Quảng Ngãi";
  doc.meta.subject = "Investment handbook";
  doc.meta.keywords = "Quảng Ngãi, Dung Quất, đầu tư";
  doc.meta.author = "Ban quản lý KKT Dung Quất";
  doc.meta.creator = "brochure test";
  doc.meta.edition = "digital";

  draw::Page blank = doc.pages.front();
  blank.items.clear();
  doc.pages.clear();

  draw::Page cover = blank;
  cover.name = "cover";
  cover.label = "";
  cover.items.push_back({draw::Path::rectangle({0, 0, cover.width, 300}), true});
  std::get<draw::Path>(cover.items.back().content).fill = draw::Paint{1, 1.0};
  test_support::add_text(doc, cover, test_support::noto_sans_bold, 0, 28, 56, 420, "Quảng Ngãi", "vi", {1, 1.0});
  doc.pages.push_back(cover);

  draw::Page first = blank;
  first.name = "body-left";
  first.label = "1";
  const auto& lines = six_languages();
  add_line(doc, first, lines[0], 56, 100, 14);
  add_line(doc, first, lines[1], 56, 140, 14);
  add_line(doc, first, lines[6], 56, 180, 14);
  first.links.push_back({{56, 240, 200, 20}, "https://dungquat.example/đầu-tư", std::nullopt, 0});
  first.links.push_back({{56, 280, 200, 20}, "", 2, 300});
  doc.pages.push_back(first);

  draw::Page second = blank;
  second.name = "body-right";
  second.label = "2";
  add_line(doc, second, lines[2], 56, 100, 14);
  add_line(doc, second, lines[3], 56, 140, 14);
  add_line(doc, second, lines[4], 56, 180, 14);
  add_line(doc, second, lines[5], 56, 220, 14);
  doc.pages.push_back(second);

  doc.outline = {{"Tổng quan", 1, 1, 80},
                 {"Khu kinh tế Dung Quất", 2, 1, 160},
                 {"Hạ tầng", 2, 2, 90},
                 {"Приложение", 1, 2, 200},
                 {"附录", 3, 2, 210}};
  return doc;
}

// A leaflet: two A4-landscape-wide sheets, each with three panels placed side by side.
inline draw::Document leaflet_document() {
  draw::Document doc = test_support::a4_document("en");
  doc.pages.clear();
  const double panel_widths[3] = {util::mm(97), util::mm(100), util::mm(100)};
  for (int side = 0; side < 2; ++side) {
    draw::Sheet sheet;
    sheet.name = side == 0 ? "outside" : "inside";
    sheet.width = util::mm(297);
    sheet.height = util::mm(210);
    sheet.bleed = util::mm(3);
    double x = 0;
    for (int p = 0; p < 3; ++p) {
      draw::Page panel;
      panel.width = panel_widths[side == 0 ? p : 2 - p];
      panel.height = sheet.height;
      panel.bleed = sheet.bleed;
      panel.name = "panel:" + std::to_string(side) + "-" + std::to_string(p);
      // A band that bleeds past the panel's sides, a different tint on each panel (25, 50,
      // 75 %): the sheet must clip it at the panel.
      panel.items.push_back({draw::Path::rectangle({-20, 40, panel.width + 40, 30}), true});
      std::get<draw::Path>(panel.items.back().content).fill = draw::Paint{1, 0.25 * (p + 1)};
      test_support::add_text(doc, panel, test_support::noto_serif, 0, 12, 20, 120,
                             "Panel " + std::to_string(side * 3 + p + 1), "en", {0, 1.0});
      sheet.placements.push_back({static_cast<int>(doc.pages.size()), {x, 0}});
      x += panel.width;
      if (p < 2) sheet.folds.push_back({x});
      doc.pages.push_back(panel);
    }
    doc.sheets.push_back(sheet);
  }
  doc.pages[0].links.push_back({{10, 10, 50, 20}, "", 4, 100});
  return doc;
}

// Writes a JPEG whose every pixel is `sample` (1, 3 or 4 components).
inline void write_jpeg(const fs::path& file, int width, int height, J_COLOR_SPACE space,
                       std::vector<unsigned char> sample, bool adobe_marker = true) {
  jpeg_compress_struct info{};
  jpeg_error_mgr errors{};
  info.err = jpeg_std_error(&errors);
  jpeg_create_compress(&info);
  std::unique_ptr<FILE, int (*)(FILE*)> out(std::fopen(file.c_str(), "wb"), std::fclose);
  if (!out) throw std::runtime_error("cannot write " + file.string());
  jpeg_stdio_dest(&info, out.get());
  info.image_width = static_cast<JDIMENSION>(width);
  info.image_height = static_cast<JDIMENSION>(height);
  info.input_components = static_cast<int>(sample.size());
  info.in_color_space = space;
  jpeg_set_defaults(&info);
  if (space == JCS_CMYK) jpeg_set_colorspace(&info, JCS_CMYK);  // keep CMYK, no YCCK transform
  info.write_Adobe_marker = adobe_marker;
  jpeg_set_quality(&info, 95, TRUE);
  jpeg_start_compress(&info, TRUE);
  std::vector<unsigned char> row;
  for (int x = 0; x < width; ++x) row.insert(row.end(), sample.begin(), sample.end());
  while (info.next_scanline < info.image_height) {
    JSAMPROW rows[1] = {row.data()};
    jpeg_write_scanlines(&info, rows, 1);
  }
  jpeg_finish_compress(&info);
  jpeg_destroy_compress(&info);
}

// Writes a PNG whose every pixel is (r, g, b) at `alpha`.
inline void write_png(const fs::path& file, int width, int height, double r, double g, double b, double alpha) {
  util::Handle<cairo_surface_t, cairo_surface_destroy> surface(
      cairo_image_surface_create(CAIRO_FORMAT_ARGB32, width, height));
  util::Handle<cairo_t, cairo_destroy> cr(cairo_create(surface.get()));
  cairo_set_operator(cr.get(), CAIRO_OPERATOR_SOURCE);
  cairo_set_source_rgba(cr.get(), r, g, b, alpha);
  cairo_paint(cr.get());
  cr.reset();
  if (cairo_surface_write_to_png(surface.get(), file.c_str()) != CAIRO_STATUS_SUCCESS)
    throw std::runtime_error("cannot write " + file.string());
}

// A PNG read back with Cairo: pixel access for the tests.
class Picture {
 public:
  explicit Picture(const fs::path& file) : surface_(cairo_image_surface_create_from_png(file.c_str())) {
    if (cairo_surface_status(surface_.get()) != CAIRO_STATUS_SUCCESS)
      throw std::runtime_error("cannot read " + file.string());
    cairo_surface_flush(surface_.get());
  }
  int width() const { return cairo_image_surface_get_width(surface_.get()); }
  int height() const { return cairo_image_surface_get_height(surface_.get()); }
  struct Rgb {
    int r, g, b;
  };
  // Un-premultiplied is not needed: the pages are opaque.
  Rgb at(int x, int y) const {
    const unsigned char* row = cairo_image_surface_get_data(surface_.get()) +
                               static_cast<std::ptrdiff_t>(y) * cairo_image_surface_get_stride(surface_.get());
    const auto pixel = reinterpret_cast<const std::uint32_t*>(row)[x];
    return {static_cast<int>(pixel >> 16 & 0xff), static_cast<int>(pixel >> 8 & 0xff),
            static_cast<int>(pixel & 0xff)};
  }
  // How many pixels in the rectangle are darker than `threshold` (0..255) in every channel.
  int dark_pixels(int x0, int y0, int x1, int y1, int threshold = 128) const {
    int n = 0;
    for (int y = std::max(0, y0); y < std::min(height(), y1); ++y)
      for (int x = std::max(0, x0); x < std::min(width(), x1); ++x) {
        const Rgb p = at(x, y);
        if (p.r < threshold && p.g < threshold && p.b < threshold) ++n;
      }
    return n;
  }

 private:
  util::Handle<cairo_surface_t, cairo_surface_destroy> surface_;
};

}  // namespace cairo_samples
