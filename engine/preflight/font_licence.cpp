#include "preflight/font_licence.hpp"

#include <fstream>

namespace preflight {

// OpenType: OS/2 fsType bits 0-3 (usage permissions), bit 8 (no subsetting), bit 9 (bitmap
// embedding only).
std::string FontLicence::refusal() const {
  if ((fs_type & 0x000F) == 0x0002) return "its licence forbids embedding (fsType: restricted licence)";
  if (fs_type & 0x0100) return "its licence forbids subsetting (fsType bit 8)";
  if (fs_type & 0x0200) return "its licence allows embedding bitmaps only (fsType bit 9)";
  return "";
}

namespace {

class FileReader {
 public:
  explicit FileReader(const std::filesystem::path& file) : in_(file, std::ios::binary) {}
  bool ok() const { return static_cast<bool>(in_); }
  std::optional<std::uint32_t> read(std::uint64_t at, int size) {
    unsigned char bytes[4];
    in_.seekg(static_cast<std::streamoff>(at));
    if (!in_.read(reinterpret_cast<char*>(bytes), size)) return std::nullopt;
    std::uint32_t v = 0;
    for (int i = 0; i < size; ++i) v = (v << 8) | bytes[i];
    return v;
  }

 private:
  std::ifstream in_;
};

constexpr std::uint32_t tag(const char (&t)[5]) {
  return static_cast<std::uint32_t>(t[0]) << 24 | static_cast<std::uint32_t>(t[1]) << 16 |
         static_cast<std::uint32_t>(t[2]) << 8 | static_cast<std::uint32_t>(t[3]);
}

}  // namespace

std::optional<FontLicence> read_font_licence(const std::filesystem::path& file, std::uint32_t index) {
  FileReader r(file);
  if (!r.ok()) return std::nullopt;
  const auto first = r.read(0, 4);
  if (!first) return std::nullopt;
  std::uint64_t face = 0;  // offset of the face's table directory
  const std::uint32_t face_index = index & 0xFFFF;  // upper bits: named instance
  if (*first == tag("ttcf")) {
    const auto count = r.read(8, 4);
    if (!count || face_index >= *count) return std::nullopt;
    const auto offset = r.read(12 + 4 * static_cast<std::uint64_t>(face_index), 4);
    if (!offset) return std::nullopt;
    face = *offset;
  } else if (face_index != 0) {
    return std::nullopt;
  }
  const auto version = r.read(face, 4), tables = r.read(face + 4, 2);
  if (!version || !tables || (*version != 0x00010000 && *version != tag("OTTO") && *version != tag("true")))
    return std::nullopt;
  for (std::uint32_t i = 0; i < *tables; ++i) {
    const std::uint64_t record = face + 12 + 16 * static_cast<std::uint64_t>(i);
    const auto table = r.read(record, 4);
    if (!table) return std::nullopt;
    if (*table != tag("OS/2")) continue;
    const auto offset = r.read(record + 8, 4);
    const auto fs_type = offset ? r.read(*offset + 8, 2) : std::nullopt;
    if (!fs_type) return std::nullopt;
    return FontLicence{static_cast<std::uint16_t>(*fs_type)};
  }
  return FontLicence{};
}

}  // namespace preflight
