#include "export/pdf_print/marks_font.hpp"

#include <fontconfig/fontconfig.h>

#include <string>

#include "util/diagnostics.hpp"
#include "util/handle.hpp"

namespace exporter::pdf_print {

draw::FontFace marks_font_face() {
  using Pattern = util::Handle<FcPattern, FcPatternDestroy>;
  const char* const family = "Noto Sans";
  Pattern pattern(FcNameParse(reinterpret_cast<const FcChar8*>("Noto Sans:style=Regular")));
  if (!pattern) util::fail({}, "fontconfig cannot parse a font name");
  FcConfigSubstitute(nullptr, pattern.get(), FcMatchPattern);
  FcDefaultSubstitute(pattern.get());
  FcResult result = FcResultNoMatch;
  Pattern match(FcFontMatch(nullptr, pattern.get(), &result));

  FcChar8* found_family = nullptr;
  FcChar8* file = nullptr;
  int index = 0;
  // fontconfig always answers with some font; only Noto Sans itself will do.
  if (!match || FcPatternGetString(match.get(), FC_FAMILY, 0, &found_family) != FcResultMatch ||
      std::string(reinterpret_cast<const char*>(found_family)) != family ||
      FcPatternGetString(match.get(), FC_FILE, 0, &file) != FcResultMatch)
    util::fail({}, "printer's marks need the font Noto Sans (Debian package fonts-noto-core)");
  FcPatternGetInteger(match.get(), FC_INDEX, 0, &index);

  draw::FontFace face;
  face.file = reinterpret_cast<const char*>(file);
  face.index = static_cast<std::uint32_t>(index);
  face.family = family;
  face.postscript_name = "NotoSans-Regular";
  return face;
}

}  // namespace exporter::pdf_print
