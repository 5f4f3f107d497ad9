#include "layout/panels.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "layout/block_builder.hpp"
#include "layout/fixed_frame.hpp"
#include "layout/page_maker.hpp"
#include "util/units.hpp"

namespace layout {
namespace {

std::string percent(double scale) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%.0f %%", scale * 100);
  return buf;
}

std::string points(double size) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%.1f pt", size);
  return buf;
}

class Panels {
 public:
  Panels(const model::Publication& p, StyleResolver& styles, text::FontSet& fonts)
      : pub_(p), styles_(styles), fonts_(fonts), lang_(styles.language().code) {}

  void compose() {
    const style::Layout& layout = styles_.layout();
    PageMaker pages(styles_, 0);
    std::map<std::string, int> page_of_panel;
    for (const std::string& name : layout.reading_order) {
      const style::PanelDef* panel = layout.panel(name);
      if (!panel) continue;
      page_of_panel[name] = panel_page(pages, *panel);
    }
    for (const auto& content : pub_.panels)
      if (!layout.panel(content.name))
        styles_.diagnostics().error(content.where, "the layout " + layout.id + " has no panel \"" + content.name +
                                                       "\"; its panels are: " + panel_names());

    auto& doc = styles_.document();
    doc.pages = std::move(pages.pages());
    resolve_links(doc.pages, pages.anchors(), styles_.diagnostics());
    for (const auto& h : pages.headings())
      doc.outline.push_back({h.heading.title, std::max(1, h.heading.level), h.page, h.y});

    for (const auto& sheet_def : layout.sheets) {
      draw::Sheet sheet;
      sheet.name = sheet_def.name;
      sheet.width = layout.page.width;
      sheet.height = layout.page.height;
      sheet.bleed = layout.page.bleed;
      for (const auto& panel : sheet_def.panels)
        if (auto it = page_of_panel.find(panel.name); it != page_of_panel.end())
          sheet.placements.push_back({it->second, {panel.x, 0}});
      for (double x : sheet_def.folds) sheet.folds.push_back({x});
      doc.sheets.push_back(std::move(sheet));
    }
  }

 private:
  std::string panel_names() const {
    std::string names;
    for (const auto& sheet : styles_.layout().sheets)
      for (const auto& p : sheet.panels) names += (names.empty() ? "" : ", ") + p.name;
    return names;
  }

  int panel_page(PageMaker& pages, const style::PanelDef& panel) {
    const style::Layout& layout = styles_.layout();
    const int index = pages.add_page("", "panel:" + panel.name);
    draw::Page& page = pages.pages()[static_cast<std::size_t>(index)];
    page.width = panel.width;
    page.frames.push_back({panel.name, "panel", {0, 0, panel.width, layout.page.height}});
    std::vector<style::MasterRect> artwork;
    if (!panel.background.empty())
      artwork.push_back({{0, 0, panel.width, layout.page.height}, panel.background, 1.0, true, panel.where});
    artwork.insert(artwork.end(), panel.rects.begin(), panel.rects.end());
    pages.draw_rects(page, artwork, 0, 0);

    FlowFrame frame;
    frame.rect = {panel.margins.left, panel.margins.top, panel.width - panel.margins.left - panel.margins.right,
                  layout.page.height - panel.margins.top - panel.margins.bottom};
    frame.columns = std::max(1, panel.columns);
    frame.gutter = panel.gutter;
    page.frames.push_back({panel.name, "text", frame.rect});

    const model::Panel* content = nullptr;
    for (const auto& p : pub_.panels)
      if (p.name == panel.name) content = &p;
    if (!content || content->blocks.empty()) {
      styles_.diagnostics().warning(pub_.where, "panel " + panel.name + " of " + pub_.id + " has no content");
      return index;
    }
    styles_.set_restyle(&panel.restyle);
    fit(pages, index, panel, frame, *content);
    styles_.set_restyle(nullptr);
    return index;
  }

  Galley galley_at(double scale, const model::Panel& content, const FlowFrame& frame) {
    styles_.set_scale(scale);
    BlockBuilder builder(styles_, fonts_);
    Galley galley;
    builder.build(content.blocks, galley, {frame.column_width(), frame.rect.width, frame.rect.height});
    styles_.set_scale(1.0);
    return galley;
  }

  // Copy-fitting: the largest uniform scale of sizes and leading, down to the panel's minimum,
  // with which the content fits. Found by bisection; every trial sets the text anew.
  void fit(PageMaker& pages, int index, const style::PanelDef& panel, const FlowFrame& frame,
           const model::Panel& content) {
    Galley galley = galley_at(1.0, content, frame);
    auto result = fill_fixed_frame(pages, index, frame, galley, panel.vertical_align);
    if (result.fits) return;

    const double floor = panel.fit_shrink ? std::clamp(panel.min_scale, 0.3, 1.0) : 1.0;
    if (floor < 1.0) {
      PageMaker scratch(styles_, 0);
      const int probe = scratch.add_page("", "probe");
      auto fits_at = [&](double scale) {
        util::Diagnostics quiet;
        std::swap(quiet, styles_.diagnostics());
        Galley g = galley_at(scale, content, frame);
        std::swap(quiet, styles_.diagnostics());
        return fill_fixed_frame(scratch, probe, frame, g, "top").fits;
      };
      if (fits_at(floor)) {
        double low = floor, high = 1.0;
        while (high - low > 0.005) {
          const double mid = (low + high) / 2;
          (fits_at(mid) ? low : high) = mid;
        }
        galley = galley_at(low, content, frame);
        fill_fixed_frame(pages, index, frame, galley, panel.vertical_align);
        const auto* body = styles_.layout().paragraph_style("body");
        const double nominal = body ? body->size * styles_.language().size_scale : 0;
        styles_.diagnostics().note(content.where, "copy-fit: " + pub_.id + " (" + lang_ + "), panel " + panel.name +
                                                      ": text set at " + percent(low) + " of its size (body " +
                                                      points(nominal) + " → " + points(nominal * low) + ")");
        return;
      }
    }
    const Box& first = galley.at(std::min(result.flow.placed, galley.size() - 1));
    styles_.diagnostics().error(first.where,
                                "overset: " + pub_.id + " (" + lang_ + "), panel " + panel.name + ": " +
                                    describe_overset(result.flow) +
                                    (floor < 1.0 ? " even at the smallest size the layout allows (" + percent(floor) + ")"
                                                 : "") +
                                    "; shorten the text" +
                                    (floor < 1.0 ? "" : " or let the panel shrink it (fit=\"shrink\" min-scale=\"…\")"));
  }

  const model::Publication& pub_;
  StyleResolver& styles_;
  text::FontSet& fonts_;
  std::string lang_;
};

}  // namespace

void compose_panels(const model::Publication& publication, StyleResolver& styles, text::FontSet& fonts) {
  Panels(publication, styles, fonts).compose();
}

}  // namespace layout
