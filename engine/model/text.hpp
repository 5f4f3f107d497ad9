#pragma once
// Text in up to six languages, side by side. A text-bearing element holds either one
// <t xml:lang="…"> per language or language-neutral content written once (names, figures).
#include <string>
#include <string_view>
#include <vector>

#include "model/amount.hpp"
#include "util/source_location.hpp"

namespace model {

using util::SourceLocation;

enum class InlineKind {
  text,        // characters; XML white space already collapsed to single spaces
  strong,      // <b>
  emphasis,    // <i>
  link,        // <a href="…">: external URI, "mailto:…", or "#id" for a place in the publication
  span,        // <span style="…">: a character style from the layout
  line_break,  // <br/>
  no_break,    // <nobr>: no line break inside
  number,      // <num value="1234.5" decimals="1"/> or <num ref="indicator"/>: formatted per language
  label,       // <label ref="map-legend"/>: the words the layout gives that key in each language
};

struct Inline {
  InlineKind kind = InlineKind::text;
  std::string text;   // text
  std::string href;   // link
  std::string style;  // span
  Amount amount;      // number
  std::string key;    // label
  std::vector<Inline> children;
  SourceLocation where;
};

struct Translation {
  std::string lang;  // BCP 47 tag; empty for language-neutral content
  std::vector<Inline> content;
  SourceLocation where;
};

struct Text {
  std::vector<Translation> translations;
  SourceLocation where;

  bool empty() const { return translations.empty(); }
  // The translation for `lang`, else the language-neutral content, else nullptr.
  const Translation* in(std::string_view lang) const;
  // The characters only, markup dropped, numbers unformatted: for messages and tests.
  std::string plain(std::string_view lang) const;
};

}  // namespace model
