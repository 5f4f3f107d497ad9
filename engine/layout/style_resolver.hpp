#pragma once
// Resolves the layout's styles for one language: paragraph style + language settings (font
// chain, size and leading scale, keep-all, hyphenation) + character styles → what text::typeset
// takes. A copy-fitting scale shrinks sizes and leading uniformly.
#include <map>
#include <memory>
#include <string>

#include "draw/document.hpp"
#include "model/amount.hpp"
#include "style/layout.hpp"
#include "text/hyphenator.hpp"
#include "text/number_format.hpp"
#include "text/paragraph.hpp"
#include "text/styled_text.hpp"
#include "util/diagnostics.hpp"

namespace layout {

struct ResolvedParagraph {
  const style::ParagraphStyle* style = nullptr;
  text::TextStyle text;          // the base character style of the paragraph
  text::ParagraphFormat format;  // width is set by the caller
  double space_before = 0, space_after = 0;
  bool hyphenate = false;
};

class StyleResolver {
 public:
  StyleResolver(const style::Layout& layout, const style::LanguageSettings& language, draw::Document& document,
                util::Diagnostics& diagnostics);

  // The named paragraph style in this language; falls back to "body" with an error if missing.
  ResolvedParagraph paragraph(const std::string& name, const util::SourceLocation& where);
  // `base` with a character style applied (strong, emphasis, link or a span's style).
  text::TextStyle character(const text::TextStyle& base, const std::string& name, const util::SourceLocation& where);
  draw::Paint paint(const std::string& swatch, const util::SourceLocation& where, double tint = 1.0);

  const style::Layout& layout() const { return layout_; }
  const style::LanguageSettings& language() const { return language_; }
  draw::Document& document() { return document_; }
  util::Diagnostics& diagnostics() { return diagnostics_; }
  // How this language writes numbers (ICU locale + the layout's overrides).
  text::NumberConventions number_conventions() const;
  // A number of the content in this language; an amount ICU refuses is an error at `where`.
  std::string format(const model::Amount& amount, const util::SourceLocation& where);
  // The same, cut after the last digit (see text::AmountParts).
  text::AmountParts format_parts(const model::Amount& amount, const util::SourceLocation& where);
  const text::Hyphenator* hyphenator();  // nullptr when the language has none
  // The words of the layout's label `key` in this language; a key it lacks is an error at `where`.
  std::string label(const std::string& key, const util::SourceLocation& where);

  // A panel may set its text in other styles (a light title on a dark cover): style → style.
  void set_restyle(const std::map<std::string, std::string>* restyle) { restyle_ = restyle; }

  // Copy-fitting: every size and leading is multiplied by `scale` (1 = as designed).
  void set_scale(double scale) { scale_ = scale; }
  double scale() const { return scale_; }

 private:
  const style::Layout& layout_;
  const style::LanguageSettings& language_;
  draw::Document& document_;
  util::Diagnostics& diagnostics_;
  double scale_ = 1.0;
  const std::map<std::string, std::string>* restyle_ = nullptr;
  std::unique_ptr<text::Hyphenator> hyphenator_;
  bool hyphenator_loaded_ = false;
};

// "Hình {n}" with n = 3 → "Hình 3".
std::string fill_number(const std::string& pattern, int n);

}  // namespace layout
