#pragma once
// What one language's build reads of a content file: the file's bytes with every
// <t xml:lang="X">…</t> of another language cut out. A build in `lang` takes a text's
// translation for `lang` or its language-neutral content, never another language's (see
// Text::in), so two versions of a file with the same view give that language the same pages:
// a word changed in the Russian text leaves the view of every other language as it was.
//
// A byte-level pass, not a parse: comments, CDATA and quoted attribute values are stepped over
// whole, so a "<t" inside them is not taken for a tag. Anything it does not understand is kept,
// which can only make a view change more often than the pages do, never less.
#include <string>
#include <string_view>

namespace model {

std::string language_view(std::string_view xml, std::string_view lang);

}  // namespace model
