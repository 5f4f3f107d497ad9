#include "layout/set_text.hpp"

#include "layout/inline_text.hpp"

namespace layout {

SetText set_styled(BlockBuilder& builder, const text::StyledText& styled, const std::string& style, double width,
                   text::Align align, const util::SourceLocation& where) {
  ResolvedParagraph rp = builder.styles().paragraph(style, where);
  rp.format.align = align;
  rp.format.no_runt = false;
  SetText out;
  out.paragraph = builder.typeset(styled, rp, width);
  out.width = out.paragraph.natural_width();
  out.height = out.paragraph.height();
  return out;
}

SetText set_text(BlockBuilder& builder, const model::Text& content, const std::string& style, double width,
                 text::Align align, const util::SourceLocation& where) {
  ResolvedParagraph rp = builder.styles().paragraph(style, where);
  text::StyledText styled;
  append_text(styled, content, rp.text, false, builder.styles());
  return set_styled(builder, styled, style, width, align, where);
}

SetText set_literal(BlockBuilder& builder, const std::string& literal, const std::string& style,
                    const util::SourceLocation& where) {
  ResolvedParagraph rp = builder.styles().paragraph(style, where);
  text::TextStyle unbroken = rp.text;
  unbroken.no_break = true;
  text::StyledText styled;
  append_literal(styled, literal, unbroken, where);
  return set_styled(builder, styled, style, 1e5, text::Align::left, where);
}

}  // namespace layout
