#pragma once
// Internal to the layout reader: the state shared while one layout file is applied onto a
// Layout (its base, if any, was applied first), and the reader of each part of the format.
#include <cstdio>
#include <deque>
#include <filesystem>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include <tinyxml2.h>

#include "model/xml_file.hpp"
#include "style/layout.hpp"
#include "style/xml_element.hpp"
#include "util/content_root.hpp"
#include "util/units.hpp"

namespace style::reading {

// One <style> element as one file of the chain writes it.
struct StyleLayer {
  const tinyxml2::XMLElement* element;
  const xml::Source* source;
};

// A style as the chain of files declares it, base file first. The layers merge attribute by
// attribute when the whole chain has been read, so a derived file that changes the body size
// changes every style based on body too.
struct StyleDeclaration {
  std::vector<StyleLayer> layers;  // empty once removed
  util::SourceLocation removed_at;  // where remove="true" took it out, if it did
};

struct StyleDeclarations {
  std::map<std::string, StyleDeclaration> by_name;
};

// What the checks after reading need to know and a Layout does not record.
struct Provenance {
  std::set<std::string> swatches_without_rgb;  // to be derived from the CMYK
  util::SourceLocation reading_order;
  StyleDeclarations paragraph_styles, character_styles;
  std::map<std::string, util::SourceLocation> removed_masters;  // name → the remove="true"
  // Every file of the chain stays parsed until its styles are resolved.
  std::vector<std::unique_ptr<model::xml::XmlFile>> documents;
  std::deque<xml::Source> sources;  // a deque: the layers point into it
};

struct FileReading {
  const xml::Source& source;
  std::filesystem::path folder;   // relative paths in the file resolve against it
  const util::ContentRoot& root;  // the layouts folder: every file named is opened through it
  Layout& layout;
  Provenance& provenance;
};

// Children of <layout>, after the root's attributes (and the base) have been read.
void read_layout_children(const tinyxml2::XMLElement& root, FileReading& file);

// One reader per part of the format; each replaces or extends what `file.layout` holds.
void read_page(const tinyxml2::XMLElement& element, FileReading& file);
void read_margins(const tinyxml2::XMLElement& element, FileReading& file);
void read_columns(const tinyxml2::XMLElement& element, FileReading& file);
void read_page_breaks(const tinyxml2::XMLElement& element, FileReading& file);
void read_print(const tinyxml2::XMLElement& element, FileReading& file);
void read_preflight(const tinyxml2::XMLElement& element, FileReading& file);
void read_table_style(const tinyxml2::XMLElement& element, FileReading& file);
void read_facts_style(const tinyxml2::XMLElement& element, FileReading& file);
void read_callout_style(const tinyxml2::XMLElement& element, FileReading& file);
void read_qr_style(const tinyxml2::XMLElement& element, FileReading& file);
void read_chart_style(const tinyxml2::XMLElement& element, FileReading& file);
void read_map_style(const tinyxml2::XMLElement& element, FileReading& file);
void read_captions(const tinyxml2::XMLElement& element, FileReading& file);
void read_png(const tinyxml2::XMLElement& element, FileReading& file);
void read_panel_margins(const tinyxml2::XMLElement& element, FileReading& file);
void read_swatches(const tinyxml2::XMLElement& element, FileReading& file);
void read_languages(const tinyxml2::XMLElement& element, FileReading& file);
void read_paragraph_styles(const tinyxml2::XMLElement& element, FileReading& file);
void read_character_styles(const tinyxml2::XMLElement& element, FileReading& file);
void read_masters(const tinyxml2::XMLElement& element, FileReading& file);
void read_sheets(const tinyxml2::XMLElement& element, FileReading& file);
void read_reading_order(const tinyxml2::XMLElement& element, FileReading& file);

// Builds the layout's paragraph and character styles from their declarations: parent first,
// then each layer's attributes, base file first.
void resolve_styles(Layout& layout, Provenance& provenance, util::Diagnostics& diagnostics);

// An element of a keyed collection (<style>, <swatch>, <master>, <language>, <label>) that says
// remove="true": it must name what it removes and nothing else. True when `a` is such a one.
bool is_removal(xml::Attributes& a, const std::string& what, const std::string& name, bool exists);

// The checks that need the whole layout (base and derived files together): references between
// parts, the styles each kind of layout needs, sheet geometry, the reading order.
void check_layout(const Layout& layout, const Provenance& provenance, util::Diagnostics& diagnostics);

// Gives the swatches written only in CMYK their screen colour, through the output profile of
// the finished layout (a derived file may change it); warns when the profile is unusable.
void derive_swatch_rgb(Layout& layout, const Provenance& provenance, util::Diagnostics& diagnostics);

// A <rect> of artwork; `area_width` × `area_height` is what it must stay inside (the page for
// a master, the panel for a panel), `area` names that in messages.
MasterRect read_rect(const tinyxml2::XMLElement& element, FileReading& file, double area_width,
                     double area_height, const std::string& area);

// The attributes of text frames and panels that say how text flows in them: columns, gutter,
// copy-fitting and vertical alignment.
template <class TextArea>
void read_text_flow(xml::Attributes& a, TextArea& area) {
  using xml::Presence;
  a.integer("columns", area.columns, 1, 12);
  a.length("gutter", area.gutter, area.columns > 1 ? Presence::required : Presence::optional);
  std::string fit = "none";
  a.choice("fit", fit, {{"none", std::string("none")}, {"shrink", std::string("shrink")}, {"fill", std::string("fill")}});
  area.fit_shrink = fit != "none";
  area.fit_grow = fit == "fill";
  bool has_min_scale = a.percentage("min-scale", area.min_scale, 1, 100,
                                    area.fit_shrink ? Presence::required : Presence::optional);
  if (has_min_scale && !area.fit_shrink)
    a.warning("min-scale has no effect without fit=\"shrink\" or \"fill\"; the text keeps its size and overset is an error");
  bool has_max_scale = a.percentage("max-scale", area.max_scale, 100, 200,
                                    area.fit_grow ? Presence::required : Presence::optional);
  if (has_max_scale && !area.fit_grow)
    a.warning("max-scale has no effect without fit=\"fill\"; text that leaves the area part empty keeps its size");
  a.choice("valign", area.vertical_align,
           {{"top", std::string("top")},
            {"center", std::string("center")},
            {"bottom", std::string("bottom")},
            {"justify", std::string("justify")}});
  const bool has_limit = a.length("paragraph-spacing-limit", area.paragraph_spacing_limit);
  if (has_limit && area.vertical_align != "justify")
    a.warning("paragraph-spacing-limit has no effect without valign=\"justify\"; the text keeps its spacing");
}

// How messages show lengths: "97.00 mm" for geometry, "9.5 pt" for type.
using util::mm_text;
inline std::string pt_text(double points) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%g pt", points);
  return buffer;
}

}  // namespace style::reading
