#include "export/cairo/glyph_text.hpp"

#include "util/utf8.hpp"

namespace exporter::cairo {
namespace {

// Cairo rejects the whole call (and puts the context in an error state) unless the clusters
// tile both the glyphs and the text exactly and each cluster's bytes are valid UTF-8.
bool clusters_are_usable(const draw::GlyphRun& run) {
  std::size_t next_glyph = 0;
  for (const draw::Cluster& cluster : run.clusters) {
    if (cluster.first_glyph != next_glyph) return false;
    if (util::find_invalid_utf8(cluster.text)) return false;
    next_glyph += cluster.glyph_count;
  }
  return next_glyph == run.glyphs.size();
}

}  // namespace

GlyphText glyph_text(const draw::GlyphRun& run) {
  GlyphText out;
  out.glyphs.reserve(run.glyphs.size());
  for (const draw::Glyph& g : run.glyphs) out.glyphs.push_back({g.id, g.x, g.y});

  if (!clusters_are_usable(run)) return out;
  out.clusters.reserve(run.clusters.size());
  for (const draw::Cluster& cluster : run.clusters) {
    if (cluster.text.empty() && cluster.glyph_count == 0) continue;  // covers nothing
    out.utf8 += cluster.text;
    out.clusters.push_back({static_cast<int>(cluster.text.size()), static_cast<int>(cluster.glyph_count)});
  }
  return out;
}

}  // namespace exporter::cairo
