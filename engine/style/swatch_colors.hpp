#pragma once
// The two sides of a swatch: CMYK as written for print ("100 55 0 30", percent) and RGB for
// screens ("#005587"), and how to derive one from the other when a layout gives only one.
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include "draw/color.hpp"
#include "util/handle.hpp"

namespace style {

// Four numbers from 0 to 100, separated by spaces → 0..1 each.
std::optional<draw::Cmyk> parse_cmyk_percent(std::string_view text);
// "#rrggbb" → 0..1 each.
std::optional<draw::Rgb> parse_hex_rgb(std::string_view text);

// The textbook formulas, for when no output profile is at hand: r = (1 − c)(1 − k), and the
// inverse with all grey in K. They ignore real inks and paper (a 100 % cyan comes out as pure
// #00ffff), so a layout that relies on them gets a warning.
draw::Rgb naive_rgb(const draw::Cmyk& cmyk);
draw::Cmyk naive_cmyk(const draw::Rgb& rgb);

namespace detail {
void delete_transform(void* transform) noexcept;
}

// CMYK → sRGB through the output profile (lcms2): what the printed ink looks like on a screen.
// Relative colorimetric with black-point compensation: paper white becomes screen white, and
// the press's deepest black the screen's.
class CmykToSrgb {
 public:
  // Nothing when the profile cannot be used; `problem` then says why.
  static std::optional<CmykToSrgb> from_profile(const std::filesystem::path& profile, std::string& problem);

  draw::Rgb operator()(const draw::Cmyk& cmyk) const;

 private:
  explicit CmykToSrgb(void* transform) : transform_(transform) {}
  util::Handle<void, detail::delete_transform> transform_;
};

}  // namespace style
