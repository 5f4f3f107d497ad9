// PNG previews and the contact sheet, read back pixel by pixel.
#include <catch2/catch.hpp>

#include <cmath>
#include <fstream>
#include <iterator>

#include "export/png/contact_sheet_layout.hpp"
#include "export/png/page_digest.hpp"
#include "export/png/png.hpp"
#include "export/cairo/screen_color.hpp"
#include "test_cairo_samples.hpp"
#include "util/diagnostics.hpp"

using namespace cairo_samples;

namespace {

const draw::GlyphRun& run_on(const draw::Page& page, std::size_t item) {
  return std::get<draw::GlyphRun>(page.items.at(item).content);
}

// A facing booklet of `count` pages: cover, then alternating left and right body pages.
draw::Document booklet(int count) {
  draw::Document doc = test_support::a4_document();
  const draw::Page blank = doc.pages.front();
  doc.pages.clear();
  for (int i = 0; i < count; ++i) {
    draw::Page page = blank;
    page.name = i == 0 ? "cover" : i % 2 == 1 ? "body-left" : "body-right";
    page.label = i == 0 ? "" : std::to_string(i + 1);
    test_support::add_text(doc, page, test_support::noto_serif, 0, 60, 100, 400, std::to_string(i + 1), "en",
                           {0, 1.0});
    doc.pages.push_back(page);
  }
  return doc;
}

}  // namespace

TEST_CASE("png: previews have the trim size at 72 and 150 dpi", "[png]") {
  const draw::Document doc = multilingual_document();
  const fs::path folder = scratch("png-sizes");
  const auto at72 = exporter::png::write_pages(doc, folder / "72", {72});
  const auto at150 = exporter::png::write_pages(doc, folder / "150", {150});
  REQUIRE(at72.size() == 3);
  REQUIRE(at150.size() == 3);
  CHECK(at72[0].filename() == "page-001.png");
  CHECK(at72[2].filename() == "page-003.png");
  // A4 = 595.276 × 841.89 pt
  const Picture small(at72[1]);
  CHECK(small.width() == 595);
  CHECK(small.height() == 842);
  const Picture large(at150[1]);
  CHECK(large.width() == 1240);   // 595.276 × 150 / 72 = 1240.16
  CHECK(large.height() == 1754);  // 841.89 × 150 / 72 = 1753.94
}

TEST_CASE("png: text is drawn where the runs are, paper elsewhere", "[png]") {
  const draw::Document doc = multilingual_document();
  const fs::path folder = scratch("png-text");
  const auto files = exporter::png::write_pages(doc, folder, {150});
  const double px = 150.0 / 72;
  for (std::size_t page = 1; page < 3; ++page) {
    const Picture picture(files[page]);
    for (std::size_t i = 0; i < doc.pages[page].items.size(); ++i) {
      const draw::Rect ink = run_on(doc.pages[page], i).ink;
      INFO("page " << page + 1 << ", run " << i + 1);
      CHECK(picture.dark_pixels(static_cast<int>(ink.left() * px), static_cast<int>(ink.top() * px),
                                static_cast<int>(ink.right() * px), static_cast<int>(ink.bottom() * px)) > 200);
    }
    // Below the text the page is white paper.
    const auto paper = picture.at(picture.width() / 2, picture.height() - 100);
    CHECK(paper.r == 255);
    CHECK(paper.g == 255);
    CHECK(paper.b == 255);
    CHECK(picture.dark_pixels(0, static_cast<int>(400 * px), picture.width(), picture.height(), 250) == 0);
  }
}

TEST_CASE("png: swatches show their RGB value, tints blend toward the paper", "[png]") {
  draw::Document doc = test_support::a4_document();
  auto& items = doc.pages[0].items;
  items.push_back({draw::Path::rectangle({100, 100, 100, 100}), false});
  std::get<draw::Path>(items.back().content).fill = draw::Paint{1, 1.0};
  items.push_back({draw::Path::rectangle({300, 100, 100, 100}), false});
  std::get<draw::Path>(items.back().content).fill = draw::Paint{1, 0.4};
  draw::Path rule = draw::Path::line({100, 300}, {400, 300});
  rule.stroke = draw::Stroke{{0, 1.0}, 4, {10, 10}};
  items.push_back({rule, false});

  const fs::path folder = scratch("png-colour");
  const Picture picture(exporter::png::write_pages(doc, folder, {72}).front());
  const auto solid = picture.at(150, 150);
  CHECK(solid.r == 0);
  CHECK(solid.g == Approx(0.33 * 255).margin(1));
  CHECK(solid.b == Approx(0.53 * 255).margin(1));
  const auto tint = picture.at(350, 150);
  CHECK(tint.r == Approx(255 * 0.6).margin(1));
  CHECK(tint.g == Approx(255 * (1 - 0.4 * 0.67)).margin(1));
  CHECK(tint.b == Approx(255 * (1 - 0.4 * 0.47)).margin(1));
  // The dashed rule: on for 10 pt, off for 10 pt.
  CHECK(picture.at(105, 300).r < 60);
  CHECK(picture.at(115, 300).r == 255);
  CHECK(picture.at(125, 300).r < 60);
}

TEST_CASE("png: JPEG colour models and PNG alpha are decoded faithfully", "[png]") {
  const fs::path folder = scratch("png-images");
  write_jpeg(folder / "grey.jpg", 20, 20, JCS_GRAYSCALE, {60});
  write_jpeg(folder / "rgb.jpg", 20, 20, JCS_RGB, {200, 30, 60});
  // Cyan, stored plainly and stored the way Adobe's writers do (inverted, with an APP14 marker).
  write_jpeg(folder / "cmyk.jpg", 20, 20, JCS_CMYK, {255, 0, 0, 0}, false);
  write_jpeg(folder / "cmyk-adobe.jpg", 20, 20, JCS_CMYK, {0, 255, 255, 255}, true);
  write_png(folder / "half.png", 20, 20, 0, 0, 1, 0.5);

  draw::Document doc = test_support::a4_document();
  auto place = [&](const char* name, draw::ImageFormat format, double x) {
    const auto id = doc.intern_image({folder / name, format, draw::ImageColor::rgb, 20, 20});
    doc.pages[0].items.push_back({draw::ImagePlacement{id, {x, 100, 60, 60}}, false});
  };
  place("grey.jpg", draw::ImageFormat::jpeg, 0);
  place("rgb.jpg", draw::ImageFormat::jpeg, 100);
  place("cmyk.jpg", draw::ImageFormat::jpeg, 200);
  place("cmyk-adobe.jpg", draw::ImageFormat::jpeg, 300);
  doc.pages[0].items.push_back({draw::Path::rectangle({400, 100, 60, 60}), false});
  std::get<draw::Path>(doc.pages[0].items.back().content).fill = draw::Paint{0, 1.0};  // dark under the PNG
  place("half.png", draw::ImageFormat::png, 400);

  const Picture picture(exporter::png::write_pages(doc, folder, {72}).front());
  auto near = [](Picture::Rgb p, int r, int g, int b) {
    return std::abs(p.r - r) <= 4 && std::abs(p.g - g) <= 4 && std::abs(p.b - b) <= 4;
  };
  CHECK(near(picture.at(30, 130), 60, 60, 60));
  CHECK(near(picture.at(130, 130), 200, 30, 60));
  CHECK(near(picture.at(230, 130), 0, 255, 255));
  CHECK(near(picture.at(330, 130), 0, 255, 255));
  // 50 % blue over the 0.12 grey of "black": 0.5 × 31 = 15, blue 0.5 × 31 + 0.5 × 255 = 143.
  CHECK(near(picture.at(430, 130), 15, 15, 143));
}

TEST_CASE("png: the contact sheet shows a booklet as spreads, cover alone on the right", "[png]") {
  const draw::Document doc = booklet(6);  // cover | 2 3 | 4 5 | 6
  const auto layout = exporter::png::lay_out_contact_sheet(doc);
  REQUIRE(layout.thumbnails.size() == 6);
  const auto& cover = layout.thumbnails[0];
  const auto& p2 = layout.thumbnails[1];
  const auto& p3 = layout.thumbnails[2];
  const auto& p6 = layout.thumbnails[5];
  // Pages 2 and 3 meet at the spine; the cover starts at that same spine, one spread earlier.
  CHECK(p2.rect.right() == Approx(p3.rect.left()));
  CHECK(p2.rect.top() == Approx(p3.rect.top()));
  CHECK(cover.rect.left() - layout.thumbnails.front().rect.width == Approx(32));  // empty left slot
  CHECK(p3.rect.left() - cover.rect.left() == Approx(2 * p2.rect.width + 32));
  // The last page stands alone on the left of the next spine.
  CHECK(p6.rect.left() == Approx(layout.thumbnails[4].rect.right() + 32));
  CHECK(p6.rect.top() == Approx(cover.rect.top()));
  CHECK(cover.label == "1");  // unnumbered, named by its position: no folio says "1"
  CHECK(p2.label == "2");
  CHECK(layout.scale == Approx(220 / util::mm(297)));

  const fs::path target = scratch("png-contact") / "contact.png";
  exporter::png::write_contact_sheet(doc, target);
  const Picture sheet(target);
  CHECK(sheet.width() == layout.width);
  CHECK(sheet.height() == layout.height);
  CHECK(sheet.width() > 4 * static_cast<int>(2 * p2.rect.width));  // four spreads in one row
  CHECK(sheet.height() < 2 * 220 + 100);
  const auto background = sheet.at(5, 5);
  CHECK(background.r == background.g);
  CHECK(background.g == background.b);
  CHECK(background.r > 100);
  CHECK(background.r < 200);
  // Where the cover's left-hand partner would be: background; on the cover: paper.
  CHECK(sheet.at(static_cast<int>(cover.rect.left() - 20), static_cast<int>(cover.rect.top() + 10)).r ==
        background.r);
  CHECK(sheet.at(static_cast<int>(cover.rect.left() + 10), static_cast<int>(cover.rect.top() + 10)).r == 255);
  // The page numbers drawn on the pages, and the labels under them, are dark pixels.
  for (const auto& t : layout.thumbnails) {
    INFO("page " << t.page + 1);
    CHECK(sheet.dark_pixels(static_cast<int>(t.rect.left()), static_cast<int>(t.rect.top()),
                            static_cast<int>(t.rect.right()), static_cast<int>(t.rect.bottom())) > 5);
    CHECK(sheet.dark_pixels(static_cast<int>(t.label_at.x - 15), static_cast<int>(t.label_at.y - 12),
                            static_cast<int>(t.label_at.x + 15), static_cast<int>(t.label_at.y + 2), 80) > 3);
  }
}

TEST_CASE("png: single pages and sheets of different sizes make a grid", "[png]") {
  const draw::Document leaflet = leaflet_document();  // panels, not facing pages
  REQUIRE_FALSE(exporter::png::is_facing(leaflet));
  const auto layout = exporter::png::lay_out_contact_sheet(leaflet);
  REQUIRE(layout.thumbnails.size() == 6);
  for (std::size_t i = 1; i < 6; ++i) CHECK(layout.thumbnails[i].rect.top() == Approx(layout.thumbnails[0].rect.top()));
  CHECK(layout.thumbnails[0].rect.width < layout.thumbnails[1].rect.width);  // 97 mm vs 100 mm
  CHECK(layout.thumbnails[5].label == "6");
}

TEST_CASE("png: a missing font writes no preview", "[png]") {
  draw::Document doc = multilingual_document();
  doc.fonts[1].file = "/nonexistent/font.otf";
  const fs::path folder = scratch("png-missing-font");
  CHECK_THROWS_AS(exporter::png::write_pages(doc, folder, {72}), util::Failure);
  CHECK_THROWS_AS(exporter::png::write_contact_sheet(doc, folder / "contact.png"), util::Failure);
  // The cover (page 1) uses only font 0 and was written; the page that needed the font was not.
  CHECK(fs::exists(folder / "page-001.png"));
  CHECK_FALSE(fs::exists(folder / "page-002.png"));
  CHECK_FALSE(fs::exists(folder / "contact.png"));
  CHECK(std::distance(fs::directory_iterator(folder), fs::directory_iterator()) == 1);
}

namespace {

std::string file_bytes(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

}  // namespace

TEST_CASE("png: a page's digest changes with what its pixels show, and only with that", "[png]") {
  const draw::Document doc = multilingual_document();
  const auto base = exporter::png::page_digests(doc, {72});
  REQUIRE(base.size() == 3);
  CHECK(base[0] != base[1]);
  CHECK(exporter::png::page_digests(doc, {72}) == base);

  auto changed = [&](auto&& change, std::size_t page = 1, exporter::png::Options options = {72}) {
    draw::Document d = doc;
    change(d);
    const auto digests = exporter::png::page_digests(d, options);
    for (std::size_t i = 0; i < digests.size(); ++i)
      if (i != page) CHECK(digests[i] == base[i]);
    return digests[page] != base[page];
  };
  // A glyph a thousandth of a point to the right, another glyph, another size.
  CHECK(changed([](draw::Document& d) { std::get<draw::GlyphRun>(d.pages[1].items[0].content).glyphs[0].x += 0.001; }));
  CHECK(changed([](draw::Document& d) { std::get<draw::GlyphRun>(d.pages[1].items[0].content).glyphs[0].id += 1; }));
  CHECK(changed([](draw::Document& d) { std::get<draw::GlyphRun>(d.pages[1].items[0].content).size += 0.1; }));
  // The screen colour of a swatch the page uses changes every page that uses it.
  {
    draw::Document d = doc;
    d.swatches.at(std::get<draw::GlyphRun>(d.pages[1].items[0].content).fill.swatch).rgb.r += 0.01;
    CHECK(exporter::png::page_digests(d, {72})[1] != base[1]);
  }
  // Another resolution, another engine or font/image contents (the salt): every page.
  CHECK(exporter::png::page_digests(doc, {150})[1] != base[1]);
  CHECK(exporter::png::page_digests(doc, {72, 1})[1] != base[1]);
  // Links, frames and labels are not painted.
  CHECK_FALSE(changed([](draw::Document& d) { draw::Link link;
    link.area = {10, 10, 50, 20};
    link.uri = "https://example.org";
    d.pages[1].links.push_back(link); }));
  CHECK_FALSE(changed([](draw::Document& d) { d.pages[1].frames.push_back({"body", "text", {0, 0, 100, 100}}); }));
  // A PNG placed larger on another page is drawn from a larger copy here too.
  {
    const fs::path picture = scratch("png-digest") / "picture.png";
    write_png(picture, 400, 300, 0.2, 0.4, 0.6, 1.0);
    draw::Document d = doc;
    const auto id = d.intern_image({picture, draw::ImageFormat::png, draw::ImageColor::rgb, 400, 300});
    d.pages[1].items.push_back({draw::ImagePlacement{id, {50, 500, 100, 75}}, false});
    const auto small = exporter::png::page_digests(d, {72});
    d.pages[2].items.push_back({draw::ImagePlacement{id, {50, 500, 200, 150}}, false});
    const auto large = exporter::png::page_digests(d, {72});
    CHECK(large[1] != small[1]);
    // Another picture in the same file (and the job's inputs not told): its pages change.
    write_png(picture, 401, 300, 0.6, 0.4, 0.2, 1.0);
    const auto other = exporter::png::page_digests(d, {72});
    CHECK(other[1] != large[1]);
    CHECK(other[0] == large[0]);
  }
}

TEST_CASE("png: kept previews are not written, and the contact sheet reads their pixels", "[png]") {
  const draw::Document doc = booklet(4);
  const fs::path earlier = scratch("png-kept") / "earlier", now = scratch("png-kept") / "now";
  const auto all = exporter::png::write_previews(doc, earlier, {72});
  CHECK(all.size() == 5);  // four pages and the sheet
  exporter::png::Kept kept{earlier, {true, false, true, true}, false};
  const auto written = exporter::png::write_previews(doc, now, {72}, kept);
  REQUIRE(written.size() == 2);
  CHECK(written[0].filename() == "page-002.png");
  CHECK(written[1].filename() == "contact-sheet.png");
  CHECK_FALSE(fs::exists(now / "page-001.png"));
  CHECK(file_bytes(now / "page-002.png") == file_bytes(earlier / "page-002.png"));
  // The sheet made from two kept files and one painted page is the sheet painted whole.
  CHECK(file_bytes(now / "contact-sheet.png") == file_bytes(earlier / "contact-sheet.png"));
  kept.pages = {true, true, true, true};
  kept.contact_sheet = true;
  CHECK(exporter::png::write_previews(doc, scratch("png-kept") / "none", {72}, kept).empty());
  // A kept file that is not there is an error naming it, not a sheet with a hole.
  kept = {scratch("png-kept") / "absent", {true, false, false, false}, false};
  CHECK_THROWS_AS(exporter::png::write_previews(doc, scratch("png-kept") / "again", {72}, kept), util::Failure);
}
