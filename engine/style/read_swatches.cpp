// <swatches>: named colours, CMYK for print and RGB for screens. A swatch needs at least one
// side; the other is derived once the whole layout (with its output profile) is known. A swatch
// named as one of the base layout replaces it whole: a colour is one decision, and a new CMYK
// beside the base's RGB would disagree. remove="true" takes the base's out.
#include <algorithm>

#include "style/layout_reading.hpp"
#include "style/swatch_colors.hpp"

namespace style::reading {

using xml::Presence;

static draw::Swatch read_swatch(const tinyxml2::XMLElement& element, FileReading& file, bool& has_rgb) {
  xml::Attributes a(file.source, element);
  draw::Swatch swatch;
  bool keep = false;
  a.identifier("name", swatch.name, Presence::required);
  a.boolean("remove", keep);  // remove="false"
  std::string cmyk_text, rgb_text;
  bool has_cmyk = a.verbatim("cmyk", cmyk_text);
  has_rgb = a.verbatim("rgb", rgb_text);
  a.boolean("overprint", swatch.overprint);
  a.boolean("registration", swatch.registration);
  a.identifier("small-text", swatch.small_text);
  a.report_unknown();

  if (!has_cmyk && !has_rgb)
    a.error("swatch \"" + swatch.name + "\" has no colour; write cmyk=\"C M Y K\" (percent) for print, "
            "rgb=\"#rrggbb\" for screens, or both");
  if (has_cmyk) {
    if (auto cmyk = parse_cmyk_percent(cmyk_text))
      swatch.cmyk = *cmyk;
    else
      a.error(xml::quoted("cmyk", cmyk_text) +
              " is not a CMYK colour; write four percentages from 0 to 100, such as cmyk=\"100 55 0 30\"");
  }
  if (has_rgb) {
    if (auto rgb = parse_hex_rgb(rgb_text))
      swatch.rgb = *rgb;
    else
      a.error(xml::quoted("rgb", rgb_text) + " is not an RGB colour; write rgb=\"#rrggbb\", such as rgb=\"#005587\"");
  }
  if (has_rgb && !has_cmyk) {
    swatch.rgb_only = true;  // fine on screen; the print preflight refuses it
    swatch.cmyk = naive_cmyk(swatch.rgb);
  }
  return swatch;
}

void read_swatches(const tinyxml2::XMLElement& element, FileReading& file) {
  std::map<std::string, int> lines_in_this_file;
  std::vector<const tinyxml2::XMLElement*> with_small_text;
  xml::read_children(element, file.source, {{"swatch", [&](const tinyxml2::XMLElement& child) {
    if (xml::Attributes a(file.source, child); a.written("remove")) {
      std::string name;
      if (!a.identifier("name", name, Presence::required)) return;
      auto& swatches = file.layout.swatches;
      auto same = std::find_if(swatches.begin(), swatches.end(), [&](const draw::Swatch& s) { return s.name == name; });
      if (is_removal(a, "swatch", name, same != swatches.end())) {
        if (same != swatches.end()) swatches.erase(same);
        file.provenance.swatches_without_rgb.erase(name);
        return;
      }
    }
    bool has_rgb = false;
    draw::Swatch swatch = read_swatch(child, file, has_rgb);
    if (swatch.name.empty()) return;
    if (!swatch.small_text.empty()) with_small_text.push_back(&child);
    auto [earlier, first] = lines_in_this_file.emplace(swatch.name, child.GetLineNum());
    if (!first) {
      file.source.error(child, "swatch \"" + swatch.name + "\" is defined twice; the first is on line " +
                                   std::to_string(earlier->second));
      return;
    }
    // A swatch of the base layout with this name is replaced in place, keeping the order.
    auto& swatches = file.layout.swatches;
    auto same = std::find_if(swatches.begin(), swatches.end(),
                             [&](const draw::Swatch& s) { return s.name == swatch.name; });
    if (same != swatches.end())
      *same = swatch;
    else
      swatches.push_back(swatch);
    if (has_rgb)
      file.provenance.swatches_without_rgb.erase(swatch.name);
    else
      file.provenance.swatches_without_rgb.insert(swatch.name);
  }}});
  // A small-text substitute is another swatch of this layout (or its base), of one ink.
  for (const tinyxml2::XMLElement* child : with_small_text) {
    const std::string name = child->Attribute("name"), substitute = child->Attribute("small-text");
    auto& swatches = file.layout.swatches;
    auto found = std::find_if(swatches.begin(), swatches.end(), [&](const draw::Swatch& s) { return s.name == substitute; });
    if (found == swatches.end()) {
      file.source.error(*child, "swatch \"" + name + "\" prints small text in \"" + substitute +
                                    "\", which is not a swatch of this layout; name one defined in <swatches>");
      continue;
    }
    const draw::Cmyk& c = found->cmyk;
    const int inks = (c.c > 0) + (c.m > 0) + (c.y > 0) + (c.k > 0);
    if (inks > 1 || found->registration)
      file.source.error(*child, "swatch \"" + name + "\" prints small text in \"" + substitute + "\", which uses " +
                                    std::to_string(found->registration ? 4 : inks) +
                                    " inks; small text needs a swatch of one ink, such as cmyk=\"0 0 0 100\"");
  }
}

void derive_swatch_rgb(Layout& layout, const Provenance& provenance, util::Diagnostics& diagnostics) {
  const auto& without_rgb = provenance.swatches_without_rgb;
  if (without_rgb.empty()) return;
  std::optional<CmykToSrgb> convert;
  std::string problem = "the layout names no output profile (<print output-profile=\"…\">)";
  if (!layout.print.output_profile.empty())
    convert = CmykToSrgb::from_profile(layout.print.output_profile, problem);
  if (!convert) {
    std::string names;
    for (const auto& name : without_rgb) names += (names.empty() ? "" : ", ") + name;
    diagnostics.warning(layout.print.where.known() ? layout.print.where : layout.where,
                        problem + "; the screen colours of the swatches given only in CMYK (" + names +
                            ") are estimated with the naive formula; give them rgb=\"#rrggbb\" "
                            "or provide the profile");
  }
  for (auto& swatch : layout.swatches)
    if (without_rgb.count(swatch.name)) swatch.rgb = convert ? (*convert)(swatch.cmyk) : naive_rgb(swatch.cmyk);
}

}  // namespace style::reading
