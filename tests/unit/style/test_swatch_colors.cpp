// Swatch values as written, and the side a layout leaves out: screen RGB from CMYK through the
// output profile (or the naive formula, with a warning), CMYK from RGB for RGB-only swatches.
#include <catch2/catch.hpp>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <lcms2.h>

#include "layout_files.hpp"
#include "style/reader.hpp"
#include "style/swatch_colors.hpp"
#include "util/handle.hpp"

using style_test::fixture;
using style_test::listing;
namespace fs = std::filesystem;

TEST_CASE("colours: CMYK in percent and RGB as #rrggbb") {
  auto cmyk = style::parse_cmyk_percent("100 55 0 30");
  REQUIRE(cmyk);
  CHECK(cmyk->c == Approx(1.0));
  CHECK(cmyk->m == Approx(0.55));
  CHECK(cmyk->y == Approx(0.0));
  CHECK(cmyk->k == Approx(0.3));
  CHECK(style::parse_cmyk_percent(" 12.5 3 0 0 ")->c == Approx(0.125));
  CHECK_FALSE(style::parse_cmyk_percent("100 55 0"));
  CHECK_FALSE(style::parse_cmyk_percent("100 55 0 30 5"));
  CHECK_FALSE(style::parse_cmyk_percent("101 0 0 0"));
  CHECK_FALSE(style::parse_cmyk_percent("50% 0 0 0"));
  CHECK_FALSE(style::parse_cmyk_percent("c m y k"));
  CHECK_FALSE(style::parse_cmyk_percent(""));

  auto rgb = style::parse_hex_rgb("#005587");
  REQUIRE(rgb);
  CHECK(rgb->r == Approx(0.0));
  CHECK(rgb->g == Approx(0x55 / 255.0));
  CHECK(rgb->b == Approx(0x87 / 255.0));
  CHECK(style::parse_hex_rgb("#FFFFFF")->b == Approx(1.0));
  CHECK_FALSE(style::parse_hex_rgb("005587"));
  CHECK_FALSE(style::parse_hex_rgb("#00558"));
  CHECK_FALSE(style::parse_hex_rgb("#00558g"));
  CHECK_FALSE(style::parse_hex_rgb("#0055870"));
}

TEST_CASE("colours: the naive formulas") {
  auto cyan = style::naive_rgb({1, 0, 0, 0});
  CHECK(cyan.r == Approx(0));
  CHECK(cyan.g == Approx(1));
  CHECK(cyan.b == Approx(1));
  auto half_black = style::naive_rgb({0, 0, 0, 0.5});
  CHECK(half_black.r == Approx(0.5));
  CHECK(half_black.b == Approx(0.5));

  auto orange = style::naive_cmyk({1, 0.5, 0});
  CHECK(orange.c == Approx(0));
  CHECK(orange.m == Approx(0.5));
  CHECK(orange.y == Approx(1));
  CHECK(orange.k == Approx(0));
  auto black = style::naive_cmyk({0, 0, 0});
  CHECK(black.k == Approx(1));
  CHECK(black.c == Approx(0));
}

TEST_CASE("colours: a missing profile gives the naive RGB and a warning, RGB-only swatches are marked") {
  util::Diagnostics diagnostics;
  auto layout = style::read_layout(fixture("colour-derivation.xml"), diagnostics);
  INFO(listing(diagnostics));
  REQUIRE(layout);
  CHECK(diagnostics.warning_count() == 1);
  CHECK(diagnostics.contains("minimal-handbook.xml:7:3: warning: the output profile "));
  CHECK(diagnostics.contains("no-such-profile.icc does not exist; the screen colours of the swatches given only "
                             "in CMYK (cyan) are estimated with the naive formula"));

  const auto* cyan = layout->swatch("cyan");
  REQUIRE(cyan);
  CHECK(cyan->rgb.r == Approx(0));
  CHECK(cyan->rgb.g == Approx(1));
  CHECK(cyan->rgb.b == Approx(1));
  CHECK_FALSE(cyan->rgb_only);

  const auto* orange = layout->swatch("web-orange");
  REQUIRE(orange);
  CHECK(orange->rgb_only);
  CHECK(orange->cmyk.c == Approx(0));
  CHECK(orange->cmyk.m == Approx(1 - 128 / 255.0));
  CHECK(orange->cmyk.y == Approx(1));
  CHECK(orange->cmyk.k == Approx(0));
  CHECK_FALSE(layout->swatch("sea")->rgb_only);
}

namespace {

using Profile = util::Handle<void, cmsCloseProfile>;
using Transform = util::Handle<void, cmsDeleteTransform>;
using Pipeline = util::Handle<cmsPipeline, cmsPipelineFree>;

// A made-up press whose inks print as their neighbours: the naive colour with its channels
// rotated, so cyan paper looks yellow. No formula in the reader can produce it by accident.
draw::Rgb rotated_press(const draw::Cmyk& cmyk) {
  auto naive = style::naive_rgb(cmyk);
  return {naive.g, naive.b, naive.r};
}

int sample_press(const cmsUInt16Number in[], cmsUInt16Number out[], void* srgb_to_lab) {
  draw::Cmyk cmyk{in[0] / 65535.0, in[1] / 65535.0, in[2] / 65535.0, in[3] / 65535.0};
  auto rgb = rotated_press(cmyk);
  const double values[3] = {rgb.r, rgb.g, rgb.b};
  cmsCIELab lab;
  cmsDoTransform(srgb_to_lab, values, &lab, 1);
  cmsFloat2LabEncoded(out, &lab);
  return TRUE;
}

// Writes the rotated press as a CMYK output profile (ICC v4, A2B0 = curves, CLUT, curves).
void write_rotated_press_profile(const fs::path& file) {
  Profile srgb(cmsCreate_sRGBProfile());
  Profile lab(cmsCreateLab4Profile(nullptr));
  Transform srgb_to_lab(
      cmsCreateTransform(srgb.get(), TYPE_RGB_DBL, lab.get(), TYPE_Lab_DBL, INTENT_RELATIVE_COLORIMETRIC, 0));
  REQUIRE(srgb_to_lab);

  Pipeline pipeline(cmsPipelineAlloc(nullptr, 4, 3));
  cmsStage* clut = cmsStageAllocCLut16bit(nullptr, 9, 4, 3, nullptr);
  REQUIRE(cmsStageSampleCLut16bit(clut, sample_press, srgb_to_lab.get(), 0));
  cmsPipelineInsertStage(pipeline.get(), cmsAT_END, cmsStageAllocToneCurves(nullptr, 4, nullptr));
  cmsPipelineInsertStage(pipeline.get(), cmsAT_END, clut);
  cmsPipelineInsertStage(pipeline.get(), cmsAT_END, cmsStageAllocToneCurves(nullptr, 3, nullptr));

  Profile press(cmsCreateProfilePlaceholder(nullptr));
  cmsSetProfileVersion(press.get(), 4.3);
  cmsSetDeviceClass(press.get(), cmsSigOutputClass);
  cmsSetColorSpace(press.get(), cmsSigCmykData);
  cmsSetPCS(press.get(), cmsSigLabData);
  REQUIRE(cmsWriteTag(press.get(), cmsSigMediaWhitePointTag, cmsD50_XYZ()));
  REQUIRE(cmsWriteTag(press.get(), cmsSigAToB0Tag, pipeline.get()));
  REQUIRE(cmsSaveProfileToFile(press.get(), file.c_str()));
}

std::string read_text(const fs::path& file) {
  std::ifstream in(file);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

void replace(std::string& text, const std::string& from, const std::string& to) {
  auto at = text.find(from);
  REQUIRE(at != std::string::npos);
  text.replace(at, from.size(), to);
}

}  // namespace

TEST_CASE("colours: a CMYK-only swatch gets its screen colour from the output profile") {
  const fs::path folder = fs::path(BROCHURE_TEST_SCRATCH) / "style" / "profile";
  fs::create_directories(folder);
  write_rotated_press_profile(folder / "rotated-press.icc");

  // minimal-handbook.xml with the profile and swatches only in CMYK, at nodes of the profile's grid.
  std::string layout_text = read_text(fixture("minimal-handbook.xml"));
  replace(layout_text, "no-such-profile.icc", "rotated-press.icc");
  replace(layout_text, "<swatches>",
          "<swatches><swatch name=\"cyan\" cmyk=\"100 0 0 0\"/><swatch name=\"half-black\" cmyk=\"0 0 0 50\"/>");
  const fs::path layout_file = folder / "minimal-handbook.xml";
  std::ofstream(layout_file) << layout_text;

  util::Diagnostics diagnostics;
  auto layout = style::read_layout(layout_file, diagnostics);
  INFO(listing(diagnostics));
  REQUIRE(layout);
  CHECK(diagnostics.empty());
  for (const char* name : {"cyan", "half-black"}) {
    INFO(name);
    const auto* swatch = layout->swatch(name);
    REQUIRE(swatch);
    auto expected = rotated_press(swatch->cmyk);
    CHECK(swatch->rgb.r == Approx(expected.r).margin(0.01));
    CHECK(swatch->rgb.g == Approx(expected.g).margin(0.01));
    CHECK(swatch->rgb.b == Approx(expected.b).margin(0.01));
  }
  // Swatches with an RGB value keep it.
  CHECK(layout->swatch("sea")->rgb.b == Approx(0x87 / 255.0));
}

TEST_CASE("colours: an output profile that cannot convert CMYK says why") {
  const fs::path folder = fs::path(BROCHURE_TEST_SCRATCH) / "style" / "profile";
  fs::create_directories(folder);
  std::string problem;
  CHECK_FALSE(style::CmykToSrgb::from_profile(folder / "absent.icc", problem));
  CHECK(problem.find("absent.icc does not exist") != std::string::npos);

  std::ofstream(folder / "text.icc") << "not a profile";
  CHECK_FALSE(style::CmykToSrgb::from_profile(folder / "text.icc", problem));
  CHECK(problem.find("is not an ICC profile") != std::string::npos);

  Profile srgb(cmsCreate_sRGBProfile());
  REQUIRE(cmsSaveProfileToFile(srgb.get(), (folder / "srgb.icc").c_str()));
  CHECK_FALSE(style::CmykToSrgb::from_profile(folder / "srgb.icc", problem));
  CHECK(problem.find("is not a CMYK profile") != std::string::npos);
}

TEST_CASE("colours: the handbook's output profile shows its sea blue as the designer chose it") {
  util::Diagnostics diagnostics;
  auto layout = style::read_layout(style_test::shipped_layout("handbook-a4.xml"), diagnostics);
  REQUIRE(layout);
  std::string problem;
  auto convert = style::CmykToSrgb::from_profile(layout->print.output_profile, problem);
  INFO(problem);
  REQUIRE(convert);
  const auto* sea = layout->swatch("sea");
  REQUIRE(sea);
  // FOGRA39 ink on coated paper, not the formula: within 0.04 of #005587 per channel, where
  // the naive formula is 0.17 off in blue.
  auto shown = (*convert)(sea->cmyk);
  CHECK(shown.r == Approx(sea->rgb.r).margin(0.04));
  CHECK(shown.g == Approx(sea->rgb.g).margin(0.04));
  CHECK(shown.b == Approx(sea->rgb.b).margin(0.04));
  CHECK(std::abs(style::naive_rgb(sea->cmyk).b - sea->rgb.b) > 0.1);
}
