#include "export/pdf/text_clusters.hpp"

#include <hb.h>

#include <algorithm>

#include "util/utf8.hpp"

namespace exporter::pdf {

static bool starts_with_combining_mark(const std::string& text) {
  if (text.empty()) return false;
  std::size_t pos = 0;
  const char32_t cp = util::next_code_point(text, pos);
  switch (hb_unicode_general_category(hb_unicode_funcs_get_default(), cp)) {
    case HB_UNICODE_GENERAL_CATEGORY_NON_SPACING_MARK:
    case HB_UNICODE_GENERAL_CATEGORY_SPACING_MARK:
    case HB_UNICODE_GENERAL_CATEGORY_ENCLOSING_MARK:
      return true;
    default:
      return false;
  }
}

std::vector<draw::Cluster> text_clusters(const draw::GlyphRun& run) {
  const auto glyph_count = static_cast<std::uint32_t>(run.glyphs.size());
  std::vector<draw::Cluster> out;
  std::string orphan_text;  // text of glyphless clusters before the first cluster with glyphs
  std::uint32_t next = 0;   // first glyph not yet covered
  for (const draw::Cluster& cluster : run.clusters) {
    const std::uint32_t count =
        cluster.first_glyph < glyph_count ? std::min(cluster.glyph_count, glyph_count - cluster.first_glyph) : 0;
    if (count == 0) {  // text without a glyph of its own (composed by the font) still counts
      (out.empty() ? orphan_text : out.back().text) += cluster.text;
      continue;
    }
    if (cluster.first_glyph < next) continue;  // overlaps the cluster before: malformed
    if (cluster.first_glyph > next) out.push_back({next, cluster.first_glyph - next, ""});
    if (!out.empty() && starts_with_combining_mark(cluster.text)) {
      out.back().glyph_count += count;
      out.back().text += cluster.text;
    } else {
      out.push_back({cluster.first_glyph, count, std::move(orphan_text) + cluster.text});
      orphan_text.clear();
    }
    next = cluster.first_glyph + count;
  }
  if (next < glyph_count) out.push_back({next, glyph_count - next, std::move(orphan_text)});
  return out;
}

}  // namespace exporter::pdf
