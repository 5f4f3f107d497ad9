#include "text/paragraph.hpp"

#include <pango/pangocairo.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <set>

#include "text/break_opportunities.hpp"
#include "text/hanging_punctuation.hpp"
#include "text/justification.hpp"
#include "text/punctuation_spacing.hpp"
#include "text/line_breaker.hpp"
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

AttrListHandle attributes_for(const StyledText& text) {
  AttrListHandle list(pango_attr_list_new());
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
  }
  return list;
}

// Asks for the half-width form of each punctuation mark that gives up its blank to the mark
// beside it; a font without `halt` alternates keeps the full width.
void set_punctuation_solid(PangoAttrList* list, const std::string& utf8) {
  std::vector<char32_t> chars;
  std::vector<std::size_t> bytes;
  for (const char* p = utf8.c_str(); *p; p = g_utf8_next_char(p)) {
    bytes.push_back(static_cast<std::size_t>(p - utf8.c_str()));
    chars.push_back(g_utf8_get_char(p));
  }
  bytes.push_back(utf8.size());
  for (std::size_t c : halved_punctuation(chars))
    pango_attr_list_insert(list, ranged(pango_attr_font_features_new("halt"), bytes[c], bytes[c + 1]));
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

bool is_space(const std::string& cluster) {
  return cluster == " " || cluster == "\u00A0" || cluster == "\u3000";
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


namespace {

using GlyphItemHandle = util::Handle<PangoGlyphItem, pango_glyph_item_free>;
using GlyphStringHandle = util::Handle<PangoGlyphString, pango_glyph_string_free>;

bool is_white(char32_t c) { return c == ' ' || c == '\t' || c == 0x2028 || c == 0x3000; }

// The paragraph shaped as one unbroken line: its glyph items in logical order and, per character,
// its advance and the facts breaking needs.
struct Shaped {
  std::vector<GlyphItemHandle> runs;
  std::vector<std::size_t> char_bytes;   // byte offset of each character, plus the end
  std::vector<std::size_t> char_at_byte;  // the character each byte belongs to
  std::vector<char32_t> chars;
  std::vector<double> advance;
  std::vector<bool> cluster_start, pango_break, pango_forced, cursor;
  std::vector<PangoGlyphItem*> run_of_char;  // the item that shaped each character (for a hyphen's font)
};

// Lines are taken off the front of a run (take_runs), and each split moves the rest of the run:
// a paragraph of one long run would cost its length once per line. Runs longer than this are
// cut in halves at cluster starts first (n log n), so a split moves at most this many glyphs.
constexpr int longest_run = 2048;

void split_long_run(GlyphItemHandle run, const std::string& utf8, std::vector<GlyphItemHandle>& out) {
  PangoGlyphItem* whole = run.get();
  const int glyphs = whole->glyphs->num_glyphs;
  const int middle = glyphs > longest_run ? whole->glyphs->log_clusters[glyphs / 2] : 0;  // a cluster's first byte
  if (middle <= 0 || middle >= whole->item->length) {
    out.push_back(std::move(run));
    return;
  }
  GlyphItemHandle first(pango_glyph_item_split(whole, utf8.c_str(), middle));
  split_long_run(std::move(first), utf8, out);
  split_long_run(std::move(run), utf8, out);
}

Shaped shape(PangoLayout* layout, const std::string& utf8) {
  Shaped s;
  for (const char* p = utf8.c_str(); *p; p = g_utf8_next_char(p)) {
    s.char_bytes.push_back(static_cast<std::size_t>(p - utf8.c_str()));
    s.chars.push_back(g_utf8_get_char(p));
  }
  const std::size_t n = s.chars.size();
  s.char_bytes.push_back(utf8.size());
  s.char_at_byte.assign(utf8.size() + 1, n);
  for (std::size_t c = 0; c < n; ++c)
    for (std::size_t b = s.char_bytes[c]; b < s.char_bytes[c + 1]; ++b) s.char_at_byte[b] = c;

  int attr_count = 0;
  const PangoLogAttr* attrs = pango_layout_get_log_attrs_readonly(layout, &attr_count);
  s.pango_break.assign(n + 1, false);
  s.pango_forced.assign(n + 1, false);
  s.cursor.assign(n + 1, false);
  for (std::size_t i = 0; i <= n && static_cast<int>(i) < attr_count; ++i) {
    s.pango_break[i] = attrs[i].is_line_break;
    s.pango_forced[i] = attrs[i].is_mandatory_break;
    s.cursor[i] = attrs[i].is_cursor_position;
  }

  s.advance.assign(n + 1, 0);
  s.cluster_start.assign(n + 1, false);
  s.cluster_start[n] = true;
  s.run_of_char.assign(n + 1, nullptr);
  // A line separator makes Pango start a new line even without a width: take every line's runs.
  for (GSList* l = pango_layout_get_lines_readonly(layout); l; l = l->next) {
    auto* line = static_cast<PangoLayoutLine*>(l->data);
    for (GSList* r = line->runs; r; r = r->next) {
      auto* run = static_cast<PangoGlyphItem*>(r->data);
      const std::size_t first_piece = s.runs.size();
      split_long_run(GlyphItemHandle(pango_glyph_item_copy(run)), utf8, s.runs);
      for (std::size_t k = first_piece; k < s.runs.size(); ++k) {
        PangoGlyphItem* copy = s.runs[k].get();
        const PangoItem* item = copy->item;
        for (std::size_t b = static_cast<std::size_t>(item->offset); b < static_cast<std::size_t>(item->offset + item->length); ++b)
          s.run_of_char[s.char_at_byte[b]] = copy;
        for (int g = 0; g < copy->glyphs->num_glyphs; ++g) {
          const std::size_t c = s.char_at_byte[static_cast<std::size_t>(item->offset + copy->glyphs->log_clusters[g])];
          s.advance[c] += copy->glyphs->glyphs[g].geometry.width / pango_units;
          s.cluster_start[c] = true;
        }
      }
    }
  }
  return s;
}

// The hyphen drawn at a soft-hyphen break, shaped in the font of the word it ends.
GlyphStringHandle shape_hyphen(PangoGlyphItem* run) {
  GlyphStringHandle glyphs(pango_glyph_string_new());
  pango_shape("-", 1, &run->item->analysis, glyphs.get());
  return glyphs;
}

double hyphen_advance(PangoGlyphItem* run) {
  if (!run) return 0;
  GlyphStringHandle h = shape_hyphen(run);
  return h->num_glyphs > 0 ? h->glyphs[0].geometry.width / pango_units : 0;
}

// Moves the glyph items covering bytes up to `end` from the front of `queue` into `line`,
// splitting the item a break falls in.
void take_runs(std::vector<GlyphItemHandle>& queue, std::size_t& next, std::size_t end, const std::string& utf8,
               std::vector<GlyphItemHandle>& line) {
  while (next < queue.size()) {
    PangoGlyphItem* run = queue[next].get();
    const std::size_t start = static_cast<std::size_t>(run->item->offset);
    const std::size_t stop = start + static_cast<std::size_t>(run->item->length);
    if (start >= end) break;
    if (stop <= end) {
      line.push_back(std::move(queue[next++]));
      continue;
    }
    line.emplace_back(pango_glyph_item_split(run, utf8.c_str(), static_cast<int>(end - start)));
    break;
  }
}

// What the breaker needs, as prefix sums over the characters.
BreakerInput breaker_input(const Shaped& shaped, const Glue& glue, const std::vector<Break>& breaks,
                           const ParagraphFormat& format) {
  const std::size_t n = shaped.chars.size();
  BreakerInput in;
  in.width = format.width > 0 ? format.width : 1e9;
  in.first_width = in.width - format.first_indent;
  in.justified = format.align == Align::justify;
  in.no_runt = format.no_runt;
  in.glyph_scaling = format.glyph_scaling;
  if (format.no_runt) in.min_last_chars = 4;
  in.breaks = breaks;
  for (auto* v : {&in.x, &in.stretch, &in.letter_stretch, &in.shrink, &in.extra, &in.hyphen_width}) v->assign(n + 1, 0);
  in.visible_end.assign(n + 1, 0);
  in.visible_chars.assign(n + 1, 0);
  std::map<PangoFont*, double> hyphens;  // the hyphen's advance, shaped once per font
  for (std::size_t i = 1; i <= n; ++i) {
    in.x[i] = in.x[i - 1] + shaped.advance[i - 1];
    in.stretch[i] = in.stretch[i - 1] + glue.stretch[i];
    in.letter_stretch[i] = in.letter_stretch[i - 1] + glue.letter_stretch[i];
    in.shrink[i] = in.shrink[i - 1] + glue.shrink[i];
    in.extra[i] = in.extra[i - 1] + glue.extra[i];
    const char32_t c = shaped.chars[i - 1];
    const bool invisible = is_white(c) || c == 0xAD;
    in.visible_chars[i] = in.visible_chars[i - 1] + !invisible;
    in.visible_end[i] = invisible ? in.visible_end[i - 1] : i;
    if (breaks[i] == Break::hyphenation && shaped.run_of_char[i - 1]) {
      PangoGlyphItem* run = shaped.run_of_char[i - 1];
      auto [at, fresh] = hyphens.try_emplace(run->item->analysis.font, 0);
      if (fresh) at->second = hyphen_advance(run);
      in.hyphen_width[i] = at->second;
    }
  }
  if (format.hang_punctuation && in.justified) {
    in.hang.assign(n + 1, 0);
    for (std::size_t i = 1; i <= n; ++i) {
      const std::size_t last = in.visible_end[i];
      if (breaks[i] == Break::hyphenation) in.hang[i] = right_hang(U'\u00AD') * in.hyphen_width[i];
      else if (last > 0) in.hang[i] = right_hang(shaped.chars[last - 1]) * shaped.advance[last - 1];
    }
  }
  return in;
}

std::string language_of(const StyledText& text, std::size_t byte) {
  const Span* span = text.span_at(byte);
  return span ? span->style.language : "?";
}

// A line whose spaces stretch past the language's `loose-note` (a multiple of their width) is
// one a reader sees as full of holes; the composer chose it because every other set of breaks
// was worse, so only an edit can help: the designer is told which line.
void note_loose_line(const StyledText& text, const Shaped& shaped, const LineBreak& lb, util::Diagnostics& diagnostics) {
  const std::size_t from = shaped.char_bytes[lb.start];
  std::string words = without_soft_hyphens(text.utf8().substr(from, shaped.char_bytes[lb.end] - from));
  while (!words.empty() && words.back() == ' ') words.pop_back();
  char spaces[16];
  std::snprintf(spaces, sizeof spaces, "%.1f", 1 + lb.ratio / 2);
  diagnostics.note(text.span_at(from)->where,
                   "a justified line in language \"" + language_of(text, from) + "\" has word spaces about " + spaces +
                       "× their width, as no other breaks of the paragraph do better: \"" + words +
                       "\"; rewording, a soft hyphen (&#173;) or a <nobr> elsewhere in the paragraph would help");
}

}  // namespace

Paragraph typeset(FontSet& fonts, const StyledText& text, const ParagraphFormat& format,
                  util::Diagnostics& diagnostics) {
  Paragraph paragraph;
  if (text.empty()) return paragraph;
  const std::string& utf8 = text.utf8();

  GObjectHandle<PangoLayout> layout(pango_layout_new(fonts.context()));
  pango_layout_set_text(layout.get(), utf8.data(), static_cast<int>(utf8.size()));
  AttrListHandle attributes = attributes_for(text);
  if (format.compress_punctuation) set_punctuation_solid(attributes.get(), utf8);
  pango_layout_set_attributes(layout.get(), attributes.get());
  pango_layout_set_width(layout.get(), -1);  // one line: the breaks are ours
  Shaped shaped = shape(layout.get(), utf8);
  const std::size_t n = shaped.chars.size();

  // Where lines may end, and the glue of a justified line.
  static const BreakRules no_rules;
  const std::vector<Break> breaks =
      break_opportunities({utf8, shaped.char_bytes, shaped.chars, shaped.pango_break, shaped.pango_forced,
                           shaped.cluster_start},
                          format.rules ? *format.rules : no_rules, format.keep_all);
  std::vector<double> em(n + 1, 10);
  for (const Span& span : text.spans())
    for (std::size_t c = shaped.char_at_byte[span.start]; c < shaped.char_at_byte[span.end]; ++c) em[c] = span.style.size;
  const bool justified = format.align == Align::justify;
  const Glue glue = glue_for(shaped.chars, shaped.advance, em,
                             {justified, format.justify_characters, format.ideograph_latin_space, format.letter_stretch});

  BreakerInput in = breaker_input(shaped, glue, breaks, format);
  for (const auto& [start, end] : allow_emergency_breaks(in, shaped.cursor)) {
    std::string word = utf8.substr(shaped.char_bytes[start], shaped.char_bytes[end] - shaped.char_bytes[start]);
    word = without_soft_hyphens(word);
    while (!word.empty() && (word.back() == ' ')) word.pop_back();
    diagnostics.warning(text.span_at(shaped.char_bytes[start])->where,
                        "\"" + word + "\" (language \"" + language_of(text, shaped.char_bytes[start]) +
                            "\") is wider than its column of " + std::to_string(static_cast<int>(format.width)) +
                            " pt and was broken where no hyphenation point is, without a hyphen; widen the column, "
                            "shorten the text or add a soft hyphen (&#173;)");
  }
  std::vector<LineBreak> line_breaks = break_lines(in);
  if (line_breaks.empty()) line_breaks.push_back({0, n, 0, false, true});

  Extraction x{fonts, text, diagnostics, {}};
  std::size_t next_run = 0;
  double previous_logical_top = -0.8 * em[0], previous_logical_bottom = 0.2 * em[0];
  for (std::size_t index = 0; index < line_breaks.size(); ++index) {
    const LineBreak& lb = line_breaks[index];
    const std::size_t end_byte = shaped.char_bytes[lb.end];
    std::vector<GlyphItemHandle> pieces;
    take_runs(shaped.runs, next_run, end_byte, utf8, pieces);

    Line line;
    std::vector<std::vector<std::size_t>> cluster_offsets;  // per run, per cluster
    double logical_top = 0, logical_bottom = 0, ink_top = 0, ink_bottom = 0;
    bool has_extents = false;
    double pen = 0;
    PangoGlyphItem* last_shaping = nullptr;
    for (auto& piece : pieces) {
      PangoRectangle ink, logical;
      pango_glyph_string_extents(piece->glyphs, piece->item->analysis.font, &ink, &logical);
      const double rise = piece->y_offset / pango_units;
      if (logical.height > 0) {
        const double top = logical.y / pango_units - rise, bottom = (logical.y + logical.height) / pango_units - rise;
        logical_top = has_extents ? std::min(logical_top, top) : top;
        logical_bottom = has_extents ? std::max(logical_bottom, bottom) : bottom;
        has_extents = true;
      }
      if (ink.height > 0) {
        ink_top = std::min(ink_top, ink.y / pango_units - rise);
        ink_bottom = std::max(ink_bottom, (ink.y + ink.height) / pango_units - rise);
      }
      std::vector<std::size_t> offsets;
      draw::GlyphRun glyph_run = extract_run(x, piece.get(), pen, 0, offsets);
      pen += pango_glyph_string_get_width(piece->glyphs) / pango_units;
      if (!glyph_run.glyphs.empty()) {
        cluster_offsets.push_back(std::move(offsets));
        line.runs.push_back(std::move(glyph_run));
        last_shaping = piece.get();
      }
    }
    // White space at a line end is not drawn: it would stand past the measure.
    while (!line.runs.empty()) {
      auto& run = line.runs.back();
      while (!run.clusters.empty() && is_space(run.clusters.back().text)) {
        run.glyphs.resize(run.clusters.back().first_glyph);
        run.clusters.pop_back();
        cluster_offsets.back().pop_back();
      }
      if (!run.clusters.empty()) break;
      line.runs.pop_back();
      cluster_offsets.pop_back();
    }
    // The hyphen of a dictionary break: a glyph of its own standing for U+00AD, so text
    // extraction sees a discretionary hyphen and joins the word.
    if (lb.hyphenated && last_shaping && !line.runs.empty()) {
      GlyphStringHandle hyphen = shape_hyphen(last_shaping);
      if (hyphen->num_glyphs > 0 && !(hyphen->glyphs[0].glyph & PANGO_GLYPH_UNKNOWN_FLAG)) {
        auto& run = line.runs.back();
        double end_x = 0;
        for (const auto& c : run.clusters)
          if (!is_space(c.text)) {
            const auto& g = run.glyphs[c.first_glyph + c.glyph_count - 1];
            end_x = std::max(end_x, g.x + g.advance);
          }
        draw::Glyph g{hyphen->glyphs[0].glyph, end_x, run.glyphs.back().y, hyphen->glyphs[0].geometry.width / pango_units};
        run.clusters.push_back({static_cast<std::uint32_t>(run.glyphs.size()), 1, "\u00AD"});
        run.glyphs.push_back(g);
        cluster_offsets.back().push_back(shaped.char_bytes[lb.end - 1]);
      }
    }

    // Glue: justification and the CJK–Latin space move each cluster by the glue before it.
    const double ratio = justified ? lb.ratio : 0;
    // Spaces stretch by half their width per unit of ratio (justification.cpp).
    if (format.loose_note > 0 && !lb.unjustified && 1 + ratio / 2 > format.loose_note)
      note_loose_line(text, shaped, lb, diagnostics);
    auto glue_before = [&](std::size_t c) {
      const double extra = in.extra[c] - in.extra[lb.start];
      if (ratio < 0) return extra + ratio * (in.shrink[c] - in.shrink[lb.start]);
      return extra + ratio * (in.stretch[c] - in.stretch[lb.start]) +
             std::min(ratio, 1.0) * (in.letter_stretch[c] - in.letter_stretch[lb.start]);
    };
    const double indent = index == 0 ? format.first_indent : 0;
    // Glyph scaling: every glyph of the line wider or narrower by the same share, its position
    // from the line's start with it (the breaker counted glyph_width × the scaling).
    const double scale = 1 + std::clamp(ratio, -1.0, 1.0) * (justified ? format.glyph_scaling : 0);
    if (scale != 1)
      for (auto& run : line.runs) {
        run.horizontal_scale = scale;
        for (auto& g : run.glyphs) {
          g.x *= scale;
          g.advance *= scale;
        }
      }
    for (std::size_t r = 0; r < line.runs.size(); ++r) {
      auto& run = line.runs[r];
      for (std::size_t k = 0; k < run.clusters.size(); ++k) {
        const auto& cluster = run.clusters[k];
        const std::size_t c = std::min(shaped.char_at_byte[cluster_offsets[r][k]], lb.end);
        const double shift = indent + glue_before(cluster.text == "\u00AD" ? lb.end - 1 : c);
        for (std::uint32_t g = 0; g < cluster.glyph_count; ++g) run.glyphs[cluster.first_glyph + g].x += shift;
      }
    }

    // The measured width ends at the last visible glyph: a trailing space is not part of it.
    double right_edge = indent;
    for (const auto& run : line.runs)
      for (const auto& c : run.clusters)
        if (!is_space(c.text)) {
          const auto& g = run.glyphs[c.first_glyph + c.glyph_count - 1];
          right_edge = std::max(right_edge, g.x + g.advance);
        }
    line.width = right_edge - indent;
    const double measure = format.width > 0 ? format.width : right_edge;
    double align_shift = 0;
    if (format.align == Align::right) align_shift = measure - right_edge;
    else if (format.align == Align::center) align_shift = (measure - right_edge) / 2;
    if (align_shift != 0)
      for (auto& run : line.runs)
        for (auto& g : run.glyphs) g.x += align_shift;

    if (!has_extents) {  // a line of nothing but a <br/>: the font's extents of the line before
      logical_top = previous_logical_top;
      logical_bottom = previous_logical_bottom;
    }
    previous_logical_top = logical_top;
    previous_logical_bottom = logical_bottom;
    const double ascent = -logical_top, descent = logical_bottom;
    const double half_leading = (format.leading - (ascent + descent)) / 2;
    line.ascent = ascent + half_leading;
    line.descent = format.leading - line.ascent;
    line.ink_top = ink_top;
    line.ink_bottom = ink_bottom;
    for (auto& run : line.runs) {
      const double left = run.glyphs.front().x, right = run.glyphs.back().x + run.glyphs.back().advance;
      run.ink = {left, line.ink_top, right - left, line.ink_bottom - line.ink_top};
    }

    if (!paragraph.lines.empty()) {
      const Line& previous = paragraph.lines.back();
      line.advance = previous.descent + line.ascent;
      const double ink_needed = previous.ink_bottom - line.ink_top + ink_clearance;
      if (ink_needed > line.advance) line.advance = ink_needed;
    }
    add_link_areas(line, text, cluster_offsets);
    const double hang = in.hang.empty() ? 0 : in.hang[lb.end];
    if (format.width > 0 && right_edge + align_shift - hang > format.width + 0.5)
      diagnostics.warning(text.span_at(shaped.char_bytes[lb.start])->where,
                          "a line in language \"" + language_of(text, shaped.char_bytes[lb.start]) + "\" is " +
                              std::to_string(static_cast<int>(right_edge + align_shift - format.width)) +
                              " pt wider than its column: a character wider than the column");
    paragraph.lines.push_back(std::move(line));
  }
  return paragraph;
}

}  // namespace text
