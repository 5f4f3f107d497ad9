#include "export/pdf_print/line_shaper.hpp"

#include <hb.h>

#include "util/diagnostics.hpp"
#include "util/handle.hpp"

namespace exporter::pdf_print {

draw::GlyphRun shape_line(const draw::FontFace& face, draw::FontId font, double size, draw::Point origin,
                          const std::string& text, draw::Paint paint) {
  util::Handle<hb_blob_t, hb_blob_destroy> blob(hb_blob_create_from_file_or_fail(face.file.c_str()));
  if (!blob) util::fail({face.file.string(), 0, 0}, "cannot read font file");
  util::Handle<hb_face_t, hb_face_destroy> hb_face(hb_face_create(blob.get(), face.index));
  util::Handle<hb_font_t, hb_font_destroy> hb_font(hb_font_create(hb_face.get()));
  util::Handle<hb_buffer_t, hb_buffer_destroy> buffer(hb_buffer_create());
  hb_buffer_add_utf8(buffer.get(), text.data(), static_cast<int>(text.size()), 0, -1);
  hb_buffer_guess_segment_properties(buffer.get());
  hb_shape(hb_font.get(), buffer.get(), nullptr, 0);

  unsigned count = 0;
  const hb_glyph_info_t* info = hb_buffer_get_glyph_infos(buffer.get(), &count);
  const hb_glyph_position_t* position = hb_buffer_get_glyph_positions(buffer.get(), &count);
  const double scale = size / hb_face_get_upem(hb_face.get());

  draw::GlyphRun run;
  run.font = font;
  run.size = size;
  run.fill = paint;
  // No language: the slug line is codes, numbers and a date, words of no language.
  double pen = origin.x;
  for (unsigned i = 0; i < count; ++i) {
    run.glyphs.push_back({info[i].codepoint, pen + position[i].x_offset * scale,
                          origin.y - position[i].y_offset * scale, position[i].x_advance * scale});
    pen += position[i].x_advance * scale;
    // A new cluster where HarfBuzz's cluster value changes; its text reaches to the next one.
    if (i > 0 && info[i].cluster == info[i - 1].cluster) {
      ++run.clusters.back().glyph_count;
      continue;
    }
    std::size_t end = text.size();
    for (unsigned j = i + 1; j < count; ++j)
      if (info[j].cluster != info[i].cluster) {
        end = info[j].cluster;
        break;
      }
    run.clusters.push_back({i, 1, text.substr(info[i].cluster, end - info[i].cluster)});
  }
  run.ink = {origin.x, origin.y - size, pen - origin.x, size * 1.3};
  return run;
}

double run_width(const draw::GlyphRun& run) {
  if (run.glyphs.empty()) return 0;
  return run.glyphs.back().x + run.glyphs.back().advance - run.glyphs.front().x;
}

}  // namespace exporter::pdf_print
