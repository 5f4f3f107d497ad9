#include "export/pdf/to_unicode.hpp"

#include <algorithm>
#include <vector>

#include "export/pdf/pdf_syntax.hpp"

namespace exporter::pdf {

// The PDF specification limits beginbfchar blocks to 100 entries (PDF 1.7, 9.10.3).
constexpr std::size_t max_entries_per_block = 100;

std::string to_unicode_cmap(const std::map<std::uint16_t, std::string>& text_of_code) {
  std::vector<std::string> entries;
  for (const auto& [code, text] : text_of_code)
    if (!text.empty()) entries.push_back("<" + code_hex(code) + "> <" + utf16be_hex(text) + ">\n");

  std::string cmap =
      "/CIDInit /ProcSet findresource begin\n"
      "12 dict begin\n"
      "begincmap\n"
      "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
      "/CMapName /Adobe-Identity-UCS def\n"
      "/CMapType 2 def\n"
      "1 begincodespacerange\n"
      "<0000> <FFFF>\n"
      "endcodespacerange\n";
  for (std::size_t start = 0; start < entries.size(); start += max_entries_per_block) {
    const std::size_t count = std::min(max_entries_per_block, entries.size() - start);
    cmap += std::to_string(count) + " beginbfchar\n";
    for (std::size_t i = start; i < start + count; ++i) cmap += entries[i];
    cmap += "endbfchar\n";
  }
  cmap +=
      "endcmap\n"
      "CMapName currentdict /CMap defineresource pop\n"
      "end\n"
      "end\n";
  return cmap;
}

}  // namespace exporter::pdf
