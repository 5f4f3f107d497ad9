#pragma once
// The base drawing of a <map>: a small text file of named shapes in geographic coordinates,
// drawn by the engine (no raster). One shape per block, a keyword line then one point a line:
//
//   # Quảng Ngãi, schematic: generalised by hand
//   extent 13.82 107.15 15.72 109.50     south west north east, in degrees
//   true-scale 14.77                     optional: the latitude of true scale (default: the middle)
//   area province land smooth            area|line <id> <class> [smooth]
//     15.405 108.745                     latitude longitude, decimal degrees (north, east positive)
//     15.375 108.700
//     15.720 109.500 corner              a smooth shape turns sharply at a point marked corner
//
// An area is a closed shape (filled, and outlined if its class says so), a line an open one; a
// `smooth` shape is drawn as a curve through its points, otherwise straight from point to point.
// The class names the look in the layout's <map-style>; shapes are painted in file order, so
// the sea that follows the land covers the land's edge along the coast. `#` starts a comment.
// Every point lies inside the extent. Errors name the file, line and column of what is wrong.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "util/diagnostics.hpp"

namespace model {

struct GeoPoint {
  double lat = 0, lon = 0;
};

struct MapShape {
  std::string id;
  bool closed = false;      // area (true) or line
  std::string style_class;  // the <class> of the layout's <map-style> it is drawn in
  bool smooth = false;
  std::vector<GeoPoint> points;
  std::vector<bool> corners;  // per point: a smooth shape turns sharply there
  util::SourceLocation where;
};

struct MapBase {
  double south = 0, west = 0, north = 0, east = 0;
  double true_scale = 0;  // latitude at which the map's scale is true (equirectangular)
  std::vector<MapShape> shapes;
  util::SourceLocation where;  // the file

  bool contains(const GeoPoint& p) const { return p.lat >= south && p.lat <= north && p.lon >= west && p.lon <= east; }
  const MapShape* shape(std::string_view id) const;
};

// `name` is the file as messages show it. Every problem is an error at its place; nullopt
// when there was one.
std::optional<MapBase> parse_map(std::string_view bytes, const std::string& name, util::Diagnostics& diagnostics);

// "15.12 108.8" (latitude, longitude) as <place at="…"> writes it; nullopt when it is not two numbers.
std::optional<GeoPoint> parse_geo_point(std::string_view text);

}  // namespace model
