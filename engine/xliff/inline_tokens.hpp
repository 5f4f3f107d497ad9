#pragma once
// The inline content of one <t> as a flat list of tokens: text runs and the markup around them
// (<b>, <i>, <a href>, <span style>, <nobr>, <br/>, <num ref/>). The same tokens become XLIFF
// (<pc>/<ph> with the markup in <originalData>), come back from XLIFF, are written back as
// content XML, and are hashed for the translation status.
#include <string>
#include <vector>

#include <tinyxml2.h>

namespace xliff {

struct Token {
  enum class Kind { text, open, close, standalone };
  Kind kind = Kind::text;
  std::string text;    // text: the characters, white space collapsed
  std::string name;    // the element's name: b, i, a, span, nobr, br, num
  std::string markup;  // open/standalone: the start tag as XML ("<a href=\"…\">", "<br/>"); close: "</a>"
  int code = 0;        // the XLIFF code id; an open and its close share it

  bool operator==(const Token&) const = default;
};
using Tokens = std::vector<Token>;

// The tokens of `t`'s content, XML white space collapsed as the engine reads it (runs become
// one space, none at the ends); codes numbered 1, 2, … in document order.
Tokens read_tokens(const tinyxml2::XMLElement& t);

// Gives a translation's codes the ids of the source's: the k-th <b> of the target is the k-th
// <b> of the source. A code the source lacks gets a new id above the source's.
void match_codes(const Tokens& source, Tokens& target);

// The tokens as content XML, ready to stand between <t …> and </t>.
std::string content_xml(const Tokens& tokens);

// A stable fingerprint of the text and its markup (FNV-1a, 64 bits, 16 hex digits): it tells a
// changed source from an unchanged one; it is no protection against someone forging it.
std::string fingerprint(const Tokens& tokens);

// Text with &, < and > escaped (and " in attribute values).
std::string escape_text(const std::string& text);
std::string escape_attribute(const std::string& text);

// The element name of a start tag or standalone markup: "<a href=\"x\">" → "a".
std::string markup_name(const std::string& markup);

}  // namespace xliff
