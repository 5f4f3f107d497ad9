// A map's base drawing (model/map_file): shapes read with their points as written, and every
// mistake (a word that is not a number, a point outside the extent, a shape too short, a file
// outside the content folder) an error at the drawing's line and column that names the <map>.
#include <catch2/catch.hpp>

#include <filesystem>

#include "model/map_file.hpp"
#include "model/reader.hpp"
#include "model_test_support.hpp"

using namespace model_test;

namespace {

const char* const kDrawing =
    "# a test drawing\n"
    "extent 10 100 12 103\n"
    "\n"
    "area land land smooth\n"
    "  10.5 100.5\n"
    "  11.5 100.5   # a comment after a point\n"
    "  11.5 102.5 corner\n"
    "line road road\n"
    "  10.2 100.2\n"
    "  11.8 102.8\n";

std::string map_publication(std::string_view map, std::string_view drawing) {
  scratch_file("maps/base/drawing.map", drawing);
  return scratch_file("maps/map.xml", handbook(map));
}

const model::Map& first_map(const model::Publication& publication) {
  const auto& section = std::get<model::Section>(publication.body.at(0).node);
  for (const auto& block : section.blocks)
    if (auto map = std::get_if<model::Map>(&block.node)) return *map;
  FAIL("no map");
  throw;
}

}  // namespace

TEST_CASE("map file: the extent, shapes in order with their class, points as written, corners") {
  util::Diagnostics diagnostics;
  const auto map = model::parse_map(kDrawing, "x.map", diagnostics);
  INFO(listing(diagnostics));
  REQUIRE(map);
  CHECK(map->south == 10);
  CHECK(map->east == 103);
  CHECK(map->true_scale == 11);  // the middle, when the file does not say
  REQUIRE(map->shapes.size() == 2);
  const auto& land = map->shapes[0];
  CHECK(land.id == "land");
  CHECK(land.closed);
  CHECK(land.smooth);
  REQUIRE(land.points.size() == 3);
  CHECK(land.points[1].lat == 11.5);
  CHECK(land.points[1].lon == 100.5);
  CHECK(land.corners == std::vector<bool>{false, false, true});
  CHECK(land.where.line == 4);
  CHECK(land.where.column == 6);
  CHECK_FALSE(map->shapes[1].closed);
  CHECK(map->shapes[1].style_class == "road");
}

TEST_CASE("map file: each mistake at its line and column, all in one pass") {
  const std::string drawing =
      "extent 10 100 12 103\n"
      "area land land\n"
      "  10.5 100,5\n"         // a decimal comma: 3:8
      "  13.0 101\n"           // north of the extent: 4:3
      "  10.5 101 102\n"       // three numbers: 5:12
      "line road road\n"
      "  10.2 100.2\n"         // one point: the line at 6:6
      "circle c c\n"           // an unknown word: 8:1
      "area land sea\n";       // the id again: 9:6
  util::Diagnostics diagnostics;
  const auto map = model::parse_map(drawing, "bad.map", diagnostics);
  INFO(listing(diagnostics));
  CHECK_FALSE(map);
  auto at = [&](std::initializer_list<std::string_view> words, int line, int column) {
    const auto* error = find_error(diagnostics, words);
    REQUIRE(error);
    CHECK(error->where.file == "bad.map");
    CHECK(error->where.line == line);
    CHECK(error->where.column == column);
  };
  at({"\"100,5\" is not a number"}, 3, 8);
  at({"latitude 13.0 lies outside"}, 4, 3);
  at({"found 3 words"}, 5, 12);
  at({"\"road\" has 1 point;", "at least 2"}, 6, 6);
  at({"unknown word \"circle\""}, 8, 1);
  at({"\"land\" is used twice"}, 9, 6);
}

TEST_CASE("map file: without an extent first, shapes are refused") {
  util::Diagnostics diagnostics;
  CHECK_FALSE(model::parse_map("area a b\n  1 2\n", "x.map", diagnostics));
  const auto* error = find_error(diagnostics, {"follow the extent"});
  REQUIRE(error);
  CHECK(error->where.line == 1);
}

TEST_CASE("map: places, areas and routes with their names; a bad drawing names the <map>") {
  const auto file = map_publication(R"(<map base="base/drawing.map">
      <place at="11 101" marker="capital" rank="major" label="left"><t xml:lang="en">Town</t><t xml:lang="vi">Phố</t></place>
      <area shape="land"><t xml:lang="en">Land</t><t xml:lang="vi">Đất</t></area>
      <route shape="road" shield="24"/>
    </map>)",
                                    kDrawing);
  util::Diagnostics diagnostics;
  const auto publication = model::read_publication(file, diagnostics);
  INFO(listing(diagnostics));
  REQUIRE_FALSE(diagnostics.has_errors());
  REQUIRE(publication);
  const auto& map = first_map(*publication);
  REQUIRE(map.drawing);
  REQUIRE(map.places.size() == 1);
  CHECK(map.places[0].major);
  CHECK(map.places[0].side == "left");
  CHECK(map.places[0].name.plain("vi") == "Phố");
  CHECK(map.routes.at(0).shield == "24");

  const auto bad = map_publication(R"(<map base="base/drawing.map"/>)", "extent 10 100 12 103\nline l l\n  10 x\n");
  util::Diagnostics found;
  model::read_publication(bad, found);
  const auto* error = find_error(found, {"\"x\" is not a number"});
  REQUIRE(error);
  CHECK(error->where.file == (std::filesystem::path(bad).parent_path() / "base" / "drawing.map").string());
  CHECK(error->where.line == 3);
  CHECK(error->where.column == 6);
  CHECK(error->message.find("map.xml:" + std::to_string(line_containing(bad, "<map"))) != std::string::npos);
}

TEST_CASE("map: names off the drawing, unknown shapes, a route on an area, a file outside the content folder") {
  const auto file = map_publication(R"(<map base="base/drawing.map">
      <place at="20 101"><t xml:lang="en">Far</t><t xml:lang="vi">Xa</t></place>
      <area shape="lake"><t xml:lang="en">Lake</t><t xml:lang="vi">Hồ</t></area>
      <route shape="land" shield="1"/>
    </map>)",
                                    kDrawing);
  util::Diagnostics diagnostics;
  model::read_publication(file, diagnostics);
  INFO(listing(diagnostics));
  const auto* far = find_error(diagnostics, {"outside the extent"});
  REQUIRE(far);
  CHECK(far->where.line == line_containing(file, "<place"));
  CHECK(find_error(diagnostics, {"no shape \"lake\""}));
  CHECK(find_error(diagnostics, {"\"land\" is an area"}));

  scratch_file("outside.map", kDrawing);
  const auto outside = map_publication(R"(<map base="../outside.map"/>)", kDrawing);
  util::Diagnostics refused;
  model::read_publication(outside, refused);
  const auto* error = find_error(refused, {"cannot read the map's base drawing"});
  REQUIRE(error);
  CHECK(error->where.line == line_containing(outside, "<map"));
}
