#pragma once
// No runt in titles: the last line of a paragraph whose style asks for it (`no-runt`) carries at
// least two words — or, in text written without spaces (Chinese, Japanese), four characters —
// by setting the paragraph's tail as one unbreakable span.
#include "text/styled_text.hpp"

namespace layout {

text::StyledText without_runt(const text::StyledText& text);

}  // namespace layout
