#pragma once
// What the pages ask of one font: the glyphs to keep in its subset, and the text each glyph
// stands for in the ToUnicode map.
#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "draw/items.hpp"

namespace exporter::pdf {

class GlyphUsage {
 public:
  // `clusters` are the run's text_clusters().
  void add(const draw::GlyphRun& run, const std::vector<draw::Cluster>& clusters);

  const std::set<std::uint32_t>& glyphs() const { return glyphs_; }
  // The text a glyph maps to, empty when no cluster says.
  const std::string& text(std::uint32_t glyph) const;
  const std::map<std::uint32_t, std::string>& texts() const { return texts_; }

 private:
  // How sure a mapping is; the surest wins, the first seen among equals.
  enum class Evidence { whole_cluster = 0, one_of_many = 1, first_of_many = 2 };
  void offer(std::uint32_t glyph, std::string text, Evidence evidence);

  std::set<std::uint32_t> glyphs_;
  std::map<std::uint32_t, std::string> texts_;
  std::map<std::uint32_t, Evidence> evidence_;
};

}  // namespace exporter::pdf
