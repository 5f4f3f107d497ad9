#include "sample_document.hpp"

#include <hb.h>

#include <stdexcept>

#include "util/handle.hpp"
#include "util/units.hpp"

namespace test_support {

const char* const noto_serif = "/usr/share/fonts/truetype/noto/NotoSerif-Regular.ttf";
const char* const noto_sans_bold = "/usr/share/fonts/truetype/noto/NotoSans-Bold.ttf";
const char* const noto_sans_cjk = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc";

unsigned cjk_face_index(const std::string& lang) {
  // Order of faces in Debian's NotoSansCJK-Regular.ttc: JP, KR, SC, TC, HK, then the Mono faces.
  if (lang == "ja") return 0;
  if (lang == "ko") return 1;
  if (lang == "zh") return 2;
  throw std::invalid_argument("no CJK face for " + lang);
}

double add_text(draw::Document& doc, draw::Page& page, const std::string& font_file, unsigned face_index,
                double size, double x, double y, const std::string& text, const std::string& lang,
                draw::Paint paint) {
  util::Handle<hb_blob_t, hb_blob_destroy> blob(hb_blob_create_from_file_or_fail(font_file.c_str()));
  if (!blob) throw std::runtime_error("cannot read " + font_file);
  util::Handle<hb_face_t, hb_face_destroy> face(hb_face_create(blob.get(), face_index));
  util::Handle<hb_font_t, hb_font_destroy> font(hb_font_create(face.get()));
  const unsigned upem = hb_face_get_upem(face.get());
  util::Handle<hb_buffer_t, hb_buffer_destroy> buffer(hb_buffer_create());
  hb_buffer_add_utf8(buffer.get(), text.data(), static_cast<int>(text.size()), 0, -1);
  hb_buffer_set_language(buffer.get(), hb_language_from_string(lang.c_str(), -1));
  hb_buffer_guess_segment_properties(buffer.get());
  hb_shape(font.get(), buffer.get(), nullptr, 0);

  unsigned count = 0;
  const hb_glyph_info_t* info = hb_buffer_get_glyph_infos(buffer.get(), &count);
  const hb_glyph_position_t* pos = hb_buffer_get_glyph_positions(buffer.get(), &count);

  draw::GlyphRun run;
  run.font = doc.intern_font({font_file, face_index, "", ""});
  run.size = size;
  run.fill = paint;
  run.language = lang;
  const double scale = size / upem;
  double pen = x;
  for (unsigned i = 0; i < count; ++i) {
    draw::Glyph g;
    g.id = info[i].codepoint;
    g.x = pen + pos[i].x_offset * scale;
    g.y = y - pos[i].y_offset * scale;
    g.advance = pos[i].x_advance * scale;
    pen += g.advance;
    run.glyphs.push_back(g);
    // One cluster per HarfBuzz cluster value; its text runs to the next cluster's start.
    if (i == 0 || info[i].cluster != info[i - 1].cluster) {
      unsigned start = info[i].cluster;
      unsigned end = static_cast<unsigned>(text.size());
      for (unsigned j = i + 1; j < count; ++j)
        if (info[j].cluster != start) { end = info[j].cluster; break; }
      run.clusters.push_back({i, 1, text.substr(start, end - start)});
    } else {
      run.clusters.back().glyph_count++;
    }
  }
  run.ink = {x, y - size, pen - x, size * 1.3};
  page.items.push_back({std::move(run), false});
  return pen - x;
}

draw::Document a4_document(const std::string& lang) {
  draw::Document doc;
  doc.meta.publication_id = "sample";
  doc.meta.language = lang;
  doc.meta.title = "Sample";
  doc.meta.date = "2026-01-15";
  doc.swatches.push_back({"black", {0, 0, 0, 1}, {0.12, 0.12, 0.12}, true, false, false});
  doc.swatches.push_back({"sea", {1, 0.55, 0, 0.3}, {0, 0.33, 0.53}, false, false, false});
  draw::Page page;
  page.width = util::mm(210);
  page.height = util::mm(297);
  page.bleed = util::mm(3);
  page.name = "body-right";
  page.label = "1";
  doc.pages.push_back(page);
  doc.print.safe_margin = util::mm(5);
  doc.print.slug_height = util::mm(16);
  doc.print.mark_offset = util::mm(3);
  doc.print.marks_font = {"/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf", 0, "Noto Sans", "NotoSans-Regular"};
  return doc;
}

}  // namespace test_support
