#include "export/cairo/font_cache.hpp"

#include <cairo-ft.h>
#include <ft2build.h>
#include FT_FREETYPE_H

#include <mutex>
#include <string>

#include "util/diagnostics.hpp"

namespace exporter::cairo {

// Cairo keeps font faces after we release them (its scaled-font cache), possibly past this
// cache's lifetime and on another thread. So each face co-owns the FT_Library, and the mutex
// serialises FT_New_Face/FT_Done_Face, which FreeType requires per library.
struct FreeTypeLibrary {
  util::Handle<FT_LibraryRec_, FT_Done_FreeType> freetype;
  std::mutex mutex;
};

namespace {

// Owned by the Cairo face through its user data: released when Cairo destroys the face.
struct FreeTypeFace {
  std::shared_ptr<FreeTypeLibrary> library;  // declared first: must outlive `face`
  FT_Face face = nullptr;

  ~FreeTypeFace() {
    if (!face) return;
    std::lock_guard lock(library->mutex);
    FT_Done_Face(face);
  }
};

const cairo_user_data_key_t freetype_face_key{};

void release_freetype_face(void* data) { delete static_cast<FreeTypeFace*>(data); }

std::string describe(const draw::FontFace& face) {
  std::string s = face.file.string();
  if (face.index != 0) s += " (face " + std::to_string(face.index) + ")";
  return s;
}

}  // namespace

FontCache::FontCache(std::vector<draw::FontFace> faces)
    : faces_(std::move(faces)), loaded_(faces_.size()), library_(std::make_shared<FreeTypeLibrary>()) {
  FT_Library freetype = nullptr;
  if (FT_Init_FreeType(&freetype) != 0) util::fail({}, "cannot initialise FreeType");
  library_->freetype.reset(freetype);
}

cairo_font_face_t* FontCache::face(draw::FontId id) {
  FontFace& slot = loaded_.at(id);
  if (slot) return slot.get();
  const draw::FontFace& font = faces_.at(id);

  auto owner = std::make_unique<FreeTypeFace>();
  owner->library = library_;
  {
    std::lock_guard lock(library_->mutex);
    // The index's upper 16 bits select a named instance of a variable font; FreeType reads
    // them the same way.
    const FT_Error error = FT_New_Face(library_->freetype.get(), font.file.c_str(),
                                       static_cast<FT_Long>(font.index), &owner->face);
    if (error != 0) {
      owner->face = nullptr;  // nothing to release
      util::fail({font.file.string()},
                 "cannot read font " + describe(font) + " (FreeType error " + std::to_string(error) + ")");
    }
  }
  // No hinting: glyph outlines and advances stay exactly as the layout measured them.
  FontFace cairo_face(cairo_ft_font_face_create_for_ft_face(owner->face, FT_LOAD_NO_HINTING));
  check(cairo_font_face_status(cairo_face.get()), "cannot create a Cairo face for " + describe(font));
  const cairo_status_t attached = cairo_font_face_set_user_data(cairo_face.get(), &freetype_face_key,
                                                                owner.get(), release_freetype_face);
  if (attached != CAIRO_STATUS_SUCCESS) {
    // The Cairo face must not outlive the FT_Face it reads; release it before `owner`.
    cairo_face.reset();
    check(attached, "cannot attach " + describe(font) + " to its Cairo face");
  }
  owner.release();  // now owned by the Cairo face
  slot = std::move(cairo_face);
  return slot.get();
}

}  // namespace exporter::cairo
