#pragma once
// Short texts that a drawn block (a chart, a map) sets and places itself: a label, a tick, a
// place name. Set in a paragraph style of the layout, so each language's fonts and size apply.
#include <string>

#include "layout/block_builder.hpp"

namespace layout {

// A piece of text set for a drawing: its lines and extent.
struct SetText {
  text::Paragraph paragraph;
  double width = 0, height = 0;
};

SetText set_styled(BlockBuilder& builder, const text::StyledText& styled, const std::string& style, double width,
                   text::Align align, const util::SourceLocation& where);
// The edition's translation of `content`.
SetText set_text(BlockBuilder& builder, const model::Text& content, const std::string& style, double width,
                 text::Align align, const util::SourceLocation& where);
// A number or another literal, on one line.
SetText set_literal(BlockBuilder& builder, const std::string& literal, const std::string& style,
                    const util::SourceLocation& where);

}  // namespace layout
