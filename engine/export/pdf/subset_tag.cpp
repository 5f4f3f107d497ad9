#include "export/pdf/subset_tag.hpp"

#include <algorithm>
#include <vector>

#include "export/pdf/digest.hpp"

namespace exporter::pdf {

std::string subset_tag(const SubsetFont& font) {
  std::vector<std::uint32_t> ids;
  for (const auto& [id, glyph] : font.glyphs) ids.push_back(id);
  std::sort(ids.begin(), ids.end());  // the map's order is not deterministic
  Digest digest;
  digest.add(font.postscript_name);
  for (std::uint32_t id : ids) digest.add(id);
  const auto bytes = digest.finish();
  std::string tag;
  for (int i = 0; i < 6; ++i) tag += static_cast<char>('A' + bytes[i] % 26);
  return tag;
}

}  // namespace exporter::pdf
