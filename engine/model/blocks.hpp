#pragma once
// The blocks a publication is made of. Structure is shared by all languages; only Text varies.
#include <filesystem>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "model/map_file.hpp"
#include "model/text.hpp"
#include "util/units.hpp"

namespace model {

struct Block;

enum class Align { start, center, end, justify, decimal };

// <p style="…">
struct Paragraph {
  Text text;
  std::string style;  // paragraph style; empty = the layout's default for the context
  SourceLocation where;
};

// <h level="1|2|3">: a heading outside the section structure (leaflet panels, flyers).
struct Heading {
  Text text;
  int level = 1;
  std::string style;
  SourceLocation where;
};

struct ListItem {
  Text text;
  std::vector<Block> children;  // nested lists, further paragraphs
  SourceLocation where;
};

// How an <ol> counts: type="1" (default), "a", "A", "i", "I". The letters of "a" and "A" are
// the language's alphabet from the layout (Vietnamese: a b c d đ e …).
enum class Numbering { decimal, lower_alpha, upper_alpha, lower_roman, upper_roman };

// <ul> / <ol type="…" start="…" continue="true" inherit="true">
struct List {
  bool ordered = false;
  Numbering numbering = Numbering::decimal;
  int start = 1;
  // Continue the numbering of the previous <ol> at the same depth (a list interrupted by a
  // paragraph); `start` is then ignored.
  bool continues = false;
  // Labels carry the enclosing item's label in front: "1.2.", "1.2.3.".
  bool inherits = false;
  std::string style;
  std::vector<ListItem> items;
  SourceLocation where;
};

// <section id="…"><h>…</h> blocks, subsections </section>; level = nesting depth (1..3).
struct Section {
  std::string id;
  int level = 1;
  Text title;
  std::vector<Block> blocks;
  SourceLocation where;
};

// A table column's width="…", read when the content is: a length ("30mm", in pt), a share of the
// width left ("2*"; none given is "1*"), or fitted to the content ("auto").
struct ColumnWidth {
  enum class Kind { fixed, relative, automatic };
  Kind kind = Kind::relative;
  double value = 1;  // pt for fixed, the share for relative
};

// How wide a figure or chart is: its column, the text width of the page, or a length (pt).
struct Extent {
  enum class Kind { column, page, length };
  Kind kind = Kind::column;
  double points = 0;  // length
};

struct TableColumn {
  ColumnWidth width;
  Align align = Align::start;
  SourceLocation where;
};

struct TableCell {
  Text text;
  int colspan = 1, rowspan = 1;
  std::optional<Align> align;  // overrides the column's
  SourceLocation where;
};

struct TableRow {
  std::vector<TableCell> cells;
  SourceLocation where;
};

// <table id="…" style="…"><caption/><col/>…<thead><tr>…</tr></thead><tbody>…</tbody></table>
struct Table {
  std::string id;
  std::string style;
  Text caption;
  std::vector<TableColumn> columns;
  std::vector<TableRow> head;  // repeated at the top of every part when the table splits
  std::vector<TableRow> body;
  bool span_columns = false;   // may take the full width of a multi-column frame
  SourceLocation where;
};

// <figure id="…" src="assets/map.png" width="column|page|80mm"><caption/></figure>
struct Figure {
  std::string id;
  std::filesystem::path src;  // resolved against the content file's folder
  Extent width;
  Text caption;
  Text alt;                  // what the picture shows, per language, for screen readers
  bool decorative = false;   // nothing to say: an artifact in the digital edition
  SourceLocation where;
};

// One key-figure tile: a language-neutral amount, formatted per language.
struct Fact {
  Amount amount;
  std::string prefix;  // language-neutral, written before the number
  Text unit;           // "%", "km²", or per language ("tỷ đồng", "billion")
  Text label;
  std::string icon;    // <icon name="factory"/>: drawn above the figure; empty = none
  SourceLocation icon_where;
  // <sparkline values="6.05 7.3 11.51"/> or <sparkline data="file.csv" column="…"/>: a short
  // series drawn as a small line under the figure, in its colour; empty = none.
  std::vector<double> sparkline;
  SourceLocation sparkline_where;
  SourceLocation where;
};

struct Facts {
  std::vector<Fact> items;  // 2..6
  std::string style;
  SourceLocation where;
};

// <callout><title/> blocks </callout>: a tinted box ("Why Quảng Ngãi").
struct Callout {
  Text title;
  std::vector<Block> blocks;
  std::string style;
  SourceLocation where;
};

struct Contact {
  Text organisation;
  Text address;
  std::string phone, email, web;  // language-neutral
  SourceLocation where;
};

struct Contacts {
  Text title;
  std::vector<Contact> items;
  SourceLocation where;
};

// <toc depth="2"><title/></toc>: the contents, generated from the section headings.
struct TableOfContents {
  Text title;
  int depth = 2;
  SourceLocation where;
};

// <qr data="https://…" size="25mm" ecc="M"/>
struct QrCode {
  std::string data;
  double size = util::mm(25);  // pt
  char error_correction = 'M';  // L, M, Q, H
  Text caption;
  Text alt;                  // where the code leads, per language, for screen readers
  bool decorative = false;
  SourceLocation where;
};

// <chart type="bar|stacked-bar|line|donut|share-bar" orientation="vertical|horizontal">: a chart
// drawn by the engine from its data (in place, or data="file.csv"), in the layout's
// <chart-style>. Bars: categories along one axis, one bar per series in each category (grouped)
// or the series piled on one another (stacked); a line per series through its categories; a
// donut's ring and a share bar are the parts of one series, the whole its sum.
enum class ChartType { bar, stacked_bar, line, donut, share_bar };
enum class ChartOrientation { vertical, horizontal };

struct ChartCategory {
  Text label;
  bool accent = false;  // its bars in the chart style's accent swatch (an average among years)
  SourceLocation where;
};

struct ChartSeries {
  Text name;                  // in the legend and the alternative text; may be empty with one series
  std::vector<Amount> values; // one per category: written in place or an indicator of the data file
  std::vector<std::string> prefixes;  // language-neutral, before each value: "≈", ">"
  std::vector<SourceLocation> value_where;  // the <value>, or the cell of the CSV file
  SourceLocation where;
};

struct Chart {
  std::string id;
  ChartType type = ChartType::bar;
  ChartOrientation orientation = ChartOrientation::vertical;
  Extent width;  // column | page | a length
  std::string data;              // data="…": the CSV file the values came from, as written
  Text title;                    // above the plot
  Text unit;                     // what the values count ("%", "ha"), over the value axis
  std::vector<ChartCategory> categories;
  std::vector<ChartSeries> series;
  Text note;                     // under the plot: sources, estimates
  Text caption;                  // numbered like a figure's
  Text alt;                      // empty: generated from the data, a sentence per series
  SourceLocation where;
};

// <map base="file.map">: a map drawn by the engine from a base drawing of named shapes
// (model/map_file), with labelled places, areas and routes whose names are texts per language,
// a scale bar and a north arrow; the looks come from the layout's <map-style>.
enum class MapMarker { none, capital, town, dot, square };

struct MapPlace {
  GeoPoint at;
  Text name;
  MapMarker marker = MapMarker::town;
  std::string icon;        // a Material icon in a disc instead of the marker ("flight")
  bool major = false;      // its name in the map style's major text style (the provincial centres)
  std::string side;        // the label's preferred side: right, left, above, below (empty: right)
  SourceLocation where;
};

// A name on an area of the base drawing (or of a country beyond it): at `at`, or the middle of
// the shape's extent.
struct MapArea {
  std::string shape;
  std::optional<GeoPoint> at;
  Text name;
  SourceLocation where;
};

// A line of the base drawing named along its course: by a text, or by a road number on a shield.
struct MapRoute {
  std::string shape;
  Text name;
  std::string shield;      // "24": the number in a small box on the line
  double along = 0.5;      // where on the line, as a share of its length
  SourceLocation where;
};

struct Map {
  std::string id;
  std::string base;          // the base drawing's file, as written
  std::optional<MapBase> drawing;  // read from it; empty when it could not be
  Extent width;              // column | page | a length
  std::vector<MapPlace> places;
  std::vector<MapArea> areas;
  std::vector<MapRoute> routes;
  Text caption;
  Text alt;                  // empty: generated from the labels
  SourceLocation where;
};

struct Block {
  std::variant<Paragraph, Heading, List, Section, Table, Figure, Facts, Callout, Contacts,
               TableOfContents, QrCode, Chart, Map>
      node;
  const SourceLocation& where() const;
};

}  // namespace model
