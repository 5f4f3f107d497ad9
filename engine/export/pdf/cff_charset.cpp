#include "export/pdf/cff_charset.hpp"

#include <optional>
#include <string>

namespace exporter::pdf {

// The CFF structures (Adobe Technical Note #5176) this needs: the header, INDEX, the Top DICT
// operators ROS (12 30), charset (15) and CharStrings (17), and the three charset formats.
namespace {

class Reader {
 public:
  explicit Reader(std::string_view data) : data_(data) {}

  std::uint32_t card(std::size_t at, int size) const {
    if (size < 1 || size > 4 || at + size > data_.size()) throw CffCharsetError("CFF table is truncated");
    std::uint32_t v = 0;
    for (int i = 0; i < size; ++i) v = (v << 8) | static_cast<std::uint8_t>(data_[at + i]);
    return v;
  }
  std::uint8_t card8(std::size_t at) const { return static_cast<std::uint8_t>(card(at, 1)); }
  std::uint16_t card16(std::size_t at) const { return static_cast<std::uint16_t>(card(at, 2)); }
  std::string_view slice(std::size_t at, std::size_t size) const {
    if (at > data_.size() || size > data_.size() - at) throw CffCharsetError("CFF table is truncated");
    return data_.substr(at, size);
  }

 private:
  std::string_view data_;
};

struct Index {
  std::uint32_t count = 0;
  std::size_t end = 0;  // first byte after the INDEX
  std::string_view first_item;
};

Index read_index(const Reader& r, std::size_t at) {
  Index index;
  index.count = r.card16(at);
  if (index.count == 0) {
    index.end = at + 2;
    return index;
  }
  const int off_size = r.card8(at + 2);
  const std::size_t offsets = at + 3;
  const std::size_t data = offsets + (index.count + 1) * static_cast<std::size_t>(off_size) - 1;
  const std::uint32_t first = r.card(offsets, off_size), second = r.card(offsets + off_size, off_size);
  const std::uint32_t last = r.card(offsets + index.count * static_cast<std::size_t>(off_size), off_size);
  if (first != 1 || second < first || last < second) throw CffCharsetError("CFF INDEX offsets are out of order");
  index.first_item = r.slice(data + first, second - first);
  index.end = data + last;
  return index;
}

struct TopDict {
  bool cid_keyed = false;
  std::optional<std::uint32_t> charset;      // offset from the start of the table
  std::optional<std::uint32_t> charstrings;  // offset of the CharStrings INDEX
};

TopDict read_top_dict(std::string_view dict) {
  TopDict top;
  std::vector<double> operands;
  std::size_t i = 0;
  auto byte = [&](std::size_t k) -> int {
    if (k >= dict.size()) throw CffCharsetError("CFF Top DICT is truncated");
    return static_cast<std::uint8_t>(dict[k]);
  };
  while (i < dict.size()) {
    const int b0 = byte(i);
    if (b0 <= 21) {  // operator
      int op = b0;
      ++i;
      if (b0 == 12) op = 1200 + byte(i++);
      if (op == 1230) top.cid_keyed = true;
      if (op == 15 && !operands.empty()) top.charset = static_cast<std::uint32_t>(operands.back());
      if (op == 17 && !operands.empty()) top.charstrings = static_cast<std::uint32_t>(operands.back());
      operands.clear();
    } else if (b0 == 28) {
      operands.push_back(static_cast<std::int16_t>((byte(i + 1) << 8) | byte(i + 2)));
      i += 3;
    } else if (b0 == 29) {
      operands.push_back(static_cast<std::int32_t>((static_cast<std::uint32_t>(byte(i + 1)) << 24) |
                                                   (byte(i + 2) << 16) | (byte(i + 3) << 8) | byte(i + 4)));
      i += 5;
    } else if (b0 == 30) {  // real number: nibbles up to 0xF; only its presence matters here
      ++i;
      while ((byte(i) & 0x0F) != 0x0F && (byte(i) >> 4) != 0x0F) ++i;
      ++i;
      operands.push_back(0);
    } else if (b0 >= 32 && b0 <= 246) {
      operands.push_back(b0 - 139);
      i += 1;
    } else if (b0 >= 247 && b0 <= 250) {
      operands.push_back((b0 - 247) * 256 + byte(i + 1) + 108);
      i += 2;
    } else if (b0 >= 251 && b0 <= 254) {
      operands.push_back(-(b0 - 251) * 256 - byte(i + 1) - 108);
      i += 2;
    } else {
      throw CffCharsetError("CFF Top DICT has a reserved byte");
    }
  }
  return top;
}

}  // namespace

std::vector<std::uint16_t> cff_glyph_cids(std::string_view cff) {
  const Reader r(cff);
  if (r.card8(0) != 1) throw CffCharsetError("not a CFF version 1 table");
  const Index names = read_index(r, r.card8(2));
  const Index top_dicts = read_index(r, names.end);
  if (top_dicts.count != 1) throw CffCharsetError("CFF table must hold exactly one font");
  const TopDict top = read_top_dict(top_dicts.first_item);
  if (!top.charstrings) throw CffCharsetError("CFF font has no CharStrings");
  const std::uint32_t glyph_count = read_index(r, *top.charstrings).count;

  std::vector<std::uint16_t> cids(glyph_count);
  for (std::uint32_t gid = 0; gid < glyph_count; ++gid) cids[gid] = static_cast<std::uint16_t>(gid);
  if (!top.cid_keyed) return cids;
  // Offsets 0-2 name the predefined charsets, which only name-keyed fonts use.
  if (!top.charset || *top.charset <= 2) throw CffCharsetError("CID-keyed CFF font without a charset");

  std::size_t at = *top.charset;
  const int format = r.card8(at++);
  std::uint32_t gid = 1;  // glyph 0 is .notdef, CID 0, and not listed
  if (format == 0) {
    for (; gid < glyph_count; ++gid, at += 2) cids[gid] = r.card16(at);
  } else if (format == 1 || format == 2) {
    const int left_size = format == 1 ? 1 : 2;
    while (gid < glyph_count) {
      const std::uint32_t first = r.card16(at);
      const std::uint32_t left = r.card(at + 2, left_size);
      at += 2 + left_size;
      for (std::uint32_t k = 0; k <= left && gid < glyph_count; ++k) cids[gid++] = static_cast<std::uint16_t>(first + k);
    }
  } else {
    throw CffCharsetError("unknown CFF charset format " + std::to_string(format));
  }
  return cids;
}

}  // namespace exporter::pdf
