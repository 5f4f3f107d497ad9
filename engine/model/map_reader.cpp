// <map>: its base drawing (a file beside the content, model/map_file), the places, areas and
// routes it names in every language, its caption and alternative text.
#include "model/block_reader.hpp"
#include "util/limits.hpp"

namespace model {

using tinyxml2::XMLElement;
using xml::Occurs;

std::optional<std::pair<std::string, std::string>> BlockReader::read_beside(const std::string& reference,
                                                                             const util::SourceLocation& where,
                                                                             const std::string& what) {
  const util::ConfinedFile opened = reading_.root.open(source_.file.folder(), reference, util::limits().include_bytes);
  std::string why = opened.error;
  auto bytes = opened ? util::read_all(opened.fd.get(), util::limits().include_bytes, why) : std::nullopt;
  if (!bytes) {
    source_.diagnostics.error(where, std::string(opened.missing ? "cannot find" : "cannot read") + " " + what + " \"" +
                                         reference + "\": " + why +
                                         (opened.missing ? " (it is relative to the folder of " + source_.file.name() + ")"
                                                         : std::string()));
    return std::nullopt;
  }
  return std::pair{std::move(*bytes), opened.path.string()};
}

std::optional<BlockReader::CsvData> BlockReader::read_csv_beside(const std::string& reference,
                                                                const util::SourceLocation& where,
                                                                const std::string& owner,
                                                                const util::SourceLocation& owner_where) {
  auto file = read_beside(reference, where, "the " + owner + "'s data file");
  if (!file) return std::nullopt;
  const auto& [bytes, path] = *file;
  util::Diagnostics found;
  auto rows = parse_csv(bytes, path, found);
  for (auto finding : found.all()) {
    finding.message += " (data of the <" + owner + "> at " + owner_where.str() + ")";
    source_.diagnostics.add(std::move(finding));
  }
  if (!rows) return std::nullopt;
  return CsvData{std::move(*rows), path};
}

namespace {

// at="15.12 108.8": latitude and longitude, reported at the attribute when malformed.
std::optional<GeoPoint> read_at(xml::Attributes& a, xml::Presence presence) {
  std::string text;
  if (!a.text("at", text, presence)) return std::nullopt;
  auto point = parse_geo_point(text);
  if (!point) a.bad_value("at", text, "latitude and longitude in decimal degrees, like at=\"15.12 108.8\"");
  return point;
}

}  // namespace

MapPlace BlockReader::read_map_place(const XMLElement& element) {
  MapPlace place;
  place.where = source_.at(element);
  xml::Attributes a(source_, element);
  if (auto at = read_at(a, xml::Presence::required)) place.at = *at;
  a.choice("marker", place.marker,
           {{"capital", MapMarker::capital}, {"town", MapMarker::town}, {"dot", MapMarker::dot},
            {"square", MapMarker::square}, {"none", MapMarker::none}});
  a.name("icon", place.icon);
  a.choice("rank", place.major, {{"major", true}, {"minor", false}});
  a.choice("label", place.side,
           {{"right", std::string("right")}, {"left", std::string("left")}, {"above", std::string("above")},
            {"below", std::string("below")}, {"above-right", std::string("above-right")},
            {"below-right", std::string("below-right")}, {"above-left", std::string("above-left")},
            {"below-left", std::string("below-left")}});
  a.report_unknown();
  place.name = texts_.read(element, TextNeed::required);
  return place;
}

MapArea BlockReader::read_map_area(const XMLElement& element) {
  MapArea area;
  area.where = source_.at(element);
  xml::Attributes a(source_, element);
  a.name("shape", area.shape);
  area.at = read_at(a, area.shape.empty() ? xml::Presence::required : xml::Presence::optional);
  a.report_unknown();
  area.name = texts_.read(element, TextNeed::required);
  return area;
}

MapRoute BlockReader::read_map_route(const XMLElement& element) {
  MapRoute route;
  route.where = source_.at(element);
  xml::Attributes a(source_, element);
  a.name("shape", route.shape, xml::Presence::required);
  a.text("shield", route.shield);
  int percent = 50;
  if (a.integer("along", percent, 0, 100)) route.along = percent / 100.0;
  a.report_unknown();
  route.name = texts_.read(element, route.shield.empty() ? TextNeed::required : TextNeed::may_be_empty);
  return route;
}

Map BlockReader::read_map(const XMLElement& element) {
  Map map;
  map.where = source_.at(element);
  xml::Attributes attributes(source_, element);
  read_id(attributes, map.id);
  attributes.text("base", map.base, xml::Presence::required);
  const util::SourceLocation base_where = attributes.at("base");
  read_extent(attributes, map.width);
  attributes.report_unknown();

  xml::read_children(
      source_, element,
      {{"place", Occurs::any, [&](const XMLElement& e) { map.places.push_back(read_map_place(e)); }, 0},
       {"area", Occurs::any, [&](const XMLElement& e) { map.areas.push_back(read_map_area(e)); }, 0},
       {"route", Occurs::any, [&](const XMLElement& e) { map.routes.push_back(read_map_route(e)); }, 0},
       {"alt", Occurs::optional, [&](const XMLElement& e) { map.alt = texts_.read_bare(e, TextNeed::required); }, 1},
       {"caption", Occurs::optional, [&](const XMLElement& e) { map.caption = texts_.read_bare(e, TextNeed::optional); }, 1}},
      "a map holds <place>, <area> and <route> names, then its <alt> and <caption>");

  if (map.base.empty()) return map;
  auto file = read_beside(map.base, base_where, "the map's base drawing");
  if (!file) return map;
  const auto& [bytes, path] = *file;
  util::Diagnostics found;
  map.drawing = parse_map(bytes, path, found);
  for (auto finding : found.all()) {
    finding.message += " (base drawing of the <map> at " + map.where.str() + ")";
    source_.diagnostics.add(std::move(finding));
  }
  if (!map.drawing) return map;
  // Everything named lies on the drawing.
  for (const auto& place : map.places)
    if (!map.drawing->contains(place.at))
      source_.diagnostics.error(place.where, "this place lies outside the extent of " + path +
                                                 "; check its at=\"latitude longitude\" or widen the extent");
  for (const auto& area : map.areas) {
    if (!area.shape.empty() && !map.drawing->shape(area.shape))
      source_.diagnostics.error(area.where, "no shape \"" + area.shape + "\" in " + path);
    if (area.at && !map.drawing->contains(*area.at))
      source_.diagnostics.error(area.where, "this name's at= lies outside the extent of " + path);
  }
  for (const auto& route : map.routes)
    if (const MapShape* shape = map.drawing->shape(route.shape); !shape)
      source_.diagnostics.error(route.where, "no shape \"" + route.shape + "\" in " + path);
    else if (shape->closed)
      source_.diagnostics.error(route.where, "\"" + route.shape + "\" is an area; a route follows a line of the drawing");
  return map;
}

}  // namespace model
