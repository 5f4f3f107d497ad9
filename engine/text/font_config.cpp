#include "text/font_config.hpp"

#include "text/pango_handles.hpp"

namespace text {

std::optional<FontConfig> FontConfig::load(const std::filesystem::path& conf, util::Diagnostics& diagnostics) {
  util::SourceLocation where{conf.string(), 0, 0};
  FcConfigHandle config(FcConfigCreate());
  if (!FcConfigParseAndLoad(config.get(), reinterpret_cast<const FcChar8*>(conf.c_str()), FcTrue)) {
    diagnostics.error(where, "cannot load the font configuration; check that the file exists and is valid fontconfig XML");
    return std::nullopt;
  }
  if (!FcConfigBuildFonts(config.get())) {
    diagnostics.error(where, "fontconfig could not scan the fonts this configuration names");
    return std::nullopt;
  }

  FontConfig result;
  FcPatternHandle all(FcPatternCreate());
  FcObjectSetHandle fields(FcObjectSetBuild(FC_FAMILY, nullptr));
  FcFontSetHandle fonts(FcFontList(config.get(), all.get(), fields.get()));
  for (int i = 0; fonts && i < fonts->nfont; ++i) {
    FcChar8* family = nullptr;
    for (int n = 0; FcPatternGetString(fonts->fonts[i], FC_FAMILY, n, &family) == FcResultMatch; ++n)
      result.families_.insert(reinterpret_cast<const char*>(family));
  }
  if (result.families_.empty()) {
    diagnostics.error(where, "the font configuration accepts no font; install fonts-noto-core and fonts-noto-cjk (setup.sh does)");
    return std::nullopt;
  }
  result.config_ = std::shared_ptr<FcConfig>(config.release(), FcConfigDestroy);
  return result;
}

}  // namespace text
