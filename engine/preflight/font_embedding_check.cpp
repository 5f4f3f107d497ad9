#include <set>

#include "preflight/document_checks.hpp"
#include "preflight/font_licence.hpp"
#include "preflight/item_facts.hpp"

namespace preflight {

// Every font a glyph run uses must be readable and licensed for embedding as a subset: the
// print writer embeds all of them (PDF/X), and a font it cannot embed stops the build.
void check_font_embedding(const draw::Document& document, Report& report) {
  std::set<draw::FontId> checked;
  for_each_item(document, [&](int page, const draw::Page&, const draw::Item& item) {
    const auto* run = std::get_if<draw::GlyphRun>(&item.content);
    if (!run || !checked.insert(run->font).second) return;
    if (run->font >= document.fonts.size()) {
      report.findings.push_back({Level::error, "font-embedding", page,
                                 "text uses font " + std::to_string(run->font) + ", which the document does not list",
                                 run->ink});
      return;
    }
    const draw::FontFace& face = document.fonts[run->font];
    const std::string name = face.family.empty() ? face.file.filename().string() : face.family;
    const auto licence = read_font_licence(face.file, face.index);
    if (!licence) {
      report.findings.push_back({Level::error, "font-embedding", page,
                                 "font " + name + " (" + face.file.string() + ", face " + std::to_string(face.index & 0xFFFF) +
                                     ") cannot be read, so it cannot be embedded",
                                 run->ink});
    } else if (const std::string refusal = licence->refusal(); !refusal.empty()) {
      report.findings.push_back({Level::error, "font-embedding", page,
                                 "font " + name + " cannot be embedded: " + refusal + "; choose another font", run->ink});
    }
  });
}

}  // namespace preflight
