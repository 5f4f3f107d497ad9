#include "text/font_set.hpp"

#include <pango/pangoft2.h>
#include <pango/pangofc-fontmap.h>
#include <pango/pangofc-font.h>

#include <algorithm>


namespace text {

FontSet::FontSet(const FontConfig& config) : config_(config), font_map_(pango_ft2_font_map_new()) {
  // PangoFT2, not PangoCairo: each font map has its own FreeType library and faces, so font
  // sets in different threads share nothing. PangoCairo's faces come from Cairo 1.16's global
  // cache, whose glyph extents race between threads (wrong positions, and crashes).
  pango_fc_font_map_set_config(PANGO_FC_FONT_MAP(font_map_.get()), config.get());
  // Device unit = 1 pt and unrounded glyph positions: print and screen place every glyph at
  // the same position (DESIGN.md, "Print writer"). Hinting is off in fonts/fonts.conf.
  pango_ft2_font_map_set_resolution(PANGO_FT2_FONT_MAP(font_map_.get()), 72, 72);
  context_.reset(pango_font_map_create_context(font_map_.get()));
  pango_context_set_round_glyph_positions(context_.get(), FALSE);
}

const ResolvedFace* FontSet::face_for(const std::string& family) {
  FontDescriptionHandle description(pango_font_description_new());
  pango_font_description_set_family(description.get(), family.c_str());
  pango_font_description_set_absolute_size(description.get(), 8 * PANGO_SCALE);
  GObjectHandle<PangoFont> font(pango_font_map_load_font(font_map_.get(), context_.get(), description.get()));
  if (!font) return nullptr;
  return &face_of(font.get());
}

FontSet::~FontSet() {
  for (auto& [font, face] : faces_) g_object_unref(font);
}

const ResolvedFace& FontSet::face_of(PangoFont* font) {
  if (auto it = faces_.find(font); it != faces_.end()) return it->second;
  ResolvedFace resolved;
  FcPattern* pattern = pango_fc_font_get_pattern(PANGO_FC_FONT(font));
  FcChar8* file = nullptr;
  int index = 0;
  FcChar8* family = nullptr;
  FcChar8* postscript = nullptr;
  FcBool embolden = FcFalse;
  FcMatrix* matrix = nullptr;
  if (FcPatternGetString(pattern, FC_FILE, 0, &file) == FcResultMatch)
    resolved.face.file = reinterpret_cast<const char*>(file);
  FcPatternGetInteger(pattern, FC_INDEX, 0, &index);
  resolved.face.index = static_cast<std::uint32_t>(index);
  if (FcPatternGetString(pattern, FC_FAMILY, 0, &family) == FcResultMatch)
    resolved.face.family = reinterpret_cast<const char*>(family);
  if (FcPatternGetString(pattern, FC_POSTSCRIPT_NAME, 0, &postscript) == FcResultMatch)
    resolved.face.postscript_name = reinterpret_cast<const char*>(postscript);
  FcPatternGetBool(pattern, FC_EMBOLDEN, 0, &embolden);
  bool slanted = FcPatternGetMatrix(pattern, FC_MATRIX, 0, &matrix) == FcResultMatch && matrix &&
                 (matrix->xy != 0 || matrix->yx != 0);
  resolved.synthetic = embolden || slanted;
  FontDescriptionHandle description(pango_font_describe_with_absolute_size(font));
  resolved.size = pango_font_description_get_size(description.get()) / double(PANGO_SCALE);
  auto known = std::find(face_table_.begin(), face_table_.end(), resolved.face);
  resolved.id = static_cast<draw::FontId>(known - face_table_.begin());
  if (known == face_table_.end()) face_table_.push_back(resolved.face);
  // Keep the font alive as long as the cache refers to it by address.
  g_object_ref(font);
  return faces_.emplace(font, std::move(resolved)).first->second;
}

}  // namespace text
