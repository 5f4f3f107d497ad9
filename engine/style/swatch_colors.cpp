#include "style/swatch_colors.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <vector>

#include <lcms2.h>

namespace style {

std::optional<draw::Cmyk> parse_cmyk_percent(std::string_view text) {
  std::vector<double> values;
  const char* p = text.data();
  const char* end = text.data() + text.size();
  while (p != end) {
    if (*p == ' ' || *p == '\t') {
      ++p;
      continue;
    }
    double value = 0;
    auto [next, ec] = std::from_chars(p, end, value);
    if (ec != std::errc{} || !std::isfinite(value) || value < 0 || value > 100) return std::nullopt;
    if (next != end && *next != ' ' && *next != '\t') return std::nullopt;  // "50%" or "50,"
    values.push_back(value / 100);
    p = next;
  }
  if (values.size() != 4) return std::nullopt;
  return draw::Cmyk{values[0], values[1], values[2], values[3]};
}

std::optional<draw::Rgb> parse_hex_rgb(std::string_view text) {
  if (text.size() != 7 || text[0] != '#') return std::nullopt;
  double channels[3];
  for (int i = 0; i < 3; ++i) {
    const char* first = text.data() + 1 + 2 * i;
    unsigned value = 0;
    auto [next, ec] = std::from_chars(first, first + 2, value, 16);
    if (ec != std::errc{} || next != first + 2) return std::nullopt;
    channels[i] = value / 255.0;
  }
  return draw::Rgb{channels[0], channels[1], channels[2]};
}

draw::Rgb naive_rgb(const draw::Cmyk& cmyk) {
  return {(1 - cmyk.c) * (1 - cmyk.k), (1 - cmyk.m) * (1 - cmyk.k), (1 - cmyk.y) * (1 - cmyk.k)};
}

draw::Cmyk naive_cmyk(const draw::Rgb& rgb) {
  double k = 1 - std::max({rgb.r, rgb.g, rgb.b});
  if (k >= 1) return {0, 0, 0, 1};
  return {(1 - rgb.r - k) / (1 - k), (1 - rgb.g - k) / (1 - k), (1 - rgb.b - k) / (1 - k), k};
}

namespace detail {
void delete_transform(void* transform) noexcept { cmsDeleteTransform(transform); }
}  // namespace detail

using Profile = util::Handle<void, cmsCloseProfile>;

std::optional<CmykToSrgb> CmykToSrgb::from_profile(const std::filesystem::path& profile, std::string& problem) {
  std::error_code ec;
  if (!std::filesystem::is_regular_file(profile, ec)) {
    problem = "the output profile " + profile.string() + " does not exist";
    return std::nullopt;
  }
  Profile cmyk(cmsOpenProfileFromFile(profile.c_str(), "r"));
  if (!cmyk) {
    problem = "the output profile " + profile.string() + " is not an ICC profile lcms2 can read";
    return std::nullopt;
  }
  if (cmsGetColorSpace(cmyk.get()) != cmsSigCmykData) {
    problem = "the output profile " + profile.string() + " is not a CMYK profile";
    return std::nullopt;
  }
  Profile srgb(cmsCreate_sRGBProfile());
  void* transform = cmsCreateTransform(cmyk.get(), TYPE_CMYK_DBL, srgb.get(), TYPE_RGB_DBL,
                                       INTENT_RELATIVE_COLORIMETRIC, cmsFLAGS_BLACKPOINTCOMPENSATION);
  if (!transform) {
    problem = "lcms2 cannot convert from the output profile " + profile.string() + " to sRGB";
    return std::nullopt;
  }
  return CmykToSrgb(transform);
}

draw::Rgb CmykToSrgb::operator()(const draw::Cmyk& cmyk) const {
  // lcms2 takes floating-point CMYK in percent and gives RGB in 0..1.
  const double in[4] = {cmyk.c * 100, cmyk.m * 100, cmyk.y * 100, cmyk.k * 100};
  double out[3] = {0, 0, 0};
  cmsDoTransform(transform_.get(), in, out, 1);
  auto clamp = [](double v) { return std::clamp(v, 0.0, 1.0); };
  return {clamp(out[0]), clamp(out[1]), clamp(out[2])};
}

}  // namespace style
