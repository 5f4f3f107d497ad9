#pragma once
// Model inlines (strong, emphasis, links, spans, breaks, no-break spans, numbers) in one
// language → text::StyledText, with the layout's character styles and hyphenation applied.
#include <string>

#include "layout/style_resolver.hpp"
#include "model/text.hpp"
#include "text/styled_text.hpp"

namespace layout {

// Appends `text` in the resolver's language to `out`. Nothing is appended when the text has no
// content in that language (the model reader has already reported a missing translation).
void append_text(text::StyledText& out, const model::Text& text, const text::TextStyle& base, bool hyphenate,
                 StyleResolver& styles);

// Appends literal text (labels, numbers, list markers) in the base style.
void append_literal(text::StyledText& out, const std::string& utf8, const text::TextStyle& base,
                    const util::SourceLocation& where, const std::string& link = {});

}  // namespace layout
