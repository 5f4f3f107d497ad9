#include "layout/inline_text.hpp"

#include "text/number_format.hpp"

namespace layout {
namespace {

struct InlineContext {
  text::StyledText& out;
  StyleResolver& styles;
  bool hyphenate;
};

void append_inlines(InlineContext& c, const std::vector<model::Inline>& nodes, const text::TextStyle& style,
                    const std::string& link) {
  using model::InlineKind;
  for (const model::Inline& node : nodes) {
    switch (node.kind) {
      case InlineKind::text: {
        const text::Hyphenator* h = c.hyphenate && !style.no_break && link.empty() ? c.styles.hyphenator() : nullptr;
        c.out.append(h ? h->hyphenate(node.text) : node.text, style, node.where, link);
        break;
      }
      case InlineKind::strong:
        append_inlines(c, node.children, c.styles.character(style, "strong", node.where), link);
        break;
      case InlineKind::emphasis:
        append_inlines(c, node.children, c.styles.character(style, "emphasis", node.where), link);
        break;
      case InlineKind::link:
        append_inlines(c, node.children, c.styles.character(style, "link", node.where), node.href);
        break;
      case InlineKind::span:
        append_inlines(c, node.children, c.styles.character(style, node.style, node.where), link);
        break;
      case InlineKind::no_break: {
        text::TextStyle kept = style;
        kept.no_break = true;
        append_inlines(c, node.children, kept, link);
        break;
      }
      case InlineKind::line_break:
        c.out.line_break(style, node.where);
        break;
      case InlineKind::number: {
        text::TextStyle kept = style;
        kept.no_break = true;  // a number never breaks across lines
        c.out.append(c.styles.format(node.amount, node.where), kept, node.where, link);
        break;
      }
      case InlineKind::label:
        c.out.append(c.styles.label(node.key, node.where), style, node.where, link);
        break;
    }
  }
}

}  // namespace

void append_text(text::StyledText& out, const model::Text& text, const text::TextStyle& base, bool hyphenate,
                 StyleResolver& styles) {
  const model::Translation* t = text.in(styles.language().code);
  if (!t) return;
  InlineContext c{out, styles, hyphenate};
  append_inlines(c, t->content, base, {});
}

void append_literal(text::StyledText& out, const std::string& utf8, const text::TextStyle& base,
                    const util::SourceLocation& where, const std::string& link) {
  out.append(utf8, base, where, link);
}

}  // namespace layout
