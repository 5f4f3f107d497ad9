#pragma once
// Cairo font faces for a Document's fonts, each loaded once with FreeType from its file and
// face index (not looked up by name: the layout already chose the exact face).
#include <cairo.h>

#include <memory>
#include <vector>

#include "draw/items.hpp"
#include "export/cairo/cairo_handles.hpp"

namespace exporter::cairo {

struct FreeTypeLibrary;  // shared by the faces of one cache (font_cache.cpp)

class FontCache {
 public:
  explicit FontCache(std::vector<draw::FontFace> faces);
  FontCache(const FontCache&) = delete;
  FontCache& operator=(const FontCache&) = delete;

  // The face for `id`, loaded on first use. Throws util::Failure naming the file when FreeType
  // cannot open it. The pointer stays valid while this cache lives.
  cairo_font_face_t* face(draw::FontId id);

 private:
  std::vector<draw::FontFace> faces_;
  std::vector<FontFace> loaded_;  // by FontId; empty until first use
  std::shared_ptr<FreeTypeLibrary> library_;
};

}  // namespace exporter::cairo
