// <sheets> and <reading-order>: the panels of a folded leaflet or the sides of a flyer. Panels
// sit left to right on their sheet, so each one's x and the folds between them follow from the
// widths; <sheets> replaces the base layout's sheets as a whole.
#include <map>
#include <sstream>

#include "style/layout_reading.hpp"

namespace style::reading {

using xml::Presence;

// <restyle style="h1" as="cover-title"/>: text of one paragraph style takes another here.
static void read_restyle(const tinyxml2::XMLElement& element, FileReading& file,
                         std::map<std::string, std::string>& restyle, const std::string& owner) {
  xml::Attributes r(file.source, element);
  std::string style, replacement;
  r.identifier("style", style, Presence::required);
  r.identifier("as", replacement, Presence::required);
  r.report_unknown();
  if (style.empty() || replacement.empty()) return;
  if (!restyle.emplace(style, replacement).second)
    r.error(owner + " restyles \"" + style + "\" twice; keep one <restyle>");
}

// <title-area x y width height valign>: where a panel's opening headings are set, inside the panel.
static PanelDef::TitleArea read_title_area(const tinyxml2::XMLElement& element, FileReading& file,
                                           const PanelDef& panel) {
  xml::Attributes a(file.source, element);
  PanelDef::TitleArea area;
  area.where = a.where();
  a.coordinate("x", area.rect.x, Presence::required);
  a.coordinate("y", area.rect.y, Presence::required);
  a.positive_length("width", area.rect.width, Presence::required);
  a.positive_length("height", area.rect.height, Presence::required);
  a.choice("valign", area.vertical_align,
           {{"top", std::string("top")}, {"center", std::string("center")}, {"bottom", std::string("bottom")}});
  a.report_unknown();
  const double page_height = file.layout.page.height;
  if (panel.width > 0 && page_height > 0 &&
      !Rect{0, 0, panel.width, page_height}.contains(area.rect, util::mm(0.01)))
    a.error("the <title-area> of panel \"" + panel.name + "\" spans x " + mm_text(area.rect.left()) + " to " +
            mm_text(area.rect.right()) + ", y " + mm_text(area.rect.top()) + " to " + mm_text(area.rect.bottom()) +
            ", beyond the panel (" + mm_text(panel.width) + " × " + mm_text(page_height) + "); keep it inside");
  const Rect text{panel.margins.left, panel.margins.top, panel.width - panel.margins.left - panel.margins.right,
                  page_height - panel.margins.top - panel.margins.bottom};
  const double tolerance = util::mm(0.01);
  if (!text.empty() && area.rect.right() > text.left() + tolerance && area.rect.left() < text.right() - tolerance &&
      area.rect.bottom() > text.top() + tolerance && area.rect.top() < text.bottom() - tolerance)
    a.error("the <title-area> of panel \"" + panel.name + "\" (y " + mm_text(area.rect.top()) + " to " +
            mm_text(area.rect.bottom()) + ") overlaps the panel's text, which starts at margin-top " +
            mm_text(text.top()) + "; end the title area above it or move margin-top down");
  xml::read_children(element, file.source, {
      {"restyle", [&](const tinyxml2::XMLElement& child) {
         read_restyle(child, file, area.restyle, "the <title-area> of panel \"" + panel.name + "\"");
       }},
  });
  return area;
}

static PanelDef read_panel(const tinyxml2::XMLElement& element, FileReading& file) {
  xml::Attributes a(file.source, element);
  PanelDef panel;
  panel.where = a.where();
  panel.margins = file.layout.panel_margins;
  a.identifier("name", panel.name, Presence::required);
  a.positive_length("width", panel.width, Presence::required);
  read_text_flow(a, panel);
  a.identifier("background", panel.background);
  a.percentage("min-fill", panel.min_fill, 0, 100);
  a.length("margin-top", panel.margins.top);
  a.length("margin-right", panel.margins.right);
  a.length("margin-bottom", panel.margins.bottom);
  a.length("margin-left", panel.margins.left);
  a.report_unknown();

  const double page_height = file.layout.page.height;
  const double text_width = panel.width - panel.margins.left - panel.margins.right;
  const double text_height = page_height - panel.margins.top - panel.margins.bottom;
  if (panel.width > 0 && text_width <= 0)
    a.error("panel \"" + panel.name + "\" leaves no width for text: its left and right margins take " +
            mm_text(panel.margins.left + panel.margins.right) + " of " + mm_text(panel.width));
  else if (page_height > 0 && text_height <= 0)
    a.error("panel \"" + panel.name + "\" leaves no height for text: its top and bottom margins take " +
            mm_text(panel.margins.top + panel.margins.bottom) + " of " + mm_text(page_height));
  else if (panel.columns > 1 && panel.gutter * (panel.columns - 1) >= text_width)
    a.error("panel \"" + panel.name + "\" has no room for its columns: the gutters take " +
            mm_text(panel.gutter * (panel.columns - 1)) + " of " + mm_text(text_width));

  xml::read_children(element, file.source, {
      {"rect", [&](const tinyxml2::XMLElement& child) {
         panel.rects.push_back(read_rect(child, file, panel.width, page_height, "panel \"" + panel.name + "\""));
       }},
      {"restyle", [&](const tinyxml2::XMLElement& child) {
         read_restyle(child, file, panel.restyle, "panel \"" + panel.name + "\"");
       }},
      {"title-area", [&](const tinyxml2::XMLElement& child) {
         if (panel.title)
           file.source.error(child, "panel \"" + panel.name + "\" has two <title-area>s; the first is on line " +
                                        std::to_string(panel.title->where.line));
         else
           panel.title = read_title_area(child, file, panel);
       }},
  });
  return panel;
}

// Panel edges: each panel starts where the one on its left ends; a fold at every inner edge.
static void place_panels(SheetDef& sheet) {
  double x = 0;
  sheet.folds.clear();
  for (auto& panel : sheet.panels) {
    if (x > 0) sheet.folds.push_back(x);
    panel.x = x;
    x += panel.width;
  }
}

void read_sheets(const tinyxml2::XMLElement& element, FileReading& file) {
  std::vector<SheetDef> sheets;
  std::map<std::string, int> sheet_lines, panel_lines;
  xml::read_children(element, file.source, {{"sheet", [&](const tinyxml2::XMLElement& sheet_element) {
    xml::Attributes a(file.source, sheet_element);
    SheetDef sheet;
    sheet.where = a.where();
    a.identifier("name", sheet.name, Presence::required);
    a.report_unknown();
    auto [earlier_sheet, first_sheet] = sheet_lines.emplace(sheet.name, sheet_element.GetLineNum());
    if (!first_sheet && !sheet.name.empty())
      a.error("sheet \"" + sheet.name + "\" is defined twice; the first is on line " +
              std::to_string(earlier_sheet->second));

    xml::read_children(sheet_element, file.source, {{"panel", [&](const tinyxml2::XMLElement& child) {
      PanelDef panel = read_panel(child, file);
      auto [earlier, first] = panel_lines.emplace(panel.name, child.GetLineNum());
      if (!first && !panel.name.empty())
        file.source.error(child, "panel \"" + panel.name + "\" is defined twice; the first is on line " +
                                     std::to_string(earlier->second) + "; panel names are unique across sheets");
      sheet.panels.push_back(panel);
    }}});
    if (sheet.panels.empty()) a.error("sheet \"" + sheet.name + "\" has no panels; add <panel name=\"…\" width=\"…\"/>");
    place_panels(sheet);
    sheets.push_back(sheet);
  }}});
  if (sheets.empty()) file.source.error(element, "<sheets> holds no sheets; add <sheet name=\"…\">");
  file.layout.sheets = sheets;
}

void read_reading_order(const tinyxml2::XMLElement& element, FileReading& file) {
  xml::Attributes a(file.source, element);
  a.report_unknown();
  std::istringstream words(xml::read_text(element, file.source));
  std::vector<std::string> order;
  for (std::string name; words >> name;) order.push_back(name);
  file.layout.reading_order = order;
  file.provenance.reading_order = a.where();
}

}  // namespace style::reading
