#include "layout/style_resolver.hpp"

#include <algorithm>

namespace layout {

StyleResolver::StyleResolver(const style::Layout& layout, const style::LanguageSettings& language,
                             draw::Document& document, util::Diagnostics& diagnostics)
    : layout_(layout), language_(language), document_(document), diagnostics_(diagnostics) {}

static text::Align text_align(style::Align a) {
  switch (a) {
    case style::Align::left: return text::Align::left;
    case style::Align::center: return text::Align::center;
    case style::Align::right: return text::Align::right;
    case style::Align::justify: return text::Align::justify;
  }
  return text::Align::left;
}

draw::Paint StyleResolver::paint(const std::string& swatch, const util::SourceLocation& where, double tint) {
  if (auto id = document_.find_swatch(swatch)) return {*id, tint};
  if (const auto* s = layout_.swatch(swatch)) return {document_.intern_swatch(*s), tint};
  diagnostics_.error(where, "unknown colour swatch \"" + swatch + "\"; define it in <swatches> of layout " +
                                layout_.file.string());
  return {0, tint};
}

ResolvedParagraph StyleResolver::paragraph(const std::string& requested, const util::SourceLocation& where) {
  const std::string* mapped = nullptr;
  if (restyle_)
    if (auto it = restyle_->find(requested); it != restyle_->end()) mapped = &it->second;
  const std::string& name = mapped ? *mapped : requested;
  const style::ParagraphStyle* ps = layout_.paragraph_style(name);
  if (!ps) {
    diagnostics_.error(where, "the layout " + layout_.file.string() + " has no paragraph style \"" + name +
                                  "\"; add it to <paragraph-styles>");
    ps = layout_.paragraph_style("body");
    if (!ps) {
      static const style::ParagraphStyle fallback{};
      ps = &fallback;
    }
  }
  ResolvedParagraph r;
  r.style = ps;
  auto font = language_.fonts.find(ps->font);
  r.text.family = font != language_.fonts.end() ? font->second : "Noto Sans";
  r.text.weight = ps->weight;
  r.text.italic = ps->italic;
  // Copy-fitting scales every style alike, but never below the size the designer allows.
  double scale = scale_;
  if (scale < 1.0 && ps->min_size > 0 && ps->size * scale < ps->min_size) scale = std::min(1.0, ps->min_size / ps->size);
  r.text.size = ps->size * language_.size_scale * scale;
  r.text.language = language_.code;
  r.text.letter_spacing = ps->letter_spacing / 1000.0 * r.text.size;
  r.text.paint = paint(ps->color, ps->where);
  r.format.align = text_align(ps->align);
  r.format.first_indent = ps->first_indent;
  r.format.leading = ps->leading * language_.leading_scale * scale;
  r.format.keep_all = language_.keep_all;
  r.format.justify_characters = language_.justify_characters;
  r.format.ideograph_latin_space = language_.ideograph_latin_space;
  r.format.letter_stretch = language_.letter_stretch;
  r.format.glyph_scaling = language_.glyph_scaling;
  r.format.compress_punctuation = language_.compress_punctuation;
  r.format.loose_note = language_.loose_note;
  r.format.rules = &language_.breaking;
  r.format.no_runt = ps->no_runt;
  r.format.hang_punctuation = ps->hang_punctuation;
  r.space_before = ps->space_before * scale_;
  r.space_after = ps->space_after * scale_;
  r.hyphenate = ps->hyphenate && !language_.hyphenation.empty();
  return r;
}

text::TextStyle StyleResolver::character(const text::TextStyle& base, const std::string& name,
                                         const util::SourceLocation& where) {
  const style::CharacterStyle* cs = layout_.character_style(name);
  if (!cs) {
    diagnostics_.error(where, "the layout " + layout_.file.string() + " has no character style \"" + name +
                                  "\"; add it to <character-styles>");
    return base;
  }
  text::TextStyle s = base;
  if (cs->font) {
    auto font = language_.fonts.find(*cs->font);
    if (font != language_.fonts.end()) s.family = font->second;
  }
  if (cs->weight) s.weight = *cs->weight;
  if (cs->italic) s.italic = *cs->italic;
  if (cs->color) s.paint = paint(*cs->color, cs->where);
  if (cs->size_scale) s.size *= *cs->size_scale;
  if (cs->baseline_shift) s.baseline_shift = *cs->baseline_shift * scale_;
  return s;
}

text::NumberConventions StyleResolver::number_conventions() const {
  return {language_.locale.empty() ? language_.code : language_.locale,
          language_.decimal_separator,
          language_.group_separator,
          language_.minus_sign,
          language_.compact_short,
          language_.currency_formats};
}

text::AmountParts StyleResolver::format_parts(const model::Amount& amount, const util::SourceLocation& where) {
  text::Amount a{amount.value, amount.decimals, amount.unit,
                 amount.compact ? text::Notation::compact : text::Notation::plain};
  std::string error;
  if (auto formatted = text::format_amount_parts(a, number_conventions(), &error)) return *formatted;
  diagnostics_.error(where, error);
  return {amount.value, ""};
}

std::string StyleResolver::format(const model::Amount& amount, const util::SourceLocation& where) {
  text::AmountParts parts = format_parts(amount, where);
  return parts.lead + parts.trail;
}

const text::Hyphenator* StyleResolver::hyphenator() {
  if (!hyphenator_loaded_) {
    hyphenator_loaded_ = true;
    if (!language_.hyphenation.empty()) {
      // A bare file name is looked up where Debian puts patterns: LibreOffice's (hyphen-*) and
      // TeX's hyph-utf8 text files (texlive-lang-*).
      std::filesystem::path patterns = language_.hyphenation;
      if (patterns.is_relative())
        for (const char* folder : {"/usr/share/hyphen", "/usr/share/texlive/texmf-dist/tex/generic/hyph-utf8/patterns/txt"})
          if (std::error_code ec; std::filesystem::exists(std::filesystem::path(folder) / patterns, ec)) {
            patterns = std::filesystem::path(folder) / patterns;
            break;
          }
      std::string error;
      hyphenator_ = text::Hyphenator::load(patterns, language_.hyphen_min_left, language_.hyphen_min_right, &error);
      if (!hyphenator_)
        diagnostics_.warning(language_.where, error + "; text in \"" + language_.code +
                                                  "\" is set without hyphenation (install the package with its "
                                                  "patterns: hyphen-* for hyph_*.dic, texlive-lang-* for hyph-*.pat.txt)");
    }
  }
  return hyphenator_.get();
}

std::string fill_number(const std::string& pattern, int n) {
  std::string out = pattern;
  auto at = out.find("{n}");
  if (at != std::string::npos) out.replace(at, 3, std::to_string(n));
  return out;
}

}  // namespace layout
