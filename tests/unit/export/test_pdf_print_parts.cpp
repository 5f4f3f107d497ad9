// The print writer's parts on their own: number and date syntax, CFF charsets, ToUnicode
// maps, cluster folding, printer's marks, JPEG headers and ICC profiles.
#include <catch2/catch.hpp>

#include <lcms2.h>

#include <fstream>
#include <iterator>
#include <regex>

#include "export/pdf/cff_charset.hpp"
#include "export/pdf/font_subset.hpp"
#include "export/pdf/jpeg_info.hpp"
#include "export/pdf_print/output_intent.hpp"
#include "export/pdf/pdf_date.hpp"
#include "export/pdf/pdf_syntax.hpp"
#include "export/pdf_print/printer_marks.hpp"
#include "export/pdf/srgb_profile.hpp"
#include "export/pdf/subset_tag.hpp"
#include "export/pdf/text_clusters.hpp"
#include "export/pdf/to_unicode.hpp"
#include "test_pdf_print_samples.hpp"
#include "util/diagnostics.hpp"
#include "util/handle.hpp"
#include "util/units.hpp"

using namespace exporter::pdf;
using namespace exporter::pdf_print;
namespace fs = std::filesystem;

namespace {

std::string read_file(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// The glyphs HarfBuzz picks for `text` in a font, via a throwaway document.
std::set<std::uint32_t> glyphs_for(const char* font, unsigned face, const std::string& text, const std::string& lang) {
  draw::Document doc = test_support::a4_document(lang);
  test_support::add_text(doc, doc.pages.front(), font, face, 10, 0, 0, text, lang, {0, 1});
  std::set<std::uint32_t> ids;
  for (const auto& g : std::get<draw::GlyphRun>(doc.pages.front().items.back().content).glyphs) ids.insert(g.id);
  return ids;
}

// Overlap of two rectangles beyond `tolerance` on both axes.
bool overlaps(const draw::Rect& a, const draw::Rect& b, double tolerance) {
  const double w = std::min(a.right(), b.right()) - std::max(a.left(), b.left());
  const double h = std::min(a.bottom(), b.bottom()) - std::max(a.top(), b.top());
  return w > tolerance && h > tolerance;
}

draw::Rect item_bounds(const draw::Item& item) {
  if (const auto* path = std::get_if<draw::Path>(&item.content)) return path->bounds();
  if (const auto* run = std::get_if<draw::GlyphRun>(&item.content)) return run->ink;
  return std::get<draw::ImagePlacement>(item.content).rect;
}

}  // namespace

TEST_CASE("pdf_print parts: numbers are short, fixed and locale-free", "[pdf_print]") {
  CHECK(number(12.5) == "12.5");
  CHECK(number(-1.0 / 3) == "-0.333");
  CHECK(number(-0.0001) == "0");
  CHECK(number(1000) == "1000");
  CHECK(number(0.123456, 5) == "0.12346");
  CHECK(rounded(2.0004) == 2.0);
  CHECK(utf16be_hex("Aé") == "004100E9");
  CHECK(utf16be_hex("\xF0\x9F\x98\x80") == "D83DDE00");  // U+1F600 as a surrogate pair
  CHECK(text_string_hex("ffi") == "<FEFF006600660069>");
  CHECK(code_hex(0x1A7) == "01A7");
}

TEST_CASE("pdf_print parts: build dates in PDF and XMP spelling", "[pdf_print]") {
  const DateTime zoned = parse_iso_date_time("2026-01-15T08:30:00+07:00");
  CHECK(pdf_date(zoned) == "D:20260115083000+07'00'");
  CHECK(xmp_date(zoned) == "2026-01-15T08:30:00+07:00");
  CHECK(pdf_date(parse_iso_date_time("2026-01-15")) == "D:20260115000000Z");
  CHECK(xmp_date(parse_iso_date_time("2026-01-15T08:30Z")) == "2026-01-15T08:30:00Z");
  CHECK(pdf_date(parse_iso_date_time("2026-06-01T12:00:00-03:30")) == "D:20260601120000-03'30'");
  CHECK(xmp_date(parse_iso_date_time("2026-01-01T03:00:00+07:00").to_utc()) == "2025-12-31T20:00:00Z");
  CHECK_THROWS_AS(parse_iso_date_time("15.01.2026"), util::Failure);
  CHECK_THROWS_AS(parse_iso_date_time("2026-13-01"), util::Failure);
}

TEST_CASE("pdf_print parts: Noto CJK subsets keep each glyph's CID equal to its original id", "[pdf_print]") {
  // DESIGN.md says the subset charset gives CID = original glyph id for Noto CJK: verified
  // here for all three faces, from the CFF charset the subset really carries.
  const std::pair<std::string, std::string> samples[] = {{"zh", "广义投资指南经济区"}, {"ja", "投資ガイド経済特区"},
                                                         {"ko", "투자 안내서 경제 구역"}};
  for (const auto& [lang, text] : samples) {
    INFO(lang);
    const draw::FontFace face{test_support::noto_sans_cjk, test_support::cjk_face_index(lang), "", ""};
    const auto ids = glyphs_for(test_support::noto_sans_cjk, face.index, text, lang);
    const SubsetFont subset = subset_font(face, ids);
    REQUIRE(subset.outlines == Outlines::cff);
    const auto cids = cff_glyph_cids(subset.program);
    // Every requested glyph, .notdef, and the few ideographic-variation alternates that
    // hb-subset keeps for the kanji through cmap format 14 (Japanese only).
    CHECK(cids.size() >= ids.size() + 1);
    CHECK(cids.size() <= ids.size() + 5);
    for (std::uint32_t id : ids) CHECK(subset.glyph(id).code == id);
    CHECK(subset.program.size() < 40000);  // a subset, not the 16 MB collection
  }
}

TEST_CASE("pdf_print parts: TrueType subsets number their glyphs densely", "[pdf_print]") {
  const draw::FontFace face{test_support::noto_serif, 0, "", ""};
  const auto ids = glyphs_for(test_support::noto_serif, 0, "Khu kinh tế Dung Quất", "vi");
  const SubsetFont subset = subset_font(face, ids);
  REQUIRE(subset.outlines == Outlines::truetype);
  std::set<std::uint16_t> codes;
  for (std::uint32_t id : ids) codes.insert(subset.glyph(id).code);
  CHECK(codes.size() == ids.size());
  CHECK(*codes.begin() == 1);  // 0 is .notdef
  CHECK(*codes.rbegin() == ids.size());
  CHECK(subset.postscript_name == "NotoSerif-Regular");
  CHECK(subset.metrics.ascent > 0);
  CHECK(subset.metrics.descent < 0);
  CHECK(subset.glyph(*ids.begin()).width > 0);
}

TEST_CASE("pdf_print parts: subset tags follow the glyph set", "[pdf_print]") {
  const draw::FontFace face{test_support::noto_serif, 0, "", ""};
  const SubsetFont a = subset_font(face, glyphs_for(test_support::noto_serif, 0, "abc", "en"));
  const SubsetFont a_again = subset_font(face, glyphs_for(test_support::noto_serif, 0, "cab", "en"));
  const SubsetFont b = subset_font(face, glyphs_for(test_support::noto_serif, 0, "xyz", "en"));
  CHECK(std::regex_match(subset_tag(a), std::regex("[A-Z]{6}")));
  CHECK(subset_tag(a) == subset_tag(a_again));
  CHECK(subset_tag(a) != subset_tag(b));
}

TEST_CASE("pdf_print parts: unreadable fonts and stray glyph ids are failures naming the font", "[pdf_print]") {
  CHECK_THROWS_AS(subset_font({"/nonexistent/font.ttf", 0, "", ""}, {1, 2}), util::Failure);
  try {
    subset_font({test_support::noto_serif, 0, "", ""}, {999999});
    FAIL("no failure");
  } catch (const util::Failure& f) {
    CHECK(f.diagnostic.where.file == test_support::noto_serif);
    CHECK(f.diagnostic.message.find("999999") != std::string::npos);
  }
  CHECK_THROWS_AS(cff_glyph_cids("not a CFF table"), CffCharsetError);
}

TEST_CASE("pdf_print parts: ToUnicode maps come in blocks of at most 100", "[pdf_print]") {
  std::map<std::uint16_t, std::string> texts;
  for (std::uint16_t code = 1; code <= 250; ++code) texts[code] = std::string(1, static_cast<char>('A' + code % 26));
  texts[300] = "ffi";
  texts[301] = "";  // no text: left out
  const std::string cmap = to_unicode_cmap(texts);
  const std::regex block(R"((\d+) beginbfchar)");
  std::vector<int> sizes;
  for (auto it = std::sregex_iterator(cmap.begin(), cmap.end(), block); it != std::sregex_iterator(); ++it)
    sizes.push_back(std::stoi((*it)[1]));
  CHECK(sizes == std::vector<int>{100, 100, 51});
  CHECK(cmap.find("<012C> <006600660069>") != std::string::npos);
  CHECK(cmap.find("<012D>") == std::string::npos);
  CHECK(cmap.find("/CMapName /Adobe-Identity-UCS def") != std::string::npos);
}

TEST_CASE("pdf_print parts: text clusters cover every glyph and fold combining marks", "[pdf_print]") {
  draw::GlyphRun run;
  run.glyphs.resize(6);
  // е, then its stress mark as a cluster of its own, a gap, and text with no glyph.
  run.clusters = {{0, 1, "е"}, {1, 1, "\u0301"}, {2, 1, "x"}, {4, 1, "a"}, {5, 0, "\u0302"}};
  const auto clusters = text_clusters(run);
  REQUIRE(clusters.size() == 5);
  CHECK(clusters[0].first_glyph == 0);
  CHECK(clusters[0].glyph_count == 2);
  CHECK(clusters[0].text == "е\u0301");
  CHECK(clusters[1].text == "x");
  CHECK(clusters[2].first_glyph == 3);  // glyph 3 belonged to no cluster
  CHECK(clusters[2].glyph_count == 1);
  CHECK(clusters[2].text.empty());
  CHECK(clusters[3].text == "a\u0302");  // the glyphless mark joins the cluster before it
  CHECK(clusters[3].glyph_count == 1);
  CHECK(clusters[4].first_glyph == 5);
  CHECK(clusters[4].text.empty());
}

TEST_CASE("pdf_print parts: printer's marks stay outside the bleed and inside the MediaBox", "[pdf_print]") {
  draw::PrintSetup print;
  print.slug_height = util::mm(16);
  const Surface surface(util::mm(297), util::mm(210), util::mm(3), print.slug_height);
  std::vector<draw::Swatch> swatches;
  const MarkInks inks = add_mark_inks(swatches);
  const draw::FontFace face = test_support::a4_document().print.marks_font;
  const SlugLine slug{face, 0, "qn-leaflet · en · print · sheet inside 1/2 · 2026-01-15"};
  const std::vector<draw::Fold> folds = {{util::mm(100)}, {util::mm(200)}};
  const auto marks = printer_marks(surface, print, folds, inks, slug);
  REQUIRE(marks.size() > 20);
  int text = 0, dashed = 0;
  for (const auto& item : marks) {
    const draw::Rect bounds = item_bounds(item);
    INFO(bounds.x << " " << bounds.y << " " << bounds.width << " " << bounds.height);
    CHECK(surface.media_rect().contains(bounds));
    CHECK_FALSE(overlaps(bounds, surface.bleed_rect(), mark_line_width / 2 + 0.001));
    if (const auto* run = std::get_if<draw::GlyphRun>(&item.content)) {
      ++text;
      CHECK(run->fill.swatch == inks.registration);
    }
    if (const auto* path = std::get_if<draw::Path>(&item.content); path && path->stroke && !path->stroke->dash.empty()) {
      ++dashed;
      const double x = path->segments.front().p[0].x;
      CHECK((x == Approx(util::mm(100)) || x == Approx(util::mm(200))));
    }
  }
  CHECK(text == 1);
  CHECK(dashed == 4);  // above and below each fold
  CHECK(swatches[inks.registration].registration);

  // No room outside the bleed, no marks (rather than marks cut off by the MediaBox).
  print.slug_height = 0;
  CHECK(printer_marks(Surface(util::mm(210), util::mm(297), util::mm(3), 0), print, {}, inks, slug).empty());
}

TEST_CASE("pdf_print parts: JPEG headers are read from the file's markers", "[pdf_print]") {
  const fs::path folder = print_samples::scratch("jpeg-info");
  print_samples::write_jpeg(folder / "cmyk.jpg", 33, 21, 4, 10);
  print_samples::write_jpeg(folder / "gray.jpg", 12, 7, 1, 10);
  const auto cmyk = read_jpeg_info(read_file(folder / "cmyk.jpg"));
  REQUIRE(cmyk);
  CHECK(cmyk->width == 33);
  CHECK(cmyk->height == 21);
  CHECK(cmyk->components == 4);
  CHECK(cmyk->adobe_marker);
  const auto gray = read_jpeg_info(read_file(folder / "gray.jpg"));
  REQUIRE(gray);
  CHECK(gray->components == 1);
  CHECK_FALSE(gray->adobe_marker);
  CHECK_FALSE(read_jpeg_info("\x89PNG\r\n\x1a\n"));
  CHECK_FALSE(read_jpeg_info(read_file(folder / "gray.jpg").substr(0, 40)));  // cut before the frame
}

TEST_CASE("pdf_print parts: the sRGB profile is ICC v2, dated by the build and deterministic", "[pdf_print]") {
  const std::string profile = srgb_profile("2026-01-15T08:30:00+07:00");
  REQUIRE(profile.size() > 128);
  CHECK(static_cast<unsigned char>(profile[8]) == 2);  // major version
  CHECK(profile.substr(12, 8) == "mntrRGB ");
  // Creation date in UTC: 2026-01-15 01:30:00.
  const unsigned char expected[12] = {0x07, 0xEA, 0, 1, 0, 15, 0, 1, 0, 30, 0, 0};
  for (int i = 0; i < 12; ++i) CHECK(static_cast<unsigned char>(profile[24 + i]) == expected[i]);
  CHECK(srgb_profile("2026-01-15T08:30:00+07:00") == profile);
  util::Handle<void, cmsCloseProfile> opened(cmsOpenProfileFromMem(profile.data(), static_cast<cmsUInt32Number>(profile.size())));
  REQUIRE(opened);
  CHECK(cmsGetColorSpace(opened.get()) == cmsSigRgbData);
}

TEST_CASE("pdf_print parts: the output-intent profile must be a CMYK printer profile", "[pdf_print]") {
  const fs::path fogra = fs::path(BROCHURE_SOURCE_DIR) / "layouts" / "color" / "FOGRA39L-argyll.icc";
  const std::string bytes = read_output_profile(fogra);
  CHECK(bytes.substr(12, 8) == "prtrCMYK");
  CHECK(output_profile_path(draw::PrintSetup{}).filename() == "FOGRA39L-argyll.icc");

  const fs::path folder = print_samples::scratch("profiles");
  std::ofstream(folder / "srgb.icc", std::ios::binary) << srgb_profile("2026-01-15");
  CHECK_THROWS_AS(read_output_profile(folder / "srgb.icc"), util::Failure);
  CHECK_THROWS_AS(read_output_profile(folder / "missing.icc"), util::Failure);
}
