#pragma once
// A layout definition (layouts/<id>.xml): page geometry, masters, panels, styles, swatches and
// per-language settings. A designer changes the look here without touching C++.
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "draw/color.hpp"
#include "draw/document.hpp"
#include "draw/geometry.hpp"
#include "style/styles.hpp"
#include "text/break_rules.hpp"

namespace style {

using draw::Rect;

struct PageGeometry {
  double width = 0, height = 0;  // trim size, pt
  double bleed = 0;              // pt, default 3 mm
  double safe_margin = 0;        // pt, default 5 mm: text stays this far inside the trim
  bool facing = true;            // left and right pages mirror inner and outer margins
};

struct Margins {
  double top = 0, bottom = 0, inner = 0, outer = 0;  // pt
};

// Static artwork on a master: a filled rectangle in a swatch (cover backgrounds, bands).
struct MasterRect {
  Rect rect;  // relative to the trim; a rectangle touching the trim edge extends into the bleed
  std::string color;
  double tint = 1.0;
  bool bleeds = false;
  util::SourceLocation where;
};

enum class Position { top_outer, top_inner, top_center, bottom_outer, bottom_inner, bottom_center };

// Page numbers and running heads on a master.
struct Marginal {
  Position position = Position::bottom_outer;
  double offset = 0;  // distance of the baseline from the trim edge (top or bottom), pt
  std::string style;  // paragraph style
  util::SourceLocation where;
};

// A rectangle text flows into, with its columns. Named so content and tests can refer to it.
struct FrameDef {
  std::string name;
  Rect rect;  // on a right-hand page; mirrored on left-hand pages of facing layouts
  int columns = 1;
  double gutter = 0;
  // Copy-fitting for fixed frames: "none" = overset is an error; "shrink" = reduce size and
  // leading uniformly, down to min_scale of the nominal size; "fill" = shrink as needed, and grow
  // text that leaves the frame part empty, up to max_scale.
  bool fit_shrink = false;
  bool fit_grow = false;
  double min_scale = 1.0;
  double max_scale = 1.0;
  std::string vertical_align = "top";  // top | center | bottom | justify
  // valign="justify": the most each space between blocks may open before lines open instead.
  double paragraph_spacing_limit = 0;
  util::SourceLocation where;
};

// Words of the layout on a master (<text label="map-legend" style="caption" …/>): a label of the
// edition's language set in a paragraph style, in a rectangle mirrored like the frames.
struct MasterText {
  Rect rect;
  std::string label;  // key of a <label> every language of the layout defines
  std::string style;  // paragraph style
  std::string vertical_align = "top";  // top | center | bottom
  util::SourceLocation where;
};

struct Master {
  std::string name;  // cover, inside-cover, opener, body-left, body-right, back-cover, …
  std::vector<MasterRect> rects;
  std::vector<MasterText> texts;
  std::vector<FrameDef> frames;  // empty for body masters: the body frame comes from the margins
  std::optional<Marginal> folio;
  std::optional<Marginal> running_head;
  util::SourceLocation where;
};

// A panel of a folded leaflet or a side of a flyer: a fixed area on a sheet.
struct Insets {
  double top = 0, right = 0, bottom = 0, left = 0;  // pt
};

struct PanelDef {
  std::string name;
  double x = 0, width = 0;  // on its sheet, pt; height = the page height
  Insets margins;           // the panel's text area inside its edges
  std::vector<MasterRect> rects;  // artwork, relative to the panel's top-left corner
  int columns = 1;
  double gutter = 0;
  std::string background;   // swatch, empty = paper
  bool fit_shrink = false;
  bool fit_grow = false;
  double min_scale = 1.0;
  double max_scale = 1.0;
  double min_fill = 0;  // share of the text area's height below which the build notes the panel underfull
  std::string vertical_align = "top";  // top | center | bottom | justify
  double paragraph_spacing_limit = 0;  // as in FrameDef
  // Paragraph style → the style its text takes in this panel: light type on a dark ground
  // ("h1" → "cover-title") without the content knowing the design.
  std::map<std::string, std::string> restyle;
  // <title-area>: the headings that open the panel's content (its title and subtitle) are set
  // here, in styles of their own (a flyer's title on its colour band); the rest flows in the
  // text frame. Without it the title flows with the rest.
  struct TitleArea {
    Rect rect;  // relative to the panel's top-left corner
    std::string vertical_align = "bottom";
    std::map<std::string, std::string> restyle;
    util::SourceLocation where;
  };
  std::optional<TitleArea> title;
  util::SourceLocation where;
};

struct SheetDef {
  std::string name;  // outside, inside; front, back
  std::vector<PanelDef> panels;  // left to right
  std::vector<double> folds;     // x positions, pt; derived from the panel edges
  util::SourceLocation where;
};

struct TableStyle {
  double cell_padding = 3;
  double rule_width = 0.5;
  std::string rule_color = "black";
  std::string header_fill;  // swatch, empty = none
  std::string zebra_fill;   // swatch for every other body row, empty = none
  std::string header_style = "table-head";
  std::string cell_style = "table-cell";
  util::SourceLocation where;
};

// Key-figure tiles, call-out boxes and QR codes: the look of the composite blocks.
struct BoxStyle {
  std::string fill = "sea-light";  // swatch behind the box, empty = none
  std::string rule;                // swatch of a rule along the box's start edge, empty = none
  double rule_width = 2;
  double padding = 8.5;            // pt (3 mm)
  double gap = 8.5;                // between tiles, pt
  double min_width = 102;          // narrowest tile, pt (36 mm)
  double space_before = 6, space_after = 9;
  util::SourceLocation where;
};

struct QrStyle {
  std::string color = "black";       // the modules
  std::string background = "paper";  // the quiet zone and light modules, empty = transparent
  util::SourceLocation where;
};

// Charts drawn by the engine (<chart-style>): text styles, sizes, rules and the palette, by name.
struct ChartStyle {
  std::string title_style = "chart-title";  // paragraph styles of the layout
  std::string label_style = "chart-label";  // category labels, ticks, the unit, the legend
  std::string value_style = "chart-value";  // the value written at each bar
  std::string note_style = "chart-note";
  double plot_height = 113;   // pt: the plot area of a vertical bar chart (40 mm)
  double bar_thickness = 11;  // pt: one bar of a horizontal chart, or the share bar
  double bar_fill = 0.6;      // share of a category's slot its bars take
  int max_intervals = 6;      // most tick intervals on the value axis
  std::vector<std::string> palette{"sea", "sand", "cane", "grey"};  // series in order
  std::string accent = "sand";  // the bars of an accented category
  std::string axis = "black";   // the zero line
  double axis_width = 0.7;
  std::string grid = "grey";    // gridlines at the ticks, empty = none
  double grid_width = 0.3;
  double grid_tint = 0.35;
  util::SourceLocation where;
};

// <labels language="vi"><label key="map-legend">Chú giải</label></labels>: words the layout writes
// in that language, for the content (<label ref="map-legend"/>) and the masters (<text label="…"/>).
struct Label {
  std::string text;
  util::SourceLocation where;
};

// How a <map>'s base drawing is painted: one look per class of shape the drawing names.
struct MapClass {
  std::string name;
  std::string fill;          // swatch, empty = not filled
  double fill_tint = 1;
  std::string stroke;        // swatch, empty = no outline
  double stroke_tint = 1;
  double width = 0.5;        // pt
  std::vector<double> dash;  // on/off lengths in pt; empty = solid
  std::string casing;        // a wider stroke under the line (roads), empty = none
  double casing_width = 0;
  bool keep_clear = false;   // names stay off its areas (a small island) and do not cross its lines
  util::SourceLocation where;
};

// Maps drawn by the engine (<map-style>): text styles, the markers, and the classes of shapes.
struct MapStyle {
  std::string label_style = "map-label";    // places, routes
  std::string major_style = "map-major";    // the places of rank="major"
  std::string region_style = "map-region";  // names of areas and of countries around
  std::string marker = "black";             // outlines of markers, icon discs, the scale bar
  std::string marker_fill = "paper";        // inside of markers, the icons on their discs
  std::string accent = "sea";               // the north arrow
  double marker_size = 3;                   // pt: the radius of a capital's ring
  std::vector<MapClass> classes;
  util::SourceLocation where;

  const MapClass* find(const std::string& name) const {
    for (const auto& c : classes)
      if (c.name == name) return &c;
    return nullptr;
  }
};

struct LanguageSettings {
  std::string code;  // BCP 47
  std::string name;  // own name ("Tiếng Việt")
  std::map<FontRole, std::string> fonts;  // role → fontconfig family chain ("Noto Serif CJK JP, Noto Serif")
  double size_scale = 1.0;
  double leading_scale = 1.0;
  bool keep_all = false;   // no break inside a word of Hangul (Korean)
  bool justify_characters = false;  // justify between ideographs and kana too, not only at spaces (CJK)
  double ideograph_latin_space = 0;  // em between an ideograph or kana and a Latin letter or digit
  double letter_stretch = 0;  // em a justified line may add between the letters of a word
  double glyph_scaling = 0;   // how much wider or narrower a justified line may set its glyphs (0.02: ±2 %)
  bool compress_punctuation = false;  // two CJK punctuation marks in a row set solid (JLReq 3.1.4)
  double loose_note = 0;  // note a justified line whose spaces stretch past this multiple of their width
  text::BreakRules breaking;  // units kept with their number, short words kept with the next
  std::string hyphenation; // installed patterns by file name, or a file in the layouts folder; empty = none
  // Numbers: ICU's conventions for `locale` (empty = `code`), with optional overrides.
  std::string locale;
  std::string decimal_separator;  // empty = the locale's
  std::string group_separator;    // empty = the locale's
  std::string minus_sign;         // empty = the locale's
  bool compact_short = false;     // large numbers as "18,5 млрд" rather than "18,5 миллиарда"
  std::map<std::string, std::string> currency_formats;  // "USD" → "{n} USD"
  int hyphen_min_left = 2, hyphen_min_right = 3;  // letters kept before and after a hyphen
  std::string figure_label = "Figure {n}";
  std::string table_label = "Table {n}";
  std::string contents_title = "Contents";
  std::string notes_title = "Notes";  // pages added to complete a booklet
  std::string continued = "(continued)";
  std::string caption_separator = ". ";  // between "Figure 1" and the caption text
  // A chart's generated alternative text (<chart-words>): a sentence per series of its values.
  std::string chart_series = "{series}: {values}.";
  std::string chart_value = "{category} {value}";
  std::string chart_separator = "; ";
  // A map's words (<map-words>): the north arrow's letter, the scale bar's length, and the
  // generated alternative text that lists the names on the map.
  std::string map_north = "N";
  std::string map_scale = "{n} km";
  std::string map_alt = "Map: {names}.";
  std::string bullet = "\u2022";
  std::string number_format = "{n}.";  // labels of decimal and roman lists
  std::string letter_format = "{n}.";  // labels of lettered lists ("{n})": "a)")
  // The letters of lettered lists, in order, separated by spaces.
  std::string alphabet = "a b c d e f g h i j k l m n o p q r s t u v w x y z";
  // The open map of labels, by key; a derived layout adds, replaces or removes them one by one.
  std::map<std::string, Label> labels;
  util::SourceLocation where;

  const Label* label(const std::string& key) const;
};

struct PrintSettings {
  bool marks = true;
  double slug = 0;       // room outside the bleed for marks (pt)
  double max_ink = 3.0;  // 300 %
  std::filesystem::path output_profile;  // resolved against the layout file
  std::string output_condition = "FOGRA39";
  std::string output_condition_info = "Coated FOGRA39 (ISO 12647-2:2004)";
  // RGB images: converted to CMYK by the writer (`convert`), or kept tagged sRGB (`keep`); unset,
  // the preflight profile decides (cmyk-only converts).
  std::optional<bool> convert_rgb_images;
  draw::RenderingIntent intent = draw::RenderingIntent::relative_colorimetric;
  bool black_point_compensation = true;
  util::SourceLocation where;
};

// <preflight>: the print shop's profile and its thresholds.
struct PreflightSettings {
  draw::PreflightProfile profile = draw::PreflightProfile::pdfx4;
  double small_text = 9;        // pt
  double min_line = 0.25;       // pt
  double min_resolution = 300;  // ppi
  util::SourceLocation where;
};

enum class LayoutKind { handbook, leaflet, flyer, infographic };

// How a handbook's body breaks into pages (<page-breaks>): where chapters open, how short a
// chapter's last page may be, and what a page left empty before a right-hand opener shows.
enum class ChapterStart { right, next };
enum class VersoFill { blank, notes };
struct PageBreaks {
  ChapterStart chapter_start = ChapterStart::right;
  // A chapter's last page carries at least this many text lines (counted over its columns);
  // fewer are pulled back onto the pages before or more pushed forward.
  int chapter_min_lines = 6;
  // Pulling back may shrink the space between blocks of the chapter down to this fraction.
  double min_space_scale = 0.5;
  VersoFill verso = VersoFill::blank;  // a left page left empty before a right-hand opener
  util::SourceLocation where;
};

struct Layout {
  std::string id;
  LayoutKind kind = LayoutKind::handbook;
  PageGeometry page;
  Margins margins;    // body pages
  int columns = 1;    // body frame
  double gutter = 0;
  util::SourceLocation columns_where;  // the <columns> element
  std::vector<draw::Swatch> swatches;
  std::map<std::string, ParagraphStyle> paragraph_styles;
  std::map<std::string, CharacterStyle> character_styles;
  std::map<std::string, Master> masters;
  std::vector<SheetDef> sheets;             // leaflet, flyer
  Insets panel_margins;  // the default text inset of a panel; each PanelDef holds its own result
  std::vector<std::string> reading_order;   // panel names in reading order (digital edition)
  PageBreaks page_breaks;
  TableStyle table;
  BoxStyle facts_style;
  BoxStyle callout_style{"sea-light", "sea", 2, 8.5, 0, 0, 8, 10, {}};
  QrStyle qr_style;
  ChartStyle chart_style;
  MapStyle map_style;
  // <png pixel-width="1080"/>: the digital edition also as a PNG per page of this width in
  // pixels (an infographic for the portal and social media); 0 = none.
  int png_pixel_width = 0;
  // <captions numbered="false"/>: captions of figures, charts and maps without "Figure 3",
  // "Hình 3": an infographic's chart is not a figure the text refers to by number.
  bool captions_numbered = true;
  std::vector<LanguageSettings> languages;
  PrintSettings print;
  PreflightSettings preflight;
  std::filesystem::path file;
  std::vector<std::filesystem::path> chain;  // every file read: this one and its bases, base first
  util::SourceLocation where;

  const ParagraphStyle* paragraph_style(const std::string& name) const;
  const CharacterStyle* character_style(const std::string& name) const;
  const draw::Swatch* swatch(const std::string& name) const;
  const LanguageSettings* language(const std::string& code) const;
  const Master* master(const std::string& name) const;
  const PanelDef* panel(const std::string& name) const;  // searches every sheet
};

}  // namespace style
