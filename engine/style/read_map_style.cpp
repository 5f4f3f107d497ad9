// <map-style>: the text styles and markers of maps, and a <class> per kind of shape their
// base drawings name (land, sea, border, road …), each a fill, an outline and a casing.
#include <sstream>

#include "style/layout_reading.hpp"

namespace style::reading {

using xml::Presence;

namespace {

void read_map_class(const tinyxml2::XMLElement& element, FileReading& file, MapStyle& style) {
  xml::Attributes a(file.source, element);
  MapClass look;
  if (!a.identifier("name", look.name, Presence::required)) return;
  a.identifier("fill", look.fill);
  a.number("fill-tint", look.fill_tint, 0, 1);
  a.identifier("stroke", look.stroke);
  a.number("stroke-tint", look.stroke_tint, 0, 1);
  a.positive_length("width", look.width);
  std::string dash;
  if (a.text("dash", dash)) {
    std::istringstream lengths(dash);
    for (double d; lengths >> d;) look.dash.push_back(d);
    if (!lengths.eof() || look.dash.empty() || look.dash.size() % 2 != 0)
      a.error(xml::quoted("dash", dash) + " is not pairs of on and off lengths in points; write e.g. \"2.4 0.9\"");
  }
  a.identifier("casing", look.casing);
  a.positive_length("casing-width", look.casing_width);
  a.boolean("keep-clear", look.keep_clear);
  if (!look.casing.empty() && look.casing_width <= look.width)
    a.error("a casing is drawn under the line and shows on both sides of it: give casing-width=\"…\" wider than width");
  a.report_unknown();
  look.where = a.where();
  // A class of the base layout with this name is replaced whole: a look is one decision.
  for (auto& existing : style.classes)
    if (existing.name == look.name) {
      existing = look;
      return;
    }
  style.classes.push_back(look);
}

}  // namespace

void read_map_style(const tinyxml2::XMLElement& element, FileReading& file) {
  xml::Attributes a(file.source, element);
  MapStyle& style = file.layout.map_style;
  a.identifier("label-style", style.label_style);
  a.identifier("major-style", style.major_style);
  a.identifier("region-style", style.region_style);
  a.identifier("marker", style.marker);
  a.identifier("marker-fill", style.marker_fill);
  a.identifier("accent", style.accent);
  a.positive_length("marker-size", style.marker_size);
  a.report_unknown();
  style.where = a.where();
  xml::read_children(element, file.source, {{"class", [&](const tinyxml2::XMLElement& child) {
    read_map_class(child, file, style);
  }}});
}

}  // namespace style::reading
