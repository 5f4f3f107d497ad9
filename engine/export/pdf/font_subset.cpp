#include "export/pdf/font_subset.hpp"

#include <hb-ot.h>
#include <hb-subset.h>
#include <hb.h>

#include <cmath>
#include <vector>

#include "export/pdf/cff_charset.hpp"
#include "util/diagnostics.hpp"
#include "util/handle.hpp"

namespace exporter::pdf {

namespace {

using Blob = util::Handle<hb_blob_t, hb_blob_destroy>;
using Face = util::Handle<hb_face_t, hb_face_destroy>;
using Font = util::Handle<hb_font_t, hb_font_destroy>;
using SubsetInput = util::Handle<hb_subset_input_t, hb_subset_input_destroy>;
using SubsetPlan = util::Handle<hb_subset_plan_t, hb_subset_plan_destroy>;

constexpr hb_tag_t cff_tag = HB_TAG('C', 'F', 'F', ' ');
constexpr hb_tag_t cff2_tag = HB_TAG('C', 'F', 'F', '2');

[[noreturn]] void font_error(const draw::FontFace& face, const std::string& message) {
  util::fail({face.file.string(), 0, 0}, message);
}

bool has_table(hb_face_t* face, hb_tag_t tag) {
  Blob table(hb_face_reference_table(face, tag));
  return hb_blob_get_length(table.get()) > 0;
}

std::string table_bytes(hb_face_t* face, hb_tag_t tag) {
  Blob table(hb_face_reference_table(face, tag));
  unsigned length = 0;
  const char* data = hb_blob_get_data(table.get(), &length);
  return std::string(data, length);
}

std::string postscript_name(hb_face_t* face, const draw::FontFace& font) {
  unsigned length = 127;
  char buffer[128];
  std::string name;
  if (hb_ot_name_get_utf8(face, HB_OT_NAME_ID_POSTSCRIPT_NAME, HB_LANGUAGE_INVALID, &length, buffer) > 0)
    name = buffer;
  if (name.empty()) name = font.postscript_name.empty() ? font.family : font.postscript_name;
  // A PDF name without delimiters or spaces (PostScript names are printable ASCII already).
  std::string clean;
  for (char c : name)
    if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_') clean += c;
  return clean.empty() ? "Font" : clean;
}

FontMetrics read_metrics(hb_face_t* face, hb_font_t* font) {
  const double to_thousandths = 1000.0 / hb_face_get_upem(face);
  auto metric = [&](hb_ot_metrics_tag_t tag) {
    hb_position_t v = 0;
    hb_ot_metrics_get_position_with_fallback(font, tag, &v);
    return std::round(v * to_thousandths);
  };
  FontMetrics m;
  m.ascent = metric(HB_OT_METRICS_TAG_HORIZONTAL_ASCENDER);
  m.descent = metric(HB_OT_METRICS_TAG_HORIZONTAL_DESCENDER);
  m.cap_height = metric(HB_OT_METRICS_TAG_CAP_HEIGHT);
  m.italic_angle = hb_style_get_value(font, HB_STYLE_TAG_SLANT_ANGLE);
  // The usual estimate from the weight class: 400 → 80, 700 → 150.
  m.stem_v = std::round(10 + 220 * (hb_style_get_value(font, HB_STYLE_TAG_WEIGHT) - 50) / 900);
  // Font bounding box from 'head' (xMin, yMin, xMax, yMax at byte 36).
  const std::string head = table_bytes(face, HB_TAG('h', 'e', 'a', 'd'));
  if (head.size() >= 44) {
    for (int i = 0; i < 4; ++i) {
      auto hi = static_cast<unsigned char>(head[36 + 2 * i]), lo = static_cast<unsigned char>(head[37 + 2 * i]);
      m.bbox[i] = std::round(static_cast<std::int16_t>((hi << 8) | lo) * to_thousandths);
    }
  }
  return m;
}

// Layout and vertical-metrics tables mean nothing inside a PDF; dropping GSUB also stops
// hb-subset from adding every glyph a substitution could reach.
void drop_unneeded_tables(hb_subset_input_t* input) {
  hb_set_t* drop = hb_subset_input_set(input, HB_SUBSET_SETS_DROP_TABLE_TAG);
  for (hb_tag_t tag : {HB_TAG('G', 'S', 'U', 'B'), HB_TAG('G', 'P', 'O', 'S'), HB_TAG('G', 'D', 'E', 'F'),
                       HB_TAG('B', 'A', 'S', 'E'), HB_TAG('J', 'S', 'T', 'F'), HB_TAG('M', 'A', 'T', 'H'),
                       HB_TAG('v', 'h', 'e', 'a'), HB_TAG('v', 'm', 't', 'x'), HB_TAG('V', 'O', 'R', 'G'),
                       HB_TAG('k', 'e', 'r', 'n'), HB_TAG('D', 'S', 'I', 'G'), HB_TAG('S', 'T', 'A', 'T'),
                       HB_TAG('m', 'e', 't', 'a'), HB_TAG('C', 'O', 'L', 'R'), HB_TAG('C', 'P', 'A', 'L')})
    hb_set_add(drop, tag);
}

}  // namespace

SubsetFont subset_font(const draw::FontFace& font, const std::set<std::uint32_t>& glyphs) {
  if (font.index >> 16)
    font_error(font, "named instance " + std::to_string(font.index >> 16) +
                         " of a variable font: the print edition needs static font files");
  Blob blob(hb_blob_create_from_file_or_fail(font.file.c_str()));
  if (!blob) font_error(font, "cannot read font file");
  Face face(hb_face_create(blob.get(), font.index));
  const unsigned glyph_count = hb_face_get_glyph_count(face.get());
  if (glyph_count == 0) font_error(font, "no font at face index " + std::to_string(font.index));
  if (has_table(face.get(), cff2_tag)) font_error(font, "CFF2 (variable CFF) fonts are not supported in print");
  for (std::uint32_t id : glyphs)
    if (id >= glyph_count)
      font_error(font, "glyph id " + std::to_string(id) + " is beyond the font's " + std::to_string(glyph_count) + " glyphs");

  Font metrics_font(hb_font_create(face.get()));  // scale = units per em
  SubsetFont out;
  out.outlines = has_table(face.get(), cff_tag) ? Outlines::cff : Outlines::truetype;
  out.postscript_name = postscript_name(face.get(), font);
  out.metrics = read_metrics(face.get(), metrics_font.get());

  SubsetInput input(hb_subset_input_create_or_fail());
  if (!input) font_error(font, "out of memory while subsetting");
  hb_set_t* keep = hb_subset_input_glyph_set(input.get());
  for (std::uint32_t id : glyphs) hb_set_add(keep, id);
  hb_subset_input_set_flags(input.get(), HB_SUBSET_FLAGS_NO_HINTING);  // no RETAIN_GIDS (DESIGN.md)
  drop_unneeded_tables(input.get());

  SubsetPlan plan(hb_subset_plan_create_or_fail(face.get(), input.get()));
  if (!plan) font_error(font, "hb-subset cannot plan a subset of this font");
  Face subset(hb_subset_plan_execute_or_fail(plan.get()));
  if (!subset) font_error(font, "hb-subset failed on this font");
  const hb_map_t* old_to_new = hb_subset_plan_old_to_new_glyph_mapping(plan.get());

  std::vector<std::uint16_t> cid_of_new_glyph;
  if (out.outlines == Outlines::cff) {
    out.program = table_bytes(subset.get(), cff_tag);
    try {
      cid_of_new_glyph = cff_glyph_cids(out.program);
    } catch (const CffCharsetError& e) {
      font_error(font, std::string("subset CFF: ") + e.what());
    }
  } else {
    Blob bytes(hb_face_reference_blob(subset.get()));
    unsigned length = 0;
    const char* data = hb_blob_get_data(bytes.get(), &length);
    out.program.assign(data, length);
  }
  if (out.program.empty()) font_error(font, "hb-subset produced an empty font program");

  const double to_thousandths = 1000.0 / hb_face_get_upem(face.get());
  for (std::uint32_t id : glyphs) {
    const hb_codepoint_t new_id = hb_map_get(old_to_new, id);
    if (new_id == HB_MAP_VALUE_INVALID || new_id > 0xFFFF) font_error(font, "hb-subset lost glyph " + std::to_string(id));
    EmbeddedGlyph g;
    if (out.outlines == Outlines::cff) {
      if (new_id >= cid_of_new_glyph.size()) font_error(font, "subset CFF charset misses glyph " + std::to_string(id));
      g.code = cid_of_new_glyph[new_id];
    } else {
      g.code = static_cast<std::uint16_t>(new_id);
    }
    g.width = static_cast<int>(std::lround(hb_font_get_glyph_h_advance(metrics_font.get(), id) * to_thousandths));
    out.glyphs.emplace(id, g);
  }
  return out;
}

}  // namespace exporter::pdf
