// Preflight on the display list: small documents with one fault each, and the finding and
// level each must give.
#include <catch2/catch.hpp>

#include <jpeglib.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <vector>

#include "preflight/preflight.hpp"
#include "sample_document.hpp"
#include "util/units.hpp"

namespace fs = std::filesystem;
using preflight::Level;

namespace {

fs::path scratch(const std::string& name) {
  const fs::path folder = fs::path(BROCHURE_TEST_SCRATCH) / "preflight" / name;
  fs::remove_all(folder);
  fs::create_directories(folder);
  return folder;
}

const draw::Paint black{0, 1.0};

// An A4 page with a line of body text well inside the safe area: no findings.
draw::Document clean_document() {
  draw::Document doc = test_support::a4_document("en");
  test_support::add_text(doc, doc.pages.front(), test_support::noto_serif, 0, 9.5, util::mm(20), util::mm(30),
                         "Dung Quat Economic Zone", "en", black);
  return doc;
}

std::vector<preflight::Finding> findings_of(const preflight::Report& report, const std::string& check) {
  std::vector<preflight::Finding> out;
  for (const auto& f : report.findings)
    if (f.check == check) out.push_back(f);
  return out;
}

const draw::GlyphRun& last_run(const draw::Document& doc) {
  return std::get<draw::GlyphRun>(doc.pages.front().items.back().content);
}

draw::ImageId add_image(draw::Document& doc, draw::ImageResource image, const draw::Rect& rect) {
  const draw::ImageId id = doc.intern_image(image);
  doc.pages.front().items.push_back({draw::ImagePlacement{id, rect}, false});
  return id;
}

// A CMYK JPEG with every component at `ink` (0..1), written inverted with an Adobe marker.
void write_cmyk_jpeg(const fs::path& file, double ink) {
  FILE* out = std::fopen(file.c_str(), "wb");
  REQUIRE(out);
  jpeg_compress_struct cinfo;
  jpeg_error_mgr error;
  cinfo.err = jpeg_std_error(&error);
  jpeg_create_compress(&cinfo);
  jpeg_stdio_dest(&cinfo, out);
  cinfo.image_width = 16;
  cinfo.image_height = 16;
  cinfo.input_components = 4;
  cinfo.in_color_space = JCS_CMYK;
  jpeg_set_defaults(&cinfo);
  jpeg_set_quality(&cinfo, 100, TRUE);
  jpeg_start_compress(&cinfo, TRUE);
  std::vector<JSAMPLE> row(16 * 4, static_cast<JSAMPLE>(255 - static_cast<int>(ink * 255)));
  while (cinfo.next_scanline < cinfo.image_height) {
    JSAMPROW rows[] = {row.data()};
    jpeg_write_scanlines(&cinfo, rows, 1);
  }
  jpeg_finish_compress(&cinfo);
  jpeg_destroy_compress(&cinfo);
  std::fclose(out);
}

}  // namespace

TEST_CASE("preflight: a clean page has no findings", "[preflight]") {
  const auto report = preflight::check_document(clean_document());
  INFO(report.text());
  CHECK(report.findings.empty());
  CHECK_FALSE(report.has_errors());
  CHECK(report.text().ends_with("\npreflight: 0 errors, 0 warnings\n"));
  CHECK(report.text().starts_with("profile: pdfx4 (text under 9 pt in one ink"));
}

TEST_CASE("preflight: a 72 ppi image is an error, 200 ppi a warning, 300 ppi fine", "[preflight]") {
  draw::Document doc = clean_document();
  const draw::ImageResource low{"low.jpg", draw::ImageFormat::jpeg, draw::ImageColor::rgb, 300, 200, 8, false, false};
  const draw::ImageResource mid{"mid.jpg", draw::ImageFormat::jpeg, draw::ImageColor::rgb, 500, 400, 8, false, false};
  const draw::ImageResource good{"good.jpg", draw::ImageFormat::jpeg, draw::ImageColor::rgb, 1250, 834, 8, false, false};
  const draw::Rect low_rect{60, 100, 300, 200};  // 300 px over 300 pt = 72 ppi
  add_image(doc, low, low_rect);
  add_image(doc, mid, {60, 320, 180, 144});    // 500 px over 2.5 in = 200 ppi
  add_image(doc, good, {60, 500, 300, 200});   // 1250 px over 300 pt = 300 ppi
  const auto found = findings_of(preflight::check_document(doc), "image-resolution");
  REQUIRE(found.size() == 2);
  CHECK(found[0].level == Level::error);
  CHECK(found[0].page == 1);
  CHECK(found[0].message.find("low.jpg") != std::string::npos);
  CHECK(found[0].message.find("72 ppi") != std::string::npos);
  CHECK(found[0].area.x == low_rect.x);
  CHECK(found[0].area.width == low_rect.width);
  CHECK(found[1].level == Level::warning);
  CHECK(found[1].message.find("mid.jpg") != std::string::npos);
  CHECK(found[1].message.find("200 ppi") != std::string::npos);
}

TEST_CASE("preflight: text inside the safe margin is an error", "[preflight]") {
  draw::Document doc = clean_document();
  REQUIRE(doc.print.safe_margin == Approx(util::mm(5)));
  test_support::add_text(doc, doc.pages.front(), test_support::noto_serif, 0, 9, util::mm(3), util::mm(100), "Folio 7",
                         "en", black);
  const draw::Rect ink = last_run(doc).ink;
  const auto report = preflight::check_document(doc);
  const auto found = findings_of(report, "safe-margin");
  INFO(report.text());
  REQUIRE(found.size() == 1);
  CHECK(found[0].level == Level::error);
  CHECK(found[0].page == 1);
  CHECK(found[0].message.find("\"Folio 7\"") != std::string::npos);
  CHECK(found[0].message.find("2.0 mm over the left edge") != std::string::npos);
  CHECK(found[0].area.x == ink.x);
  CHECK(report.has_errors());
}

TEST_CASE("preflight: an RGB-only colour in use is an error, an unused one is not", "[preflight]") {
  draw::Document doc = clean_document();
  const draw::SwatchId web = doc.intern_swatch({"web-orange", {}, {1, 0.5, 0}, false, false, true});
  doc.intern_swatch({"unused-web", {}, {0, 0.5, 1}, false, false, true});
  draw::Path box = draw::Path::rectangle({100, 400, 50, 50});
  box.fill = draw::Paint{web, 1.0};
  doc.pages.front().items.push_back({box, false});
  const auto found = findings_of(preflight::check_document(doc), "rgb-only-color");
  REQUIRE(found.size() == 1);
  CHECK(found[0].level == Level::error);
  CHECK(found[0].message.find("web-orange") != std::string::npos);
  CHECK(found[0].area.y == 400);
}

TEST_CASE("preflight: text under 9 pt in several inks is a warning under pdfx4, an error under cmyk-only", "[preflight]") {
  draw::Document doc = clean_document();
  const draw::SwatchId rich = doc.intern_swatch({"rich-brown", {0.2, 0.5, 0.7, 0.4}, {0.5, 0.3, 0.1}, false, false, false});
  auto& page = doc.pages.front();
  test_support::add_text(doc, page, test_support::noto_serif, 0, 5, 80, 300, "Source: provincial statistics", "en",
                         {rich, 1.0});
  page.items.back().where = {"content/label.xml", 12, 5};
  test_support::add_text(doc, page, test_support::noto_serif, 0, 5, 80, 320, "Black footnote", "en", black);
  test_support::add_text(doc, page, test_support::noto_serif, 0, 8.9, 80, 340, "Caption in brown", "en", {rich, 1.0});
  page.items.back().where = {"content/label.xml", 14, 5};
  test_support::add_text(doc, page, test_support::noto_serif, 0, 9, 80, 360, "Body text in brown", "en", {rich, 1.0});
  auto found = findings_of(preflight::check_document(doc), "small-text-inks");
  REQUIRE(found.size() == 2);  // one per source element; 9 pt is not small
  CHECK(found[0].level == Level::warning);
  CHECK(found[0].message.find("rich-brown") != std::string::npos);
  CHECK(found[0].message.find("20/50/70/40") != std::string::npos);
  CHECK(found[0].message.find("4 inks") != std::string::npos);
  CHECK(found[0].where.str() == "content/label.xml:12:5");
  CHECK(found[0].message.find("Source: provincial") != std::string::npos);
  CHECK(found[1].where.str() == "content/label.xml:14:5");

  doc.print.preflight = draw::PreflightProfile::cmyk_only;
  const auto report = preflight::check_document(doc);
  found = findings_of(report, "small-text-inks");
  REQUIRE(found.size() == 2);
  CHECK(found[0].level == Level::error);
  CHECK(report.text().find("error: page 1: small-text-inks: content/label.xml:12:5: ") != std::string::npos);
  CHECK(report.json().find("\"source\": \"content/label.xml:14:5\"") != std::string::npos);

  doc.print.small_text = 6;  // the layout's threshold
  CHECK(findings_of(preflight::check_document(doc), "small-text-inks").size() == 1);
}

TEST_CASE("preflight: small text in a swatch with a one-ink small-text substitute prints in it", "[preflight]") {
  draw::Document doc = clean_document();
  doc.print.preflight = draw::PreflightProfile::cmyk_only;
  draw::Swatch sea{"brand-blue", {1, 0.55, 0, 0.3}, {0, 0.33, 0.53}, false, false, false};
  sea.small_text = "black";
  const draw::SwatchId id = doc.intern_swatch(sea);
  auto& page = doc.pages.front();
  test_support::add_text(doc, page, test_support::noto_serif, 0, 8, 80, 300, "12", "en", {id, 1.0});
  CHECK(findings_of(preflight::check_document(doc), "small-text-inks").empty());
  const auto& run = last_run(doc);
  CHECK(draw::press_text_paint(doc.swatches, run, doc.print).swatch == 0);  // black
  draw::GlyphRun large = run;
  large.size = 9.5;
  CHECK(draw::press_text_paint(doc.swatches, large, doc.print).swatch == id);
}

TEST_CASE("preflight: small text knocking a tint out is reported; a tint of black overprints", "[preflight]") {
  draw::Document doc = clean_document();
  doc.print.preflight = draw::PreflightProfile::cmyk_only;
  const draw::SwatchId sand = doc.intern_swatch({"sand", {0, 0.22, 0.75, 0}, {1, 0.8, 0.35}, false, false, false});
  const draw::SwatchId cyan = doc.intern_swatch({"cyan-70", {0.7, 0, 0, 0}, {0.3, 0.7, 0.9}, false, false, false});
  const draw::SwatchId grey = doc.intern_swatch({"grey", {0, 0, 0, 0.6}, {0.4, 0.4, 0.4}, false, false, false});
  auto& page = doc.pages.front();
  draw::Path tint = draw::Path::rectangle({60, 380, 400, 120});
  tint.fill = draw::Paint{sand, 1.0};
  page.items.push_back({tint, false});
  test_support::add_text(doc, page, test_support::noto_serif, 0, 7, 80, 400, "Caption in cyan", "en", {cyan, 1.0});
  page.items.back().where = {"content/caption.xml", 30, 7};
  test_support::add_text(doc, page, test_support::noto_serif, 0, 7, 80, 420, "Caption in grey", "en", {grey, 1.0});
  test_support::add_text(doc, page, test_support::noto_serif, 0, 7, 80, 600, "Cyan on paper", "en", {cyan, 1.0});
  const auto found = findings_of(preflight::check_document(doc), "small-text-knockout");
  REQUIRE(found.size() == 1);
  CHECK(found[0].level == Level::error);
  CHECK(found[0].where.str() == "content/caption.xml:30:7");
  CHECK(found[0].message.find("magenta, yellow") != std::string::npos);
  CHECK(draw::text_overprints(doc.swatches[grey], 7, doc.print));
  CHECK_FALSE(draw::text_overprints(doc.swatches[grey], 9, doc.print));
  CHECK_FALSE(draw::text_overprints(doc.swatches[cyan], 7, doc.print));
}

TEST_CASE("preflight: an RGB image the print edition keeps is an error under cmyk-only only", "[preflight]") {
  draw::Document doc = clean_document();
  const draw::ImageResource photo{"photo.jpg", draw::ImageFormat::jpeg, draw::ImageColor::rgb, 1250, 834, 8, false, false};
  add_image(doc, photo, {60, 500, 300, 200});
  doc.pages.front().items.back().where = {"content/figure.xml", 40, 5};
  CHECK(findings_of(preflight::check_document(doc), "rgb-image").empty());  // pdfx4
  doc.print.preflight = draw::PreflightProfile::cmyk_only;
  const auto found = findings_of(preflight::check_document(doc), "rgb-image");
  REQUIRE(found.size() == 1);
  CHECK(found[0].level == Level::error);
  CHECK(found[0].where.str() == "content/figure.xml:40:5");
  doc.print.convert_rgb_images = true;  // the writer converts it
  CHECK(findings_of(preflight::check_document(doc), "rgb-image").empty());
}

TEST_CASE("preflight: a 0.1 pt rule is a warning, a 0.25 pt rule is not", "[preflight]") {
  draw::Document doc = clean_document();
  draw::Path thin = draw::Path::line({60, 200}, {500, 200});
  thin.stroke = draw::Stroke{black, 0.1, {}};
  draw::Path fine = draw::Path::line({60, 220}, {500, 220});
  fine.stroke = draw::Stroke{black, 0.25, {}};
  doc.pages.front().items.push_back({thin, false});
  doc.pages.front().items.push_back({fine, false});
  const auto found = findings_of(preflight::check_document(doc), "hairline");
  REQUIRE(found.size() == 1);
  CHECK(found[0].level == Level::warning);
  CHECK(found[0].message.find("0.10 pt") != std::string::npos);
  CHECK(found[0].area.y == Approx(200 - 0.05));
}

TEST_CASE("preflight: total ink over the limit, in swatches and CMYK images, is an error", "[preflight]") {
  const fs::path folder = scratch("ink");
  draw::Document doc = clean_document();
  const draw::SwatchId heavy = doc.intern_swatch({"rich-black", {1, 1, 1, 1}, {0, 0, 0}, false, false, false});
  const draw::SwatchId light = doc.intern_swatch({"deep-sea", {1, 0.8, 0.4, 0.6}, {0, 0, 0.3}, false, false, false});
  draw::Path a = draw::Path::rectangle({60, 100, 40, 40});
  a.fill = draw::Paint{heavy, 1.0};  // 400 %
  draw::Path b = draw::Path::rectangle({60, 160, 40, 40});
  b.fill = draw::Paint{light, 0.5};  // 280 % at 100 %, 140 % at this tint
  doc.pages.front().items.push_back({a, false});
  doc.pages.front().items.push_back({b, false});
  write_cmyk_jpeg(folder / "heavy.jpg", 0.8);  // 4 × 204/255 = 320 %
  write_cmyk_jpeg(folder / "light.jpg", 0.5);  // 200 %
  add_image(doc, {folder / "heavy.jpg", draw::ImageFormat::jpeg, draw::ImageColor::cmyk, 16, 16, 8, false, true},
            {60, 300, 2, 2});
  add_image(doc, {folder / "light.jpg", draw::ImageFormat::jpeg, draw::ImageColor::cmyk, 16, 16, 8, false, true},
            {60, 320, 2, 2});
  const auto report = preflight::check_document(doc);
  INFO(report.text());
  const auto found = findings_of(report, "ink-coverage");
  REQUIRE(found.size() == 2);
  CHECK(found[0].message.find("heavy.jpg") != std::string::npos);
  CHECK(found[0].message.find("320 %") != std::string::npos);
  CHECK(found[1].message.find("rich-black") != std::string::npos);
  CHECK(found[1].message.find("400 %") != std::string::npos);
  for (const auto& f : found) CHECK(f.level == Level::error);
}

TEST_CASE("preflight: crossing the trim without bleeding is an error", "[preflight]") {
  draw::Document doc = clean_document();
  const auto& page = doc.pages.front();
  draw::Path band = draw::Path::rectangle({-page.bleed, 0, page.width + 2 * page.bleed, 60});
  band.fill = draw::Paint{1, 1.0};
  draw::Path stray = draw::Path::rectangle({page.width - 20, 400, 40, 40});
  stray.fill = draw::Paint{1, 1.0};
  doc.pages.front().items.push_back({band, true});    // meant to bleed
  doc.pages.front().items.push_back({stray, false});  // not
  const auto found = findings_of(preflight::check_document(doc), "trim");
  REQUIRE(found.size() == 1);
  CHECK(found[0].level == Level::error);
  CHECK(found[0].area.x == page.width - 20);
  CHECK(found[0].message.find("7.1 mm over the right edge") != std::string::npos);
}

TEST_CASE("preflight: a font that cannot be read or may not be embedded is an error", "[preflight]") {
  const fs::path folder = scratch("fonts");
  // A copy of Noto Sans Bold whose OS/2 fsType says "restricted licence embedding".
  std::string font;
  {
    std::ifstream in(test_support::noto_sans_bold, std::ios::binary);
    font.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  }
  auto u16 = [&](std::size_t at) { return (static_cast<unsigned char>(font[at]) << 8) | static_cast<unsigned char>(font[at + 1]); };
  auto u32 = [&](std::size_t at) { return (static_cast<std::uint32_t>(u16(at)) << 16) | u16(at + 2); };
  bool patched = false;
  for (int i = 0, n = u16(4); i < n; ++i)
    if (font.compare(12 + 16 * i, 4, "OS/2") == 0) {
      const std::uint32_t os2 = u32(12 + 16 * i + 8);
      font[os2 + 8] = 0;
      font[os2 + 9] = 2;
      patched = true;
    }
  REQUIRE(patched);
  const fs::path restricted = folder / "Restricted-Bold.ttf";
  std::ofstream(restricted, std::ios::binary) << font;

  draw::Document doc = clean_document();
  auto& page = doc.pages.front();
  test_support::add_text(doc, page, restricted.string(), 0, 12, 80, 200, "Restricted", "en", black);
  test_support::add_text(doc, page, test_support::noto_serif, 0, 12, 80, 230, "Fine", "en", black);
  doc.fonts.push_back({folder / "missing.ttf", 0, "Missing Sans", ""});
  auto run = last_run(doc);
  run.font = static_cast<draw::FontId>(doc.fonts.size() - 1);
  page.items.push_back({run, false});

  const auto found = findings_of(preflight::check_document(doc), "font-embedding");
  REQUIRE(found.size() == 2);
  CHECK(found[0].message.find("forbids embedding") != std::string::npos);
  CHECK(found[1].message.find("Missing Sans") != std::string::npos);
  CHECK(found[1].message.find("cannot be read") != std::string::npos);
  for (const auto& f : found) CHECK(f.level == Level::error);
}
