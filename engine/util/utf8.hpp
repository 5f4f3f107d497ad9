#pragma once
// UTF-8 checks: content must be valid UTF-8 before it reaches Pango, which would otherwise
// replace bad bytes silently.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace util {

struct Utf8Error {
  std::size_t offset;  // byte offset of the first bad sequence
  int line;            // 1-based line of that byte
  int column;          // 1-based column in bytes
};

std::optional<Utf8Error> find_invalid_utf8(std::string_view bytes);

// Decodes one code point at `pos` (assumes valid UTF-8) and advances `pos`.
char32_t next_code_point(std::string_view s, std::size_t& pos);
void append_utf8(std::string& out, char32_t cp);
// "U+1EC4"
std::string code_point_name(char32_t cp);

// At most `longest` bytes of `text`, cut between characters (never inside a UTF-8 sequence),
// "…" marking a cut.
std::string shortened(std::string_view text, std::size_t longest);

// `name="value"` as messages quote what the writer wrote, the value shortened to 60 bytes: the one
// way the content and layout readers quote an attribute.
std::string quoted_attribute(std::string_view name, std::string_view value);

}  // namespace util
