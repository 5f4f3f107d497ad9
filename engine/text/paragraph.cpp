#include "text/paragraph.hpp"

#include <pango/pangocairo.h>

#include <algorithm>
#include <cmath>
#include <set>

#include "text/pango_handles.hpp"
#include "util/utf8.hpp"

namespace text {
namespace {

constexpr double pango_units = PANGO_SCALE;
// The least gap between the ink of two lines, pt.
constexpr double ink_clearance = 0.5;

PangoAttribute* ranged(PangoAttribute* attribute, std::size_t start, std::size_t end) {
  attribute->start_index = static_cast<guint>(start);
  attribute->end_index = static_cast<guint>(end);
  return attribute;
}

AttrListHandle attributes_for(const StyledText& text, bool keep_all) {
  AttrListHandle list(pango_attr_list_new());
  const std::string& utf8 = text.utf8();
  for (const Span& span : text.spans()) {
    const TextStyle& s = span.style;
    FontDescriptionHandle font(pango_font_description_new());
    pango_font_description_set_family(font.get(), s.family.c_str());
    pango_font_description_set_weight(font.get(), static_cast<PangoWeight>(s.weight));
    pango_font_description_set_style(font.get(), s.italic ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL);
    pango_font_description_set_absolute_size(font.get(), s.size * pango_units);
    pango_attr_list_insert(list.get(), ranged(pango_attr_font_desc_new(font.get()), span.start, span.end));
    pango_attr_list_insert(list.get(), ranged(pango_attr_language_new(pango_language_from_string(s.language.c_str())),
                                              span.start, span.end));
    // The paint is not Pango's business, but a change of paint must end a run: carry the
    // swatch in a foreground attribute, which splits items without affecting shaping.
    pango_attr_list_insert(list.get(), ranged(pango_attr_foreground_new(s.paint.swatch,
                                                                        static_cast<guint16>(s.paint.tint * 65535), 0),
                                              span.start, span.end));
    if (s.letter_spacing != 0)
      pango_attr_list_insert(list.get(), ranged(pango_attr_letter_spacing_new(static_cast<int>(s.letter_spacing * pango_units)),
                                                span.start, span.end));
    if (s.baseline_shift != 0)
      pango_attr_list_insert(list.get(), ranged(pango_attr_rise_new(static_cast<int>(s.baseline_shift * pango_units)),
                                                span.start, span.end));
    if (s.no_break)
      pango_attr_list_insert(list.get(), ranged(pango_attr_allow_breaks_new(FALSE), span.start, span.end));
    // Korean keeps words whole (keep-all): no break inside a run of non-spaces.
    if (keep_all || s.language == "ko") {
      std::size_t i = span.start;
      while (i < span.end) {
        while (i < span.end && (utf8[i] == ' ' || utf8[i] == '\t')) ++i;
        std::size_t word = i;
        while (i < span.end && utf8[i] != ' ' && utf8[i] != '\t') ++i;
        if (i > word) pango_attr_list_insert(list.get(), ranged(pango_attr_allow_breaks_new(FALSE), word, i));
      }
    }
  }
  return list;
}

std::vector<std::string> split_chain(const std::string& chain) {
  std::vector<std::string> families;
  std::size_t start = 0;
  while (start <= chain.size()) {
    std::size_t comma = chain.find(',', start);
    std::string family = chain.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
    family.erase(0, family.find_first_not_of(' '));
    family.erase(family.find_last_not_of(' ') + 1);
    if (!family.empty()) families.push_back(family);
    if (comma == std::string::npos) break;
    start = comma + 1;
  }
  return families;
}

bool starts_with_mark(const std::string& s) {
  if (s.empty()) return false;
  return g_unichar_ismark(g_utf8_get_char(s.c_str()));
}

std::string without_soft_hyphens(std::string s) {
  const std::string shy = "\u00AD";
  for (std::size_t at; (at = s.find(shy)) != std::string::npos;) s.erase(at, shy.size());
  return s;
}

// Everything one line's extraction needs from the paragraph.
struct Extraction {
  FontSet& fonts;
  const StyledText& text;
  util::Diagnostics& diagnostics;
  std::set<char32_t> reported_missing;
};

void report_missing(Extraction& x, PangoGlyph glyph, const Span* span) {
  char32_t cp = glyph & ~PANGO_GLYPH_UNKNOWN_FLAG;
  if (!x.reported_missing.insert(cp).second) return;
  std::string ch;
  util::append_utf8(ch, cp);
  std::string lang = span ? span->style.language : "?";
  std::string chain = span ? span->style.family : "?";
  x.diagnostics.error(span ? span->where : util::SourceLocation{},
                      "no font covers " + util::code_point_name(cp) + " '" + ch + "' in language \"" + lang +
                          "\" (font chain \"" + chain +
                          "\"); add a font that has it to the language's chain in the layout, or replace the character");
}

void check_fallback(Extraction& x, const ResolvedFace& face, const Span* span, const std::string& cluster_text) {
  if (!span) return;
  auto chain = split_chain(span->style.family);
  if (std::find(chain.begin(), chain.end(), face.face.family) != chain.end()) return;
  std::size_t pos = 0;
  char32_t cp = cluster_text.empty() ? 0 : util::next_code_point(cluster_text, pos);
  std::string key = face.face.family + "|" + span->style.language + "|" + std::to_string(cp);
  if (!x.fonts.first_report(key)) return;
  x.diagnostics.warning(span->where, "\"" + cluster_text + "\" (" + util::code_point_name(cp) + ") in language \"" +
                                         span->style.language + "\" is not in the font chain \"" +
                                         span->style.family + "\"; it falls back to \"" + face.face.family +
                                         "\". Add that font to the chain in the layout to make the choice explicit");
}

// One Pango run → one draw::GlyphRun, clusters carrying their source text.
// `offsets` receives the source byte offset of each cluster, for links.
draw::GlyphRun extract_run(Extraction& x, PangoGlyphItem* run, double run_x, double baseline_y,
                           std::vector<std::size_t>& offsets) {
  PangoItem* item = run->item;
  PangoGlyphString* glyphs = run->glyphs;
  const ResolvedFace& face = x.fonts.face_of(item->analysis.font);
  const std::string& utf8 = x.text.utf8();
  const Span* span = x.text.span_at(static_cast<std::size_t>(item->offset));

  draw::GlyphRun out;
  out.font = face.id;
  out.size = face.size;
  out.fill = span ? span->style.paint : draw::Paint{};
  out.language = span ? span->style.language : pango_language_to_string(item->analysis.language);
  const double rise = run->y_offset / pango_units;

  double pen = run_x;
  for (int i = 0; i < glyphs->num_glyphs; ++i) {
    const PangoGlyphInfo& info = glyphs->glyphs[i];
    const std::size_t cluster_start = static_cast<std::size_t>(item->offset + glyphs->log_clusters[i]);
    const bool new_cluster = i == 0 || glyphs->log_clusters[i] != glyphs->log_clusters[i - 1];
    const double advance = info.geometry.width / pango_units;

    if (info.glyph & PANGO_GLYPH_UNKNOWN_FLAG) {
      report_missing(x, info.glyph, x.text.span_at(cluster_start));
      pen += advance;
      continue;
    }
    if (info.glyph == PANGO_GLYPH_EMPTY) {  // line separators, unused soft hyphens
      pen += advance;
      continue;
    }
    draw::Glyph g;
    g.id = info.glyph;
    g.x = pen + info.geometry.x_offset / pango_units;
    g.y = baseline_y + info.geometry.y_offset / pango_units - rise;
    g.advance = advance;
    pen += advance;

    if (new_cluster || out.clusters.empty()) {
      int end_offset = item->length;
      for (int j = i + 1; j < glyphs->num_glyphs; ++j)
        if (glyphs->log_clusters[j] != glyphs->log_clusters[i]) { end_offset = glyphs->log_clusters[j]; break; }
      std::string source = utf8.substr(cluster_start, static_cast<std::size_t>(item->offset + end_offset) - cluster_start);
      // A soft hyphen that Pango made visible at a line end stands for itself; hidden ones vanish.
      std::string cluster_text = source == "\u00AD" ? source : without_soft_hyphens(source);
      check_fallback(x, face, x.text.span_at(cluster_start), cluster_text);
      // Combining marks shaped apart from their base join the base's cluster, or text extraction
      // would put a space between them (Russian stress marks, decomposed Vietnamese).
      if (starts_with_mark(cluster_text) && !out.clusters.empty() && new_cluster) {
        out.clusters.back().text += cluster_text;
        out.clusters.back().glyph_count++;
      } else {
        out.clusters.push_back({static_cast<std::uint32_t>(out.glyphs.size()), 1, cluster_text});
        offsets.push_back(cluster_start);
      }
    } else {
      out.clusters.back().glyph_count++;
    }
    out.glyphs.push_back(g);
  }
  return out;
}

// Justification by characters: the slack is spread over every gap between clusters, a gap
// after a space taking `space_share` shares so words stay visibly apart. Pango stretches spaces
// only, which leaves Chinese and Japanese lines ragged and tears a line with one Latin word
// apart.
void spread_between_clusters(std::vector<draw::GlyphRun>& runs, double slack, double space_share) {
  double shares = 0;
  const draw::Cluster* previous = nullptr;
  for (const auto& run : runs)
    for (const auto& cluster : run.clusters) {
      if (previous) shares += previous->text == " " ? space_share : 1;
      previous = &cluster;
    }
  if (shares <= 0 || slack <= 0) return;
  const double per_share = slack / shares;
  double shift = 0;
  previous = nullptr;
  for (auto& run : runs)
    for (const auto& cluster : run.clusters) {
      if (previous) shift += per_share * (previous->text == " " ? space_share : 1);
      previous = &cluster;
      for (std::uint32_t k = 0; k < cluster.glyph_count; ++k) run.glyphs[cluster.first_glyph + k].x += shift;
    }
}

// Pango shapes the hyphen it inserts at a soft-hyphen break into the cluster of the letter
// before it. Give the hyphen a cluster of its own standing for U+00AD, so text extraction sees
// a discretionary hyphen (and can join the word) instead of losing it or inventing a "-".
void split_off_hyphen(std::vector<draw::GlyphRun>& runs) {
  if (runs.empty() || runs.back().clusters.empty()) return;
  auto& run = runs.back();
  auto& cluster = run.clusters.back();
  if (cluster.glyph_count < 2 || cluster.text == "\u00AD") return;
  cluster.glyph_count--;
  run.clusters.push_back({cluster.first_glyph + cluster.glyph_count, 1, "\u00AD"});
}

bool is_space(const std::string& cluster) {
  return cluster == " " || cluster == "\u00A0" || cluster == "\u3000";
}

// Pango 1.50 does not count the hyphen it inserts at a soft-hyphen break, so such a line can
// end past the measure by the hyphen's width. Take the excess back from the line's spaces.
// Returns false when the line has no space to take it from.
bool squeeze_spaces(std::vector<draw::GlyphRun>& runs, double excess) {
  std::size_t spaces = 0, seen = 0, total = 0;
  for (const auto& run : runs) total += run.clusters.size();
  for (const auto& run : runs)
    for (const auto& c : run.clusters)
      if (++seen < total && is_space(c.text)) ++spaces;
  if (spaces == 0) return false;
  const double per_space = excess / static_cast<double>(spaces);
  double shift = 0;
  for (auto& run : runs)
    for (const auto& c : run.clusters) {
      for (std::uint32_t k = 0; k < c.glyph_count; ++k) run.glyphs[c.first_glyph + k].x -= shift;
      if (is_space(c.text)) shift += per_space;
    }
  return true;
}

bool has_space(const std::vector<draw::GlyphRun>& runs) {
  for (const auto& run : runs)
    for (const auto& c : run.clusters)
      if (is_space(c.text)) return true;
  return false;
}

// Clickable areas from the glyphs where they finally stand (after justification), one per run
// of clusters with the same link.
void add_link_areas(Line& line, const StyledText& text, const std::vector<std::vector<std::size_t>>& offsets) {
  for (std::size_t r = 0; r < line.runs.size(); ++r) {
    const auto& run = line.runs[r];
    for (std::size_t c = 0; c < run.clusters.size(); ++c) {
      const Span* span = text.span_at(offsets[r][c]);
      if (!span || span->link.empty()) continue;
      const auto& cluster = run.clusters[c];
      const auto& first = run.glyphs[cluster.first_glyph];
      const auto& last = run.glyphs[cluster.first_glyph + cluster.glyph_count - 1];
      draw::Rect box{first.x, -line.ascent, last.x + last.advance - first.x, line.ascent + line.descent};
      if (!line.links.empty() && line.links.back().href == span->link &&
          first.x - line.links.back().area.right() < 0.5 * run.size)
        line.links.back().area = line.links.back().area.united(box);
      else
        line.links.push_back({box, span->link});
    }
  }
}

}  // namespace

double Paragraph::height() const {
  if (lines.empty()) return 0;
  double h = lines.front().ascent + lines.back().descent;
  for (std::size_t i = 1; i < lines.size(); ++i) h += lines[i].advance;
  return h;
}

double Paragraph::natural_width() const {
  double w = 0;
  for (const auto& l : lines) w = std::max(w, l.width);
  return w;
}

Paragraph typeset(FontSet& fonts, const StyledText& text, const ParagraphFormat& format,
                  util::Diagnostics& diagnostics) {
  Paragraph paragraph;
  if (text.empty()) return paragraph;

  GObjectHandle<PangoLayout> layout(pango_layout_new(fonts.context()));
  pango_layout_set_text(layout.get(), text.utf8().data(), static_cast<int>(text.utf8().size()));
  AttrListHandle attributes = attributes_for(text, format.keep_all);
  pango_layout_set_attributes(layout.get(), attributes.get());
  pango_layout_set_width(layout.get(), static_cast<int>(format.width * pango_units));
  pango_layout_set_wrap(layout.get(), PANGO_WRAP_WORD_CHAR);
  pango_layout_set_indent(layout.get(), static_cast<int>(format.first_indent * pango_units));
  pango_layout_set_alignment(layout.get(), format.align == Align::center  ? PANGO_ALIGN_CENTER
                                           : format.align == Align::right ? PANGO_ALIGN_RIGHT
                                                                          : PANGO_ALIGN_LEFT);
  pango_layout_set_justify(layout.get(), format.align == Align::justify && !format.justify_characters);

  Extraction x{fonts, text, diagnostics, {}};
  const int line_count = pango_layout_get_line_count(layout.get());
  LayoutIterHandle iter(pango_layout_get_iter(layout.get()));
  int line_index = 0;
  do {
    PangoRectangle ink, logical;
    pango_layout_iter_get_line_extents(iter.get(), &ink, &logical);
    const double baseline = pango_layout_iter_get_baseline(iter.get()) / pango_units;
    PangoLayoutLine* pango_line = pango_layout_iter_get_line_readonly(iter.get());

    Line line;
    std::vector<std::vector<std::size_t>> cluster_offsets;  // per run, per cluster
    const double ascent = baseline - logical.y / pango_units;
    const double descent = (logical.y + logical.height) / pango_units - baseline;
    const double half_leading = (format.leading - (ascent + descent)) / 2;
    line.ascent = ascent + half_leading;
    line.descent = format.leading - line.ascent;
    line.ink_top = ink.height > 0 ? ink.y / pango_units - baseline : 0;
    line.ink_bottom = ink.height > 0 ? (ink.y + ink.height) / pango_units - baseline : 0;
    line.width = logical.width / pango_units;

    do {
      PangoGlyphItem* run = pango_layout_iter_get_run_readonly(iter.get());
      if (!run) break;  // the end of the line
      PangoRectangle run_logical;
      pango_layout_iter_get_run_extents(iter.get(), nullptr, &run_logical);
      const double run_x = run_logical.x / pango_units;
      std::vector<std::size_t> offsets;
      draw::GlyphRun glyph_run = extract_run(x, run, run_x, 0, offsets);
      if (!glyph_run.glyphs.empty()) {
        cluster_offsets.push_back(std::move(offsets));
        glyph_run.ink = {run_x, line.ink_top, run_logical.width / pango_units, line.ink_bottom - line.ink_top};
        line.runs.push_back(std::move(glyph_run));
      }
    } while (pango_layout_iter_next_run(iter.get()));

    // The measured width ends at the last visible glyph: a trailing space is not part of it.
    double right_edge = logical.x / pango_units;
    for (const auto& run : line.runs)
      for (const auto& c : run.clusters)
        if (!is_space(c.text)) {
          const auto& g = run.glyphs[c.first_glyph + c.glyph_count - 1];
          right_edge = std::max(right_edge, g.x + g.advance);
        }
    line.width = right_edge - logical.x / pango_units;

    const bool last = line_index == line_count - 1;
    const std::size_t line_end = static_cast<std::size_t>(pango_line->start_index + pango_line->length);
    const bool forced_break = line_end >= 3 && text.utf8().compare(line_end - 3, 3, "\u2028") == 0;
    if (line_end >= 2 && text.utf8().compare(line_end - 2, 2, "\u00AD") == 0) split_off_hyphen(line.runs);
    // Lines Pango did not justify: by characters where the language wants it, and any line
    // without a space to stretch.
    if (format.align == Align::justify && !last && !forced_break &&
        (format.justify_characters || !has_space(line.runs))) {
      const double slack = format.width - (format.first_indent * (line_index == 0)) - line.width;
      if (slack > 0.01 && slack < format.width * 0.25) {
        // Korean separates words with spaces and breaks only there: its slack goes mostly into
        // the spaces, or long words would look letter-spaced.
        spread_between_clusters(line.runs, slack, format.keep_all ? 8 : 3);
        line.width += slack;
      }
    }

    if (!paragraph.lines.empty()) {
      const Line& previous = paragraph.lines.back();
      line.advance = previous.descent + line.ascent;
      const double ink_needed = previous.ink_bottom - line.ink_top + ink_clearance;
      if (ink_needed > line.advance) line.advance = ink_needed;
    }
    if (right_edge > format.width + 0.01 && squeeze_spaces(line.runs, right_edge - format.width)) {
      line.width -= right_edge - format.width;
      right_edge = format.width;
    }
    add_link_areas(line, text, cluster_offsets);
    if (right_edge > format.width + 0.5)
      diagnostics.warning(text.span_at(static_cast<std::size_t>(pango_line->start_index))->where,
                          "a line is " + std::to_string(static_cast<int>(right_edge - format.width)) +
                              " pt wider than its column: a word or number too long to break");
    paragraph.lines.push_back(std::move(line));
    ++line_index;
  } while (pango_layout_iter_next_line(iter.get()));
  return paragraph;
}

}  // namespace text
