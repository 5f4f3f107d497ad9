#include "layout/layout.hpp"

#include <set>

#include "layout/handbook.hpp"
#include "layout/panels.hpp"
#include "layout/style_resolver.hpp"

namespace layout {

static draw::Metadata metadata(const model::Publication& p, const std::string& lang) {
  draw::Metadata m;
  m.publication_id = p.id;
  m.language = lang;
  m.title = p.meta.title.plain(lang);
  m.subtitle = p.meta.subtitle.plain(lang);
  m.author = p.meta.publisher.plain(lang);
  m.subject = p.meta.subject.empty() ? m.subtitle : p.meta.subject.plain(lang);
  m.keywords = p.meta.keywords.plain(lang);
  m.date = p.meta.date;
  return m;
}

static draw::PrintSetup print_setup(const style::Layout& layout) {
  draw::PrintSetup s;
  s.marks = layout.print.marks;
  s.mark_offset = layout.page.bleed;
  s.slug_height = layout.print.slug;
  s.safe_margin = layout.page.safe_margin;
  s.max_ink = layout.print.max_ink;
  s.output_profile = layout.print.output_profile;
  s.output_condition = layout.print.output_condition;
  s.output_condition_info = layout.print.output_condition_info;
  s.preflight = layout.preflight.profile;
  s.convert_rgb_images = layout.print.convert_rgb_images.value_or(s.preflight == draw::PreflightProfile::cmyk_only);
  s.intent = layout.print.intent;
  s.black_point_compensation = layout.print.black_point_compensation;
  s.small_text = layout.preflight.small_text;
  s.min_line = layout.preflight.min_line;
  s.min_resolution = layout.preflight.min_resolution;
  s.preflight_where = layout.preflight.where;
  s.print_where = layout.print.where;
  return s;
}

// A label one language of the publication has and this one lacks would print in one edition and
// be missing from the other: an error at this language's settings, naming where the other has it.
// A master's labels are needed by every edition, whether or not its pages come up.
static void check_labels(const model::Publication& publication, const style::Layout& layout,
                         const style::LanguageSettings& settings, util::Diagnostics& diagnostics) {
  for (const auto& [name, master] : layout.masters)
    for (const auto& text : master.texts)
      if (!settings.label(text.label))
        diagnostics.error(text.where, "master \"" + name + "\" prints label \"" + text.label + "\", which language " +
                                          settings.code + " does not define; add <label key=\"" + text.label +
                                          "\">…</label> to a <labels language=\"" + settings.code +
                                          "\"> after its <language> (" + settings.where.str() + ")");
  std::set<std::string> reported;
  for (const auto& code : publication.languages) {
    const style::LanguageSettings* other = layout.language(code);
    if (!other || other == &settings) continue;
    for (const auto& [key, label] : other->labels)
      if (!settings.label(key) && reported.insert(key).second)
        diagnostics.error(settings.where, "label \"" + key + "\" is missing in language " + settings.code +
                                              " of layout " + layout.id + ", which " + code + " defines at " +
                                              label.where.str() + "; add <label key=\"" + key +
                                              "\">…</label> to a <labels language=\"" + settings.code + "\">");
  }
}

std::optional<draw::Document> lay_out(const model::Publication& publication, const style::Layout& layout,
                                      const std::string& language, text::FontSet& fonts,
                                      util::Diagnostics& diagnostics) {
  const style::LanguageSettings* settings = layout.language(language);
  if (!settings) {
    diagnostics.error(publication.where, "the layout " + layout.id + " (" + layout.file.string() +
                                             ") has no settings for language \"" + language +
                                             "\"; add a <language code=\"" + language + "\" …> to it");
    return std::nullopt;
  }
  const int errors_before = diagnostics.error_count();
  // A family the private font configuration does not have would be replaced silently by
  // fontconfig: name it instead.
  for (const auto& [role, chain] : settings->fonts) {
    std::size_t start = 0;
    while (start < chain.size()) {
      std::size_t comma = chain.find(',', start);
      std::string family = chain.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
      family.erase(0, family.find_first_not_of(' '));
      family.erase(family.find_last_not_of(' ') + 1);
      if (!family.empty() && !fonts.config().has_family(family))
        diagnostics.error(settings->where, "font family \"" + family + "\" for language \"" + language +
                                               "\" is not installed or not accepted by fonts/fonts.conf; install it "
                                               "(setup.sh installs the Noto fonts) or name another family");
      if (comma == std::string::npos) break;
      start = comma + 1;
    }
  }
  check_labels(publication, layout, *settings, diagnostics);
  if (diagnostics.error_count() > errors_before) return std::nullopt;
  draw::Document document;
  document.meta = metadata(publication, language);
  document.print = print_setup(layout);
  // Every swatch of the layout, in its order, so ids are the same in every language.
  for (const auto& swatch : layout.swatches) document.intern_swatch(swatch);

  // Printer's marks and the slug line: the language's display face (Latin digits in every one).
  if (const auto font = settings->fonts.find(style::FontRole::display); font != settings->fonts.end())
    if (const text::ResolvedFace* face = fonts.face_for(font->second)) document.print.marks_font = face->face;

  StyleResolver styles(layout, *settings, document, diagnostics);
  if (publication.kind == model::Kind::handbook)
    compose_handbook(publication, styles, fonts);
  else
    compose_panels(publication, styles, fonts);
  if (diagnostics.error_count() > errors_before) return std::nullopt;
  return document;
}

}  // namespace layout
