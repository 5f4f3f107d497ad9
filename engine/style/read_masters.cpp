// <masters>: the page templates of a handbook. Artwork rectangles, named text frames, folio and
// running head. A master replaces the base layout's master of the same name as a whole (its
// artwork is one design); remove="true" takes the base's out.
#include <map>

#include "style/layout_reading.hpp"

namespace style::reading {

using xml::Presence;

// Artwork and frames stay inside the trim; bleed="true" is what carries artwork beyond it.
static void check_inside(const xml::Attributes& a, const char* what, const Rect& rect, double area_width,
                         double area_height, const std::string& area) {
  if (area_width <= 0 || area_height <= 0) return;  // no page yet: reported elsewhere
  if (Rect{0, 0, area_width, area_height}.contains(rect, util::mm(0.01))) return;
  a.error(std::string("<") + what + "> spans x " + mm_text(rect.left()) + " to " + mm_text(rect.right()) + ", y " +
          mm_text(rect.top()) + " to " + mm_text(rect.bottom()) + ", beyond the " + area + " (" +
          mm_text(area_width) + " × " + mm_text(area_height) + "); keep it inside" +
          (std::string(what) == "rect" ? " and write bleed=\"true\" to extend it into the bleed" : ""));
}

MasterRect read_rect(const tinyxml2::XMLElement& element, FileReading& file, double area_width,
                     double area_height, const std::string& area) {
  xml::Attributes a(file.source, element);
  MasterRect rect;
  rect.where = a.where();
  a.coordinate("x", rect.rect.x, Presence::required);
  a.coordinate("y", rect.rect.y, Presence::required);
  a.positive_length("width", rect.rect.width, Presence::required);
  a.positive_length("height", rect.rect.height, Presence::required);
  a.identifier("color", rect.color, Presence::required);
  a.percentage("tint", rect.tint, 0, 100);
  a.boolean("bleed", rect.bleeds);
  a.report_unknown();
  check_inside(a, "rect", rect.rect, area_width, area_height, area);
  return rect;
}

static FrameDef read_frame(const tinyxml2::XMLElement& element, FileReading& file) {
  xml::Attributes a(file.source, element);
  FrameDef frame;
  frame.where = a.where();
  a.identifier("name", frame.name, Presence::required);
  a.coordinate("x", frame.rect.x, Presence::required);
  a.coordinate("y", frame.rect.y, Presence::required);
  a.positive_length("width", frame.rect.width, Presence::required);
  a.positive_length("height", frame.rect.height, Presence::required);
  read_text_flow(a, frame);
  a.report_unknown();
  check_inside(a, "frame", frame.rect, file.layout.page.width, file.layout.page.height, "page");
  if (frame.columns > 1 && frame.gutter * (frame.columns - 1) >= frame.rect.width)
    a.error("frame \"" + frame.name + "\" has no room for its columns: the gutters take " +
            mm_text(frame.gutter * (frame.columns - 1)) + " of " + mm_text(frame.rect.width));
  return frame;
}

static MasterText read_master_text(const tinyxml2::XMLElement& element, FileReading& file) {
  xml::Attributes a(file.source, element);
  MasterText text;
  text.where = a.where();
  a.identifier("label", text.label, Presence::required);
  a.identifier("style", text.style, Presence::required);
  a.coordinate("x", text.rect.x, Presence::required);
  a.coordinate("y", text.rect.y, Presence::required);
  a.positive_length("width", text.rect.width, Presence::required);
  a.positive_length("height", text.rect.height, Presence::required);
  a.choice("valign", text.vertical_align, {{"top", "top"}, {"center", "center"}, {"bottom", "bottom"}});
  a.report_unknown();
  check_inside(a, "text", text.rect, file.layout.page.width, file.layout.page.height, "page");
  return text;
}

static Marginal read_marginal(const tinyxml2::XMLElement& element, FileReading& file) {
  xml::Attributes a(file.source, element);
  Marginal marginal;
  marginal.where = a.where();
  a.choice("position", marginal.position,
           {{"top-outer", Position::top_outer}, {"top-inner", Position::top_inner},
            {"top-center", Position::top_center}, {"bottom-outer", Position::bottom_outer},
            {"bottom-inner", Position::bottom_inner}, {"bottom-center", Position::bottom_center}},
           Presence::required);
  a.length("offset", marginal.offset, Presence::required);
  a.identifier("style", marginal.style, Presence::required);
  a.report_unknown();
  return marginal;
}

static Master read_master(xml::Attributes& a, FileReading& file) {
  const tinyxml2::XMLElement& element = a.element();
  Master master;
  master.where = a.where();
  a.identifier("name", master.name, Presence::required);
  a.report_unknown();

  std::map<std::string, int> frame_lines;
  auto once = [&](std::optional<Marginal>& slot, const tinyxml2::XMLElement& child) {
    if (slot)
      file.source.error(child, "<" + std::string(child.Name()) + "> appears twice in master \"" + master.name +
                                   "\"; the first is on line " + std::to_string(slot->where.line));
    else
      slot = read_marginal(child, file);
  };
  const auto& page = file.layout.page;
  xml::read_children(element, file.source, {
      {"rect", [&](const tinyxml2::XMLElement& child) {
         master.rects.push_back(read_rect(child, file, page.width, page.height, "page"));
       }},
      {"frame", [&](const tinyxml2::XMLElement& child) {
         FrameDef frame = read_frame(child, file);
         auto [earlier, first] = frame_lines.emplace(frame.name, child.GetLineNum());
         if (!first && !frame.name.empty())
           file.source.error(child, "master \"" + master.name + "\" has two frames named \"" + frame.name +
                                        "\"; the first is on line " + std::to_string(earlier->second));
         else
           master.frames.push_back(frame);
       }},
      {"text", [&](const tinyxml2::XMLElement& child) { master.texts.push_back(read_master_text(child, file)); }},
      {"folio", [&](const tinyxml2::XMLElement& child) { once(master.folio, child); }},
      {"running-head", [&](const tinyxml2::XMLElement& child) { once(master.running_head, child); }},
  });
  return master;
}

void read_masters(const tinyxml2::XMLElement& element, FileReading& file) {
  std::map<std::string, int> lines_in_this_file;
  xml::read_children(element, file.source, {{"master", [&](const tinyxml2::XMLElement& child) {
    xml::Attributes a(file.source, child);
    std::string name;
    if (!a.identifier("name", name, Presence::required)) return;
    auto [earlier, first] = lines_in_this_file.emplace(name, child.GetLineNum());
    if (!first) {
      a.error("master \"" + name + "\" is defined twice; the first is on line " + std::to_string(earlier->second) +
              "; merge them");
      return;
    }
    auto& masters = file.layout.masters;
    if (is_removal(a, "master", name, masters.count(name) > 0)) {
      masters.erase(name);
      file.provenance.removed_masters[name] = a.where();
      return;
    }
    file.provenance.removed_masters.erase(name);
    masters[name] = read_master(a, file);
  }}});
}

}  // namespace style::reading
