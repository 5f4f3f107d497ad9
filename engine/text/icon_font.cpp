#include "text/icon_font.hpp"

#include <fontconfig/fontconfig.h>
#include <hb.h>

#include "text/pango_handles.hpp"
#include "util/handle.hpp"

namespace text {

namespace {

using Blob = util::Handle<hb_blob_t, hb_blob_destroy>;
using Face = util::Handle<hb_face_t, hb_face_destroy>;
using Buffer = util::Handle<hb_buffer_t, hb_buffer_destroy>;
using DrawFuncs = util::Handle<hb_draw_funcs_t, hb_draw_funcs_destroy>;

// Collects HarfBuzz's drawing calls (font units, y up) as a path in points in the icon's square.
struct Sink {
  draw::Path path;
  double scale = 1, size = 0;
  draw::Point at(float x, float y) const { return {x * scale, size - y * scale}; }
};

void move_to(hb_draw_funcs_t*, void* data, hb_draw_state_t*, float x, float y, void*) {
  auto& s = *static_cast<Sink*>(data);
  s.path.segments.push_back({draw::PathSegment::Op::move, {s.at(x, y)}});
}
void line_to(hb_draw_funcs_t*, void* data, hb_draw_state_t*, float x, float y, void*) {
  auto& s = *static_cast<Sink*>(data);
  s.path.segments.push_back({draw::PathSegment::Op::line, {s.at(x, y)}});
}
// A TrueType quadratic as the cubic it equals: controls two thirds of the way to the quadratic's.
void quadratic_to(hb_draw_funcs_t*, void* data, hb_draw_state_t* st, float cx, float cy, float x, float y, void*) {
  auto& s = *static_cast<Sink*>(data);
  const draw::Point p0 = s.at(st->current_x, st->current_y), q = s.at(cx, cy), p3 = s.at(x, y);
  const draw::Point p1{p0.x + 2.0 / 3.0 * (q.x - p0.x), p0.y + 2.0 / 3.0 * (q.y - p0.y)};
  const draw::Point p2{p3.x + 2.0 / 3.0 * (q.x - p3.x), p3.y + 2.0 / 3.0 * (q.y - p3.y)};
  s.path.segments.push_back({draw::PathSegment::Op::curve, {p1, p2, p3}});
}
void cubic_to(hb_draw_funcs_t*, void* data, hb_draw_state_t*, float c1x, float c1y, float c2x, float c2y, float x,
              float y, void*) {
  auto& s = *static_cast<Sink*>(data);
  s.path.segments.push_back({draw::PathSegment::Op::curve, {s.at(c1x, c1y), s.at(c2x, c2y), s.at(x, y)}});
}
void close_path(hb_draw_funcs_t*, void* data, hb_draw_state_t*, void*) {
  static_cast<Sink*>(data)->path.segments.push_back({draw::PathSegment::Op::close, {}});
}

}  // namespace

std::optional<IconFont> IconFont::open(const FontConfig& config, std::string& why) {
  FcPatternHandle pattern(FcPatternCreate());
  FcPatternAddString(pattern.get(), FC_FAMILY, reinterpret_cast<const FcChar8*>(kIconFamily));
  FcObjectSetHandle fields(FcObjectSetBuild(FC_FILE, nullptr));
  FcFontSetHandle found(FcFontList(config.get(), pattern.get(), fields.get()));
  FcChar8* file = nullptr;
  if (!found || found->nfont == 0 || FcPatternGetString(found->fonts[0], FC_FILE, 0, &file) != FcResultMatch) {
    why = std::string("the font configuration offers no \"") + kIconFamily +
          "\" font; install fonts-material-design-icons-iconfont (setup.sh does) and accept it in fonts/fonts.conf";
    return std::nullopt;
  }
  const std::string path = reinterpret_cast<const char*>(file);
  Blob blob(hb_blob_create_from_file_or_fail(path.c_str()));
  if (!blob) {
    why = "cannot read the icon font " + path;
    return std::nullopt;
  }
  Face face(hb_face_create(blob.get(), 0));
  const unsigned units = hb_face_get_upem(face.get());
  std::shared_ptr<hb_font_t> font(hb_font_create(face.get()), hb_font_destroy);
  hb_font_set_scale(font.get(), static_cast<int>(units), static_cast<int>(units));
  return IconFont(std::move(font), path, units);
}

std::optional<draw::Path> IconFont::outline(std::string_view name, double size) const {
  if (name.empty()) return std::nullopt;
  // The name shaped with the font's ligatures: one glyph (not .notdef) when it is an icon.
  Buffer buffer(hb_buffer_create());
  hb_buffer_add_utf8(buffer.get(), name.data(), static_cast<int>(name.size()), 0, static_cast<int>(name.size()));
  hb_buffer_set_direction(buffer.get(), HB_DIRECTION_LTR);
  hb_buffer_set_script(buffer.get(), HB_SCRIPT_LATIN);
  // No language: the font's default ligatures, whatever the text around the icon is written in.
  hb_shape(font_.get(), buffer.get(), nullptr, 0);
  unsigned count = 0;
  const hb_glyph_info_t* glyphs = hb_buffer_get_glyph_infos(buffer.get(), &count);
  if (count != 1 || glyphs[0].codepoint == 0) return std::nullopt;

  DrawFuncs funcs(hb_draw_funcs_create());
  hb_draw_funcs_set_move_to_func(funcs.get(), move_to, nullptr, nullptr);
  hb_draw_funcs_set_line_to_func(funcs.get(), line_to, nullptr, nullptr);
  hb_draw_funcs_set_quadratic_to_func(funcs.get(), quadratic_to, nullptr, nullptr);
  hb_draw_funcs_set_cubic_to_func(funcs.get(), cubic_to, nullptr, nullptr);
  hb_draw_funcs_set_close_path_func(funcs.get(), close_path, nullptr, nullptr);
  Sink sink;
  sink.scale = size / units_;
  sink.size = size;
  hb_font_get_glyph_shape(font_.get(), glyphs[0].codepoint, funcs.get(), &sink);
  if (sink.path.segments.empty()) return std::nullopt;
  return sink.path;
}

}  // namespace text
