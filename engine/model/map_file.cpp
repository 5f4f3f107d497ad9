#include "model/map_file.hpp"

#include <cmath>
#include <set>

#include "model/values.hpp"

namespace model {

namespace {

struct Token {
  std::string_view text;
  int column = 1;  // in characters, as editors count
};

// The words of one line, comment removed, each with its column.
std::vector<Token> words(std::string_view line) {
  std::vector<Token> out;
  int column = 1;
  std::size_t i = 0;
  auto advance = [&] {
    if ((static_cast<unsigned char>(line[i]) & 0xC0) != 0x80) ++column;
    ++i;
  };
  while (i < line.size()) {
    if (line[i] == '#') break;
    if (line[i] == ' ' || line[i] == '\t') {
      advance();
      continue;
    }
    const std::size_t start = i;
    const int start_column = column;
    while (i < line.size() && line[i] != ' ' && line[i] != '\t' && line[i] != '#') advance();
    out.push_back({line.substr(start, i - start), start_column});
  }
  return out;
}

std::optional<double> number(std::string_view text) {
  if (text.starts_with('+')) return std::nullopt;
  return values::parse_decimal(text);
}

class MapReader {
 public:
  MapReader(const std::string& name, util::Diagnostics& diagnostics) : name_(name), diagnostics_(diagnostics) {}

  std::optional<MapBase> read(std::string_view bytes) {
    map_.where = {name_, 1, 1};
    if (bytes.starts_with("\xEF\xBB\xBF")) bytes.remove_prefix(3);
    int line_number = 0;
    while (!bytes.empty()) {
      ++line_number;
      const std::size_t end = bytes.find('\n');
      std::string_view line = bytes.substr(0, end);
      bytes.remove_prefix(end == std::string_view::npos ? bytes.size() : end + 1);
      if (line.ends_with('\r')) line.remove_suffix(1);
      line_ = line_number;
      const auto tokens = words(line);
      if (!tokens.empty()) statement(tokens);
    }
    finish_shape();
    if (!extent_seen_ && !failed_)
      error({name_, 1, 1}, "a map file begins with \"extent south west north east\" (degrees), the frame of the map");
    if (failed_) return std::nullopt;
    return std::move(map_);
  }

 private:
  const std::string& name_;
  util::Diagnostics& diagnostics_;
  MapBase map_;
  int line_ = 0;
  bool failed_ = false, extent_seen_ = false;
  std::optional<MapShape> shape_;
  std::set<std::string> ids_;

  util::SourceLocation at(const Token& t) const { return {name_, line_, t.column}; }
  void error(const util::SourceLocation& where, const std::string& message) {
    failed_ = true;
    diagnostics_.error(where, message);
  }

  // The numbers of a statement, `count` of them after the keyword.
  std::optional<std::vector<double>> numbers(const std::vector<Token>& tokens, std::size_t first, std::size_t count,
                                             const std::string& form) {
    if (tokens.size() != first + count) {
      const Token& where = tokens.size() > first + count ? tokens[first + count] : tokens.back();
      error(at(where), "expected " + form + " on this line, found " + std::to_string(tokens.size() - first) +
                           (tokens.size() - first == 1 ? " word" : " words"));
      return std::nullopt;
    }
    std::vector<double> out;
    for (std::size_t i = first; i < tokens.size(); ++i) {
      auto v = number(tokens[i].text);
      if (!v) {
        error(at(tokens[i]), "\"" + std::string(tokens[i].text) + "\" is not a number; write degrees as decimals "
                             "with a dot, like 15.12 (expected " + form + ")");
        return std::nullopt;
      }
      out.push_back(*v);
    }
    return out;
  }

  void statement(const std::vector<Token>& tokens) {
    const std::string_view keyword = tokens.front().text;
    if (keyword == "area" || keyword == "line") return begin_shape(tokens, keyword == "area");
    if (keyword == "extent") return extent(tokens);
    if (keyword == "true-scale") {
      if (auto v = numbers(tokens, 1, 1, "\"true-scale latitude\"")) map_.true_scale = v->front();
      return;
    }
    const bool looks_like_point = number(keyword).has_value();
    if (!looks_like_point) {
      error(at(tokens.front()), "unknown word \"" + std::string(keyword) + "\"; a map file has \"extent\", "
                                "\"true-scale\", \"area\" and \"line\" lines, and points (latitude longitude) under a shape");
      return;
    }
    if (!shape_) {
      error(at(tokens.front()), "a point outside a shape; begin one with \"area <id> <class>\" or \"line <id> <class>\"");
      return;
    }
    // "lat lon corner": the smooth curve turns sharply here (a corner of the frame).
    std::vector<Token> coordinates = tokens;
    const bool corner = tokens.size() == 3 && tokens[2].text == "corner";
    if (corner) coordinates.pop_back();
    auto v = numbers(coordinates, 0, 2, "a point \"latitude longitude\" (or \"latitude longitude corner\")");
    if (!v) return;
    const GeoPoint p{(*v)[0], (*v)[1]};
    if (!extent_seen_) return;
    if (!map_.contains(p)) {
      const bool lat_out = p.lat < map_.south || p.lat > map_.north;
      error(at(tokens[lat_out ? 0 : 1]),
            std::string(lat_out ? "latitude " : "longitude ") + std::string(tokens[lat_out ? 0 : 1].text) +
                " lies outside the map's extent (" + (lat_out ? "south–north " : "west–east ") +
                format(lat_out ? map_.south : map_.west) + " … " + format(lat_out ? map_.north : map_.east) +
                "); move the point inside, or widen the extent (is it latitude first, then longitude?)");
      return;
    }
    shape_->points.push_back(p);
    shape_->corners.push_back(corner);
  }

  static std::string format(double v) {
    std::string s = std::to_string(v);
    while (s.ends_with('0')) s.pop_back();
    if (s.ends_with('.')) s.pop_back();
    return s;
  }

  void extent(const std::vector<Token>& tokens) {
    if (extent_seen_) {
      error(at(tokens.front()), "the extent is given twice; a map file has one");
      return;
    }
    if (shape_ || !map_.shapes.empty()) {
      error(at(tokens.front()), "the extent comes before the shapes, which it frames");
      return;
    }
    auto v = numbers(tokens, 1, 4, "\"extent south west north east\"");
    if (!v) return;
    const auto& e = *v;
    if (!(e[0] < e[2]) || !(e[1] < e[3]) || e[0] < -85 || e[2] > 85 || e[1] < -180 || e[3] > 180) {
      error(at(tokens[1]), "the extent is south west north east in degrees, south below north and west below east "
                           "(latitudes within ±85)");
      return;
    }
    map_.south = e[0], map_.west = e[1], map_.north = e[2], map_.east = e[3];
    if (map_.true_scale == 0) map_.true_scale = (map_.south + map_.north) / 2;
    extent_seen_ = true;
  }

  void begin_shape(const std::vector<Token>& tokens, bool closed) {
    finish_shape();
    if (!extent_seen_ && !failed_) {
      error(at(tokens.front()), "the shapes follow the extent; begin the file with \"extent south west north east\"");
      return;
    }
    if (tokens.size() < 3 || tokens.size() > 4 || (tokens.size() == 4 && tokens[3].text != "smooth")) {
      error(at(tokens.size() > 3 ? tokens[3] : tokens.front()),
            "a shape begins \"" + std::string(tokens.front().text) + " <id> <class>\" or \"" +
                std::string(tokens.front().text) + " <id> <class> smooth\"");
      return;
    }
    MapShape shape;
    shape.closed = closed;
    shape.id = tokens[1].text;
    shape.style_class = tokens[2].text;
    shape.smooth = tokens.size() == 4;
    shape.where = at(tokens[1]);
    if (!ids_.insert(shape.id).second) {
      error(shape.where, "the id \"" + shape.id + "\" is used twice in this map file; give every shape its own");
      return;
    }
    shape_ = std::move(shape);
  }

  void finish_shape() {
    if (!shape_) return;
    const std::size_t least = shape_->closed ? 3 : 2;
    if (shape_->points.size() < least)
      error(shape_->where, "the " + std::string(shape_->closed ? "area" : "line") + " \"" + shape_->id + "\" has " +
                               std::to_string(shape_->points.size()) +
                               (shape_->points.size() == 1 ? " point" : " points") + "; it needs at least " +
                               std::to_string(least) + ", one \"latitude longitude\" a line");
    map_.shapes.push_back(std::move(*shape_));
    shape_.reset();
  }
};

}  // namespace

const MapShape* MapBase::shape(std::string_view id) const {
  for (const auto& s : shapes)
    if (s.id == id) return &s;
  return nullptr;
}

std::optional<MapBase> parse_map(std::string_view bytes, const std::string& name, util::Diagnostics& diagnostics) {
  return MapReader(name, diagnostics).read(bytes);
}

std::optional<GeoPoint> parse_geo_point(std::string_view text) {
  const auto tokens = words(text);
  if (tokens.size() != 2) return std::nullopt;
  auto lat = number(tokens[0].text), lon = number(tokens[1].text);
  if (!lat || !lon || std::fabs(*lat) > 90 || std::fabs(*lon) > 180) return std::nullopt;
  return GeoPoint{*lat, *lon};
}

}  // namespace model
