#pragma once
// Where a paragraph may break: Pango's UAX #14 opportunities (with the language tags and the
// no-break attributes of the text), narrowed and widened by the rules Pango does not know:
// keep-all for Hangul, URLs and legal identifiers, numbers with their units, short words with
// the next one.
#include <cstdint>
#include <string>
#include <vector>

#include "text/break_rules.hpp"

namespace text {

enum class Break : std::uint8_t {
  none,
  space,            // after white space or between ideographs: no mark at the line end
  discouraged,      // a space after a word the language prefers kept with the next (a penalty)
  hyphenation,      // at a soft hyphen (a dictionary point): a hyphen is drawn
  explicit_hyphen,  // after a hyphen or dash of the text itself
  url,              // after / . - ? & = inside a URL or identifier: nothing added
  emergency,        // inside a word too wide for the measure: nothing added, a warning
  forced,           // after a line separator (<br/>)
};

// The characters of a paragraph and Pango's opinion of them, index i = before character i.
struct BreakInput {
  const std::string& utf8;
  const std::vector<std::size_t>& char_bytes;  // byte offset of each character, plus the end
  const std::vector<char32_t>& chars;
  const std::vector<bool>& pango_break;        // UAX #14 says a line may start at i
  const std::vector<bool>& pango_forced;       // a mandatory break before i
  const std::vector<bool>& cluster_start;      // i starts a shaped cluster (a line may start there)
};

// One entry per character boundary (chars.size() + 1), Break::none where no line may start.
std::vector<Break> break_opportunities(const BreakInput& in, const BreakRules& rules, bool keep_all);

// True when the whitespace-delimited token [start, end) of `chars` is a URL, an e-mail address or
// a host name: such text never takes a hyphen.
bool looks_like_address(const std::vector<char32_t>& chars, std::size_t start, std::size_t end);

}  // namespace text
