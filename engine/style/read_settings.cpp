// The parts of a layout that are one element each: page, margins, columns, print settings,
// table style, panel margins. Each replaces the base layout's whole element when present, so
// what a derived file writes is all there is of it: no half-inherited page.
#include <sstream>

#include "style/layout_reading.hpp"
#include "util/limits.hpp"

namespace style::reading {

using xml::Presence;

void read_page(const tinyxml2::XMLElement& element, FileReading& file) {
  xml::Attributes a(file.source, element);
  PageGeometry page;
  page.bleed = util::mm(3);
  page.safe_margin = util::mm(5);
  a.positive_length("width", page.width, Presence::required);
  a.positive_length("height", page.height, Presence::required);
  a.length("bleed", page.bleed);
  a.length("safe-margin", page.safe_margin);
  a.boolean("facing", page.facing);
  a.report_unknown();
  file.layout.page = page;
}

void read_margins(const tinyxml2::XMLElement& element, FileReading& file) {
  xml::Attributes a(file.source, element);
  Margins margins;
  a.length("top", margins.top, Presence::required);
  a.length("bottom", margins.bottom, Presence::required);
  a.length("inner", margins.inner, Presence::required);
  a.length("outer", margins.outer, Presence::required);
  a.report_unknown();
  file.layout.margins = margins;
}

void read_columns(const tinyxml2::XMLElement& element, FileReading& file) {
  xml::Attributes a(file.source, element);
  int count = 1;
  double gutter = 0;
  a.integer("count", count, 1, 12, Presence::required);
  a.length("gutter", gutter, count > 1 ? Presence::required : Presence::optional);
  a.report_unknown();
  file.layout.columns = count;
  file.layout.gutter = gutter;
  file.layout.columns_where = a.where();
}

void read_page_breaks(const tinyxml2::XMLElement& element, FileReading& file) {
  xml::Attributes a(file.source, element);
  PageBreaks breaks;
  a.choice("chapter-start", breaks.chapter_start, {{"right", ChapterStart::right}, {"next", ChapterStart::next}});
  a.integer("chapter-min-lines", breaks.chapter_min_lines, 1, 40);
  a.percentage("min-space", breaks.min_space_scale, 0, 100);
  a.choice("verso", breaks.verso, {{"blank", VersoFill::blank}, {"notes", VersoFill::notes}});
  a.report_unknown();
  breaks.where = a.where();
  file.layout.page_breaks = breaks;
}

void read_print(const tinyxml2::XMLElement& element, FileReading& file) {
  xml::Attributes a(file.source, element);
  PrintSettings print;
  a.boolean("marks", print.marks);
  a.length("slug", print.slug);
  a.percentage("max-ink", print.max_ink, 100, 400);
  std::string profile;
  if (a.text("output-profile", profile, Presence::required)) {
    // A missing profile is reported by those who need it (a warning for swatch colours, an
    // error for the print edition); one outside the layouts folder or not a file, here.
    const util::ConfinedFile opened = file.root.open(file.folder, profile, util::limits().include_bytes);
    if (opened || opened.missing)
      print.output_profile = opened.path;
    else
      a.error("cannot use the output profile \"" + profile + "\": " + opened.error);
  }
  a.verbatim("output-condition", print.output_condition);
  a.verbatim("output-condition-info", print.output_condition_info);
  bool convert = false;
  if (a.choice("rgb-images", convert, {{"convert", true}, {"keep", false}})) print.convert_rgb_images = convert;
  a.choice("rendering-intent", print.intent,
           {{"relative-colorimetric", draw::RenderingIntent::relative_colorimetric},
            {"perceptual", draw::RenderingIntent::perceptual},
            {"saturation", draw::RenderingIntent::saturation},
            {"absolute-colorimetric", draw::RenderingIntent::absolute_colorimetric}});
  a.boolean("black-point-compensation", print.black_point_compensation);
  a.report_unknown();
  print.where = a.where();
  file.layout.print = print;
}

void read_preflight(const tinyxml2::XMLElement& element, FileReading& file) {
  xml::Attributes a(file.source, element);
  PreflightSettings preflight;
  a.choice("profile", preflight.profile,
           {{"pdfx4", draw::PreflightProfile::pdfx4}, {"cmyk-only", draw::PreflightProfile::cmyk_only}},
           Presence::required);
  a.positive_length("small-text", preflight.small_text);
  a.positive_length("min-line", preflight.min_line);
  a.number("min-resolution", preflight.min_resolution, 72, 2400);
  a.report_unknown();
  preflight.where = a.where();
  file.layout.preflight = preflight;
}

void read_table_style(const tinyxml2::XMLElement& element, FileReading& file) {
  xml::Attributes a(file.source, element);
  TableStyle table;
  a.length("cell-padding", table.cell_padding);
  a.length("rule-width", table.rule_width);
  a.identifier("rule-color", table.rule_color);
  a.identifier("header-fill", table.header_fill);
  a.identifier("zebra-fill", table.zebra_fill);
  a.identifier("header-style", table.header_style);
  a.identifier("cell-style", table.cell_style);
  a.report_unknown();
  table.where = a.where();
  file.layout.table = table;
}

static void read_box_style(const tinyxml2::XMLElement& element, FileReading& file, BoxStyle& style) {
  xml::Attributes a(file.source, element);
  a.identifier("fill", style.fill);
  a.identifier("rule", style.rule);
  a.length("rule-width", style.rule_width);
  a.length("padding", style.padding);
  a.length("gap", style.gap);
  a.length("min-width", style.min_width);
  a.length("space-before", style.space_before);
  a.length("space-after", style.space_after);
  a.report_unknown();
  style.where = a.where();
}

void read_facts_style(const tinyxml2::XMLElement& element, FileReading& file) {
  read_box_style(element, file, file.layout.facts_style);
}

void read_callout_style(const tinyxml2::XMLElement& element, FileReading& file) {
  read_box_style(element, file, file.layout.callout_style);
}

void read_qr_style(const tinyxml2::XMLElement& element, FileReading& file) {
  xml::Attributes a(file.source, element);
  a.identifier("color", file.layout.qr_style.color);
  a.identifier("background", file.layout.qr_style.background);
  a.report_unknown();
  file.layout.qr_style.where = a.where();
}

void read_png(const tinyxml2::XMLElement& element, FileReading& file) {
  xml::Attributes a(file.source, element);
  a.integer("pixel-width", file.layout.png_pixel_width, 16, 20000, Presence::required);
  a.report_unknown();
}

void read_captions(const tinyxml2::XMLElement& element, FileReading& file) {
  xml::Attributes a(file.source, element);
  a.boolean("numbered", file.layout.captions_numbered);
  a.report_unknown();
}

void read_chart_style(const tinyxml2::XMLElement& element, FileReading& file) {
  xml::Attributes a(file.source, element);
  ChartStyle& style = file.layout.chart_style;
  a.identifier("title-style", style.title_style);
  a.identifier("label-style", style.label_style);
  a.identifier("value-style", style.value_style);
  a.identifier("note-style", style.note_style);
  a.positive_length("plot-height", style.plot_height);
  a.positive_length("bar-thickness", style.bar_thickness);
  a.number("bar-fill", style.bar_fill, 0.1, 1);
  a.integer("max-intervals", style.max_intervals, 2, 20);
  std::string palette;
  if (a.verbatim("palette", palette)) {
    std::istringstream words(palette);
    style.palette.clear();
    for (std::string name; words >> name;) style.palette.push_back(name);
    if (style.palette.empty()) a.error("palette=\"\" names no swatch; list the series' swatches in order, as \"sea sand cane\"");
  }
  a.identifier("accent", style.accent);
  a.identifier("axis", style.axis);
  a.length("axis-width", style.axis_width);
  a.verbatim("grid", style.grid);
  a.length("grid-width", style.grid_width);
  a.number("grid-tint", style.grid_tint, 0, 1);
  a.report_unknown();
  style.where = a.where();
}

void read_panel_margins(const tinyxml2::XMLElement& element, FileReading& file) {
  xml::Attributes a(file.source, element);
  Insets margins;
  a.length("top", margins.top, Presence::required);
  a.length("right", margins.right, Presence::required);
  a.length("bottom", margins.bottom, Presence::required);
  a.length("left", margins.left, Presence::required);
  a.report_unknown();
  file.layout.panel_margins = margins;
}

}  // namespace style::reading
