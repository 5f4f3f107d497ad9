#pragma once
// What a font file's licence bits (OpenType OS/2 fsType) allow: a font that forbids
// embedding or subsetting cannot go into a print PDF, whatever the layout wants.
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

namespace preflight {

struct FontLicence {
  std::uint16_t fs_type = 0;
  // Why the print writer may not embed it as a subset; empty when it may.
  std::string refusal() const;
};

// nullopt when the file cannot be read or has no face at `index`; a face without an OS/2
// table is taken as installable (fsType 0).
std::optional<FontLicence> read_font_licence(const std::filesystem::path& file, std::uint32_t index);

}  // namespace preflight
