// The children of <layout>: each part at most once, read in an order that suits the checks.
#include <array>
#include <vector>

#include "style/layout_reading.hpp"

namespace style::reading {

using Reader = void (*)(const tinyxml2::XMLElement&, FileReading&);

struct Part {
  const char* name;
  Reader read;
  const tinyxml2::XMLElement* element = nullptr;
};

void read_layout_children(const tinyxml2::XMLElement& root, FileReading& file) {
  // In the order they are read, whatever their order in the file: the page first, since
  // masters and panels are checked against it, and <panel-margins> before the panels that
  // start from it.
  std::array parts{
      Part{"page", read_page},
      Part{"margins", read_margins},
      Part{"columns", read_columns},
      Part{"page-breaks", read_page_breaks},
      Part{"print", read_print},
      Part{"preflight", read_preflight},
      Part{"panel-margins", read_panel_margins},
      Part{"swatches", read_swatches},
      Part{"languages", read_languages},
      Part{"paragraph-styles", read_paragraph_styles},
      Part{"character-styles", read_character_styles},
      Part{"table-style", read_table_style},
      Part{"facts-style", read_facts_style},
      Part{"callout-style", read_callout_style},
      Part{"qr-style", read_qr_style},
      Part{"chart-style", read_chart_style},
      Part{"map-style", read_map_style},
      Part{"png", read_png},
      Part{"captions", read_captions},
      Part{"masters", read_masters},
      Part{"sheets", read_sheets},
      Part{"reading-order", read_reading_order},
  };
  // Each part appears at most once; the rules only note where.
  auto note = [&file](Part& part) {
    return [&part, &file](const tinyxml2::XMLElement& element) {
      if (part.element)
        file.source.error(element, "<" + std::string(part.name) + "> appears twice; the first is on line " +
                                       std::to_string(part.element->GetLineNum()) + "; merge them");
      else
        part.element = &element;
    };
  };
  std::vector<xml::ChildRule> rules;
  for (auto& part : parts) rules.push_back({part.name, note(part)});
  xml::read_children(root, file.source, rules);
  for (const auto& part : parts)
    if (part.element) part.read(*part.element, file);
}

}  // namespace style::reading
