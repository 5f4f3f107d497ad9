#pragma once
// Reads the charset of a CFF font program (the bare 'CFF ' table we embed as FontFile3), to
// find the CID a PDF must use for each glyph: hb-subset renumbers the glyphs of a CID-keyed
// font but keeps their CIDs, and Identity-H codes are CIDs.
#include <cstdint>
#include <stdexcept>
#include <string_view>
#include <vector>

namespace exporter::pdf {

struct CffCharsetError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// For each glyph id of the font: its CID (CID-keyed fonts), or the glyph id itself (name-keyed
// fonts, where PDF takes CID = glyph id). Throws CffCharsetError on a malformed table.
std::vector<std::uint16_t> cff_glyph_cids(std::string_view cff);

}  // namespace exporter::pdf
