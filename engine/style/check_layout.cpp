// Checks that need the whole layout, base and derived files together: references between its
// parts, what each kind of layout must define, and the geometry of sheets.
#include <algorithm>
#include <cmath>
#include <map>

#include "style/layout_reading.hpp"
#include "util/suggest.hpp"

namespace style::reading {

namespace {

const char* kind_name(LayoutKind kind) {
  switch (kind) {
    case LayoutKind::handbook: return "handbook";
    case LayoutKind::leaflet: return "leaflet";
    case LayoutKind::flyer: return "flyer";
    case LayoutKind::infographic: return "infographic";
  }
  return "handbook";
}

class LayoutCheck {
 public:
  LayoutCheck(const Layout& layout, const Provenance& provenance, util::Diagnostics& diagnostics)
      : layout_(layout), provenance_(provenance), diagnostics_(diagnostics) {}

  void run() {
    check_page();
    check_masters();
    check_languages();
    check_swatch_references();
    check_style_references();
    check_required_styles();
    check_sheets();
    check_reading_order();
  }

 private:
  void error(const util::SourceLocation& where, std::string message) {
    diagnostics_.error(where.known() ? where : layout_.where, std::move(message));
  }

  void check_page() {
    const auto& page = layout_.page;
    if (page.width <= 0 || page.height <= 0) {
      error(layout_.where, "the layout has no <page>; add <page width=\"210mm\" height=\"297mm\"/> or a base layout");
      return;
    }
    const auto& m = layout_.margins;
    if (m.inner + m.outer >= page.width || m.top + m.bottom >= page.height) {
      error(layout_.where, "the <margins> leave no room for text on the " + mm_text(page.width) + " × " +
                               mm_text(page.height) + " page");
      return;
    }
    // As for a frame's columns: gutters as wide as the text area leave columns of a letter or none.
    const double text_width = page.width - m.inner - m.outer;
    const double gutters = layout_.gutter * (layout_.columns - 1);
    if (layout_.columns > 1 && gutters >= text_width)
      error(layout_.columns_where, "<columns> has no room for its " + std::to_string(layout_.columns) +
                                       " columns: the gutters take " + mm_text(gutters) + " of the " +
                                       mm_text(text_width) + " between the margins");
  }

  // The masters the layout's own settings call for.
  void check_masters() {
    if (layout_.kind != LayoutKind::handbook || layout_.page_breaks.verso != VersoFill::notes ||
        layout_.master("notes"))
      return;
    const auto& where = layout_.page_breaks.where;
    auto removed = provenance_.removed_masters.find("notes");
    if (removed != provenance_.removed_masters.end())
      error(removed->second, "master \"notes\" is removed, but <page-breaks verso=\"notes\"> (" + where.str() +
                                 ") fills the pages left empty with it; write <page-breaks verso=\"blank\"> in this "
                                 "layout, or keep the master");
    else
      error(where, "<page-breaks verso=\"notes\"> fills the pages left empty with the master \"notes\", which the "
                   "layout does not define; add <master name=\"notes\"> or write verso=\"blank\"");
  }

  void check_languages() {
    if (layout_.languages.empty())
      error(layout_.where, "the layout defines no language; add <languages> with a <language code=\"…\" "
                           "text-font=\"…\" display-font=\"…\"/> for each language it is printed in");
  }

  void swatch(const std::string& name, const util::SourceLocation& where, const std::string& user) {
    if (name.empty() || layout_.swatch(name)) return;
    std::vector<std::string> names;
    for (const auto& s : layout_.swatches) names.push_back(s.name);
    error(where, "unknown swatch \"" + name + "\" in " + user + util::did_you_mean(name, names) +
                     "; define it in <swatches> or use one of the layout's");
  }

  void check_swatch_references() {
    for (const auto& [name, style] : layout_.paragraph_styles)
      swatch(style.color, style.where, "color= of paragraph style \"" + name + "\"");
    for (const auto& [name, style] : layout_.character_styles)
      if (style.color) swatch(*style.color, style.where, "color= of character style \"" + name + "\"");
    for (const auto& [name, master] : layout_.masters)
      for (const auto& rect : master.rects) swatch(rect.color, rect.where, "a <rect> of master \"" + name + "\"");
    for (const auto& sheet : layout_.sheets)
      for (const auto& panel : sheet.panels) {
        swatch(panel.background, panel.where, "background= of panel \"" + panel.name + "\"");
        for (const auto& rect : panel.rects) swatch(rect.color, rect.where, "a <rect> of panel \"" + panel.name + "\"");
      }
    const auto& table = layout_.table;
    swatch(table.rule_color, table.where, "rule-color= of <table-style>");
    swatch(table.header_fill, table.where, "header-fill= of <table-style>");
    swatch(table.zebra_fill, table.where, "zebra-fill= of <table-style>");
    // The composite blocks' styles are checked where the layout writes them; their defaults
    // name the swatches of the house layouts.
    for (const BoxStyle* box : {&layout_.facts_style, &layout_.callout_style}) {
      if (!box->where.known()) continue;
      swatch(box->fill, box->where, "fill= of <facts-style> or <callout-style>");
      swatch(box->rule, box->where, "rule= of <facts-style> or <callout-style>");
    }
    if (const ChartStyle& chart = layout_.chart_style; chart.where.known()) {
      for (const auto& name : chart.palette) swatch(name, chart.where, "palette= of <chart-style>");
      swatch(chart.accent, chart.where, "accent= of <chart-style>");
      swatch(chart.axis, chart.where, "axis= of <chart-style>");
      swatch(chart.grid, chart.where, "grid= of <chart-style>");
      for (const std::string* name : {&chart.title_style, &chart.label_style, &chart.value_style, &chart.note_style})
        paragraph_style(*name, chart.where, "<chart-style>");
    }
    if (const MapStyle& map = layout_.map_style; map.where.known()) {
      swatch(map.marker, map.where, "marker= of <map-style>");
      swatch(map.marker_fill, map.where, "marker-fill= of <map-style>");
      swatch(map.accent, map.where, "accent= of <map-style>");
      for (const std::string* name : {&map.label_style, &map.major_style, &map.region_style})
        paragraph_style(*name, map.where, "<map-style>");
      for (const auto& c : map.classes) {
        swatch(c.fill, c.where, "fill= of map class \"" + c.name + "\"");
        swatch(c.stroke, c.where, "stroke= of map class \"" + c.name + "\"");
        swatch(c.casing, c.where, "casing= of map class \"" + c.name + "\"");
      }
    }
    if (layout_.qr_style.where.known()) {
      swatch(layout_.qr_style.color, layout_.qr_style.where, "color= of <qr-style>");
      swatch(layout_.qr_style.background, layout_.qr_style.where, "background= of <qr-style>");
    }
  }

  void paragraph_style(const std::string& name, const util::SourceLocation& where, const std::string& user) {
    if (layout_.paragraph_style(name)) return;
    std::vector<std::string> names;
    for (const auto& [candidate, style] : layout_.paragraph_styles) names.push_back(candidate);
    error(where, "unknown paragraph style \"" + name + "\" in " + user + util::did_you_mean(name, names) +
                     "; define it in <paragraph-styles>");
  }

  void check_style_references() {
    for (const auto& [name, master] : layout_.masters) {
      if (master.folio) paragraph_style(master.folio->style, master.folio->where, "the folio of master \"" + name + "\"");
      if (master.running_head)
        paragraph_style(master.running_head->style, master.running_head->where,
                        "the running head of master \"" + name + "\"");
      for (const auto& text : master.texts)
        paragraph_style(text.style, text.where, "a <text> of master \"" + name + "\"");
    }
    for (const auto& sheet : layout_.sheets)
      for (const auto& panel : sheet.panels)
        for (const auto& [style, replacement] : panel.restyle) {
          std::string user = "a <restyle> of panel \"" + panel.name + "\"";
          paragraph_style(style, panel.where, user);
          paragraph_style(replacement, panel.where, user);
        }
    for (const auto& sheet : layout_.sheets)
      for (const auto& panel : sheet.panels)
        if (panel.title)
          for (const auto& [style, replacement] : panel.title->restyle) {
            std::string user = "a <restyle> of the <title-area> of panel \"" + panel.name + "\"";
            paragraph_style(style, panel.title->where, user);
            paragraph_style(replacement, panel.title->where, user);
          }
    const auto& table = layout_.table;
    paragraph_style(table.header_style, table.where, "header-style= of <table-style>");
    paragraph_style(table.cell_style, table.where, "cell-style= of <table-style>");
  }

  // The styles the page flow falls back to for each kind of block.
  void check_required_styles() {
    std::vector<std::string> required = {"body", "h1", "h2", "h3", "list", "caption"};
    if (layout_.kind == LayoutKind::handbook) required.insert(required.end(), {"folio", "running-head"});
    std::string missing;
    for (const auto& name : required)
      if (!layout_.paragraph_style(name)) missing += (missing.empty() ? "" : ", ") + name;
    if (!missing.empty())
      error(layout_.where, std::string("a ") + kind_name(layout_.kind) + " layout needs the paragraph styles " +
                               missing + "; define them in <paragraph-styles>");
  }

  void check_sheets() {
    bool folded = layout_.kind != LayoutKind::handbook;
    if (!folded && !layout_.sheets.empty())
      diagnostics_.warning(layout_.sheets.front().where, "a handbook does not use <sheets>; they are ignored "
                                                         "(write kind=\"leaflet\" or kind=\"flyer\" to use them)");
    if (folded && layout_.sheets.empty())
      error(layout_.where, std::string("a ") + kind_name(layout_.kind) +
                               " layout needs <sheets> with the panels content is assigned to");
    for (const auto& sheet : layout_.sheets) {
      double total = 0;
      for (const auto& panel : sheet.panels) total += panel.width;
      if (std::abs(total - layout_.page.width) > util::mm(0.01) && layout_.page.width > 0)
        error(sheet.where, "the panels of sheet \"" + sheet.name + "\" add up to " + mm_text(total) +
                               " but the page is " + mm_text(layout_.page.width) +
                               " wide; make the panel widths add up to the page width");
    }
  }

  void check_reading_order() {
    if (layout_.sheets.empty()) return;
    const auto& where = provenance_.reading_order;
    const auto& order = layout_.reading_order;
    if (order.empty()) {
      error(where, "the layout needs a <reading-order> naming every panel once, in the order a reader meets them");
      return;
    }
    std::vector<std::string> panels;
    for (const auto& sheet : layout_.sheets)
      for (const auto& panel : sheet.panels) panels.push_back(panel.name);
    std::map<std::string, int> seen;
    for (const auto& name : order) {
      if (std::find(panels.begin(), panels.end(), name) == panels.end())
        error(where, "<reading-order> names \"" + name + "\", which is no panel" + util::did_you_mean(name, panels));
      else if (++seen[name] == 2)
        error(where, "<reading-order> names panel \"" + name + "\" more than once; name each panel once");
    }
    std::string missing;
    for (const auto& name : panels)
      if (!seen.count(name)) missing += (missing.empty() ? "" : ", ") + name;
    if (!missing.empty()) error(where, "<reading-order> leaves out the panels " + missing + "; name every panel once");
  }

  const Layout& layout_;
  const Provenance& provenance_;
  util::Diagnostics& diagnostics_;
};

}  // namespace

void check_layout(const Layout& layout, const Provenance& provenance, util::Diagnostics& diagnostics) {
  LayoutCheck(layout, provenance, diagnostics).run();
}

}  // namespace style::reading
