#pragma once
// Icons by name ("factory", "groups", "directions_boat"), drawn as vector outlines from an icon
// font: Material Icons (Debian's fonts-material-design-icons-iconfont, Apache-2.0), whose
// ligatures turn a name into its glyph. The outline is a path, not text: it prints in one
// swatch like any shape, embeds no font, and adds no "factory" to the page's extractable text.
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "draw/items.hpp"
#include "text/font_config.hpp"

struct hb_font_t;

namespace text {

// The icon set content names icons from: the names are Material's, so it is part of the
// content model rather than a design choice of the layout.
inline constexpr const char* kIconFamily = "Material Icons";

class IconFont {
 public:
  // The family's font file through the build's private fontconfig; nullopt with the reason in
  // `why` when the configuration offers no such font.
  static std::optional<IconFont> open(const FontConfig& config, std::string& why);

  // The icon's outline in a square of `size` pt whose top-left corner is the origin (y down);
  // nullopt when the font has no icon of that name.
  std::optional<draw::Path> outline(std::string_view name, double size) const;

  const std::string& file() const { return file_; }

 private:
  IconFont(std::shared_ptr<hb_font_t> font, std::string file, unsigned units)
      : font_(std::move(font)), file_(std::move(file)), units_(units) {}
  std::shared_ptr<hb_font_t> font_;  // shared: the font is read-only once made
  std::string file_;
  unsigned units_ = 1000;  // units per em
};

}  // namespace text
