// The shared Cairo painting: colours, glyph text, labels, font and image loading, clipping.
#include <catch2/catch.hpp>

#include <fstream>

#include "export/cairo/font_cache.hpp"
#include "export/cairo/glyph_text.hpp"
#include "export/cairo/jpeg_image.hpp"
#include "draw/page_label.hpp"
#include "export/cairo/page_painter.hpp"
#include "export/cairo/png_image.hpp"
#include "export/cairo/screen_color.hpp"
#include "test_cairo_samples.hpp"
#include "util/diagnostics.hpp"

using namespace cairo_samples;
namespace ec = exporter::cairo;

TEST_CASE("cairo: a tint blends the swatch toward white paper", "[cairo]") {
  const draw::Swatch sea{"sea", {1, 0.55, 0, 0.3}, {0, 0.33, 0.53}, false, false, false};
  const draw::Rgb half = ec::screen_color(sea, 0.5);
  CHECK(half.r == Approx(0.5));
  CHECK(half.g == Approx(0.665));
  CHECK(half.b == Approx(0.765));
  const draw::Rgb solid = ec::screen_color(sea, 1);
  CHECK(solid.g == Approx(0.33));
  const draw::Rgb none = ec::screen_color(sea, 0);
  CHECK(none.b == Approx(1));
  CHECK(ec::screen_color(sea, 7).b == Approx(0.53));  // clamped
}

TEST_CASE("cairo: glyph runs keep their clusters, ligatures included", "[cairo]") {
  draw::Document doc = test_support::a4_document();
  test_support::add_text(doc, doc.pages[0], test_support::noto_serif, 0, 12, 10, 20, "office", "en", {0, 1});
  const auto& run = std::get<draw::GlyphRun>(doc.pages[0].items[0].content);
  const ec::GlyphText text = ec::glyph_text(run);
  REQUIRE(text.has_text());
  CHECK(text.utf8 == "office");
  CHECK(text.glyphs.size() == 4);  // o, ffi, c, e
  REQUIRE(text.clusters.size() == 4);
  CHECK(text.clusters[1].num_bytes == 3);
  CHECK(text.clusters[1].num_glyphs == 1);
  CHECK(text.glyphs[1].x == Approx(run.glyphs[1].x));
  CHECK(text.glyphs[1].y == Approx(20));
}

TEST_CASE("cairo: runs whose clusters Cairo would reject are drawn without text", "[cairo]") {
  draw::GlyphRun run;
  run.glyphs = {{10, 0, 0, 5}, {11, 5, 0, 5}};
  run.clusters = {{0, 1, "a"}, {1, 1, "b"}};
  CHECK(ec::glyph_text(run).has_text());

  SECTION("a glyph left uncovered") {
    run.clusters.pop_back();
  }
  SECTION("clusters out of order") {
    run.clusters[1].first_glyph = 0;
  }
  SECTION("invalid UTF-8") {
    run.clusters[1].text = "\xC3";
  }
  const ec::GlyphText text = ec::glyph_text(run);
  CHECK_FALSE(text.has_text());
  CHECK(text.glyphs.size() == 2);
}

TEST_CASE("cairo: page labels are folios; unnumbered pages by position, roman if taken", "[cairo]") {
  draw::Document doc = test_support::a4_document();
  doc.pages.resize(5, doc.pages[0]);
  doc.pages[0].label = "";    // cover: position 1, and folio "1" is taken below
  doc.pages[1].label = "1";
  doc.pages[2].label = "2";
  doc.pages[3].label = "";    // a blank: position 4, no folio says "4"
  doc.pages[4].label = "3";
  CHECK(draw::page_label(doc, 0) == "i");
  CHECK(draw::page_label(doc, 1) == "1");
  CHECK(draw::page_label(doc, 3) == "4");
  CHECK(draw::page_label(doc, 4) == "3");
  CHECK(draw::lower_roman(1) == "i");
  CHECK(draw::lower_roman(4) == "iv");
  CHECK(draw::lower_roman(14) == "xiv");
  CHECK(draw::lower_roman(1999) == "mcmxcix");
  CHECK(draw::lower_roman(0) == "0");
}

TEST_CASE("cairo: fonts load once and name the file they could not read", "[cairo]") {
  ec::FontCache cache({{test_support::noto_serif, 0, "", ""},
                       {test_support::noto_sans_cjk, 2, "", ""},
                       {"/nonexistent/missing.ttf", 0, "", ""},
                       {test_support::noto_serif, 7, "", ""}});
  cairo_font_face_t* serif = cache.face(0);
  CHECK(serif == cache.face(0));
  CHECK(cairo_font_face_get_type(serif) == CAIRO_FONT_TYPE_FT);
  CHECK(cache.face(1) != serif);
  try {
    cache.face(2);
    FAIL("no Failure thrown");
  } catch (const util::Failure& failure) {
    CHECK(failure.diagnostic.message.find("/nonexistent/missing.ttf") != std::string::npos);
  }
  CHECK_THROWS_AS(cache.face(3), util::Failure);  // a single-face file has no face 7
}

TEST_CASE("cairo: a face Cairo still holds survives the cache", "[cairo]") {
  ec::FontFace kept;
  {
    ec::FontCache cache({{test_support::noto_serif, 0, "", ""}});
    kept.reset(cairo_font_face_reference(cache.face(0)));
  }
  // The FT_Face and its library must still be alive: measure a glyph with it.
  ec::Surface surface(cairo_image_surface_create(CAIRO_FORMAT_RGB24, 50, 50));
  ec::Context cr(cairo_create(surface.get()));
  cairo_set_font_face(cr.get(), kept.get());
  cairo_set_font_size(cr.get(), 20);
  cairo_text_extents_t extents;
  cairo_text_extents(cr.get(), "H", &extents);
  CHECK(extents.width > 5);
  CHECK(cairo_status(cr.get()) == CAIRO_STATUS_SUCCESS);
}

TEST_CASE("cairo: JPEGs keep their bytes for the PDF unless they are CMYK", "[cairo]") {
  const fs::path folder = scratch("cairo-jpeg-mime");
  write_jpeg(folder / "rgb.jpg", 8, 4, JCS_RGB, {10, 20, 30});
  write_jpeg(folder / "cmyk.jpg", 8, 4, JCS_CMYK, {0, 0, 0, 0});
  const ec::Surface rgb = ec::decode_jpeg(folder / "rgb.jpg");
  CHECK(cairo_image_surface_get_width(rgb.get()) == 8);
  CHECK(cairo_image_surface_get_height(rgb.get()) == 4);
  const unsigned char* data = nullptr;
  unsigned long length = 0;
  cairo_surface_get_mime_data(rgb.get(), CAIRO_MIME_TYPE_JPEG, &data, &length);
  CHECK(length == fs::file_size(folder / "rgb.jpg"));
  REQUIRE(data != nullptr);
  CHECK(data[0] == 0xFF);
  CHECK(data[1] == 0xD8);  // SOI: the file itself

  const ec::Surface cmyk = ec::decode_jpeg(folder / "cmyk.jpg");
  data = nullptr;
  cairo_surface_get_mime_data(cmyk.get(), CAIRO_MIME_TYPE_JPEG, &data, &length);
  CHECK(data == nullptr);
}

TEST_CASE("cairo: unreadable images are Failures naming the file", "[cairo]") {
  const fs::path folder = scratch("cairo-bad-images");
  {
    std::ofstream junk(folder / "junk.jpg");
    junk << "not a JPEG at all";
  }
  {
    std::ofstream junk(folder / "junk.png");
    junk << "not a PNG at all";
  }
  for (const char* name : {"junk.jpg", "absent.jpg"}) {
    try {
      ec::decode_jpeg(folder / name);
      FAIL("no Failure thrown");
    } catch (const util::Failure& failure) {
      CHECK(failure.diagnostic.message.find(name) != std::string::npos);
    }
  }
  for (const char* name : {"junk.png", "absent.png"}) {
    try {
      ec::decode_png(folder / name);
      FAIL("no Failure thrown");
    } catch (const util::Failure& failure) {
      CHECK(failure.diagnostic.message.find(name) != std::string::npos);
    }
  }
}

TEST_CASE("cairo: a sheet clips each page to its panel", "[cairo]") {
  const draw::Document leaflet = leaflet_document();
  const draw::Sheet& outside = leaflet.sheets[0];
  ec::Surface surface(cairo_image_surface_create(CAIRO_FORMAT_RGB24, static_cast<int>(outside.width),
                                                 static_cast<int>(outside.height)));
  ec::Context cr(cairo_create(surface.get()));
  cairo_set_source_rgb(cr.get(), 1, 1, 1);
  cairo_paint(cr.get());
  ec::PagePainter painter(leaflet);
  painter.paint_sheet(cr.get(), outside);
  cairo_surface_flush(surface.get());
  auto red_at = [&](double x) {
    const unsigned char* row = cairo_image_surface_get_data(surface.get()) + 55 * cairo_image_surface_get_stride(surface.get());
    return static_cast<int>(reinterpret_cast<const std::uint32_t*>(row)[static_cast<int>(x)] >> 16 & 0xff);
  };
  // Panel 1 (25 % tint) ends at 97 mm; panel 2's band (50 %) would reach 20 pt into it unclipped.
  CHECK(red_at(util::mm(97) - 5) == Approx(191).margin(2));
  CHECK(red_at(util::mm(97) + 5) == Approx(128).margin(2));
  CHECK(red_at(util::mm(197) - 5) == Approx(128).margin(2));
  CHECK(red_at(util::mm(197) + 5) == Approx(64).margin(2));
}
