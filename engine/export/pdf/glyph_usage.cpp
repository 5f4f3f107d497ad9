#include "export/pdf/glyph_usage.hpp"

#include "util/utf8.hpp"

namespace exporter::pdf {

static std::vector<std::string> code_points(const std::string& text) {
  std::vector<std::string> out;
  std::size_t pos = 0;
  while (pos < text.size()) {
    const std::size_t start = pos;
    util::next_code_point(text, pos);
    out.push_back(text.substr(start, pos - start));
  }
  return out;
}

void GlyphUsage::add(const draw::GlyphRun& run, const std::vector<draw::Cluster>& clusters) {
  for (const draw::Glyph& g : run.glyphs) glyphs_.insert(g.id);
  for (const draw::Cluster& cluster : clusters) {
    if (cluster.text.empty()) continue;
    const std::uint32_t first = run.glyphs[cluster.first_glyph].id;
    if (cluster.glyph_count == 1) {  // one glyph, any number of characters (ligatures too)
      offer(first, cluster.text, Evidence::whole_cluster);
      continue;
    }
    // Several glyphs: when they are as many as the characters (a letter and its decomposed
    // accents), glyph i most likely draws character i; otherwise the first glyph carries the
    // text. ActualText gives the exact text either way; this only serves readers without it.
    const auto characters = code_points(cluster.text);
    if (characters.size() == cluster.glyph_count) {
      for (std::uint32_t i = 0; i < cluster.glyph_count; ++i)
        offer(run.glyphs[cluster.first_glyph + i].id, characters[i], Evidence::one_of_many);
    } else {
      offer(first, cluster.text, Evidence::first_of_many);
    }
  }
}

void GlyphUsage::offer(std::uint32_t glyph, std::string text, Evidence evidence) {
  auto known = evidence_.find(glyph);
  if (known != evidence_.end() && known->second <= evidence) return;
  evidence_[glyph] = evidence;
  texts_[glyph] = std::move(text);
}

const std::string& GlyphUsage::text(std::uint32_t glyph) const {
  static const std::string none;
  auto it = texts_.find(glyph);
  return it == texts_.end() ? none : it->second;
}

}  // namespace exporter::pdf
