#include "layout/panels.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <variant>

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

// One fixed area of a panel and what goes into it: the text frame, or the title area.
struct PanelArea {
  std::string what;  // "panel flap", "panel front, title area": how messages name it
  FlowFrame frame;
  VerticalAlign align;
  std::vector<model::Block> blocks;
  // The paragraph style whose size a copy-fitting note reports: "body", or the title's style.
  std::string reported_style;
};

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

    PanelArea text{"panel " + panel.name, {}, {panel.vertical_align, panel.paragraph_spacing_limit}, {}, "body"};
    text.frame.rect = {panel.margins.left, panel.margins.top, panel.width - panel.margins.left - panel.margins.right,
                       layout.page.height - panel.margins.top - panel.margins.bottom};
    text.frame.columns = std::max(1, panel.columns);
    text.frame.gutter = panel.gutter;
    page.frames.push_back({panel.name, "text", text.frame.rect});
    if (panel.title) page.frames.push_back({panel.name, "title", panel.title->rect});

    const model::Panel* content = nullptr;
    for (const auto& p : pub_.panels)
      if (p.name == panel.name) content = &p;
    if (!content || content->blocks.empty()) {
      styles_.diagnostics().warning(pub_.where, "panel " + panel.name + " of " + pub_.id + " has no content");
      return index;
    }

    // The headings that open the content are the panel's title: with a title area they are set
    // there, in its styles over the panel's own; everything after them flows in the text frame.
    auto first_text = content->blocks.begin();
    if (panel.title) {
      first_text = std::find_if(content->blocks.begin(), content->blocks.end(), [](const model::Block& b) {
        return !std::holds_alternative<model::Heading>(b.node);
      });
      PanelArea title{"panel " + panel.name + ", title area", {}, {panel.title->vertical_align, 0},
                      {content->blocks.begin(), first_text}, "body"};
      title.frame.rect = panel.title->rect;
      if (title.blocks.empty()) {
        styles_.diagnostics().warning(content->where, "panel " + panel.name + " of " + pub_.id +
                                                          " has a title area, but its content does not open with "
                                                          "a heading <h>; the title area stays empty");
      } else {
        const auto& heading = std::get<model::Heading>(title.blocks.front().node);
        title.reported_style =
            heading.style.empty() ? "h" + std::to_string(std::clamp(heading.level, 1, 3)) : heading.style;
        std::map<std::string, std::string> restyle = panel.title->restyle;
        restyle.insert(panel.restyle.begin(), panel.restyle.end());  // the title area's own win
        styles_.set_restyle(&restyle);
        fit(pages, index, panel, title, content->where);
        styles_.set_restyle(nullptr);
      }
    }
    text.blocks.assign(first_text, content->blocks.end());
    styles_.set_restyle(&panel.restyle);
    fit(pages, index, panel, text, content->where);
    styles_.set_restyle(nullptr);
    return index;
  }

  Galley galley_at(double scale, const PanelArea& area) {
    styles_.set_scale(scale);
    BlockBuilder builder(styles_, fonts_);
    Galley galley;
    builder.build(area.blocks, galley, {area.frame.column_width(), area.frame.rect.width, area.frame.rect.height});
    styles_.set_scale(1.0);
    return galley;
  }

  // "body 8.8 pt → 8.1 pt": the size a style is set at with `scale`, its min-size respected.
  std::string size_change(const std::string& style, double scale, const util::SourceLocation& where) {
    const ResolvedParagraph nominal = styles_.paragraph(style, where);
    styles_.set_scale(scale);
    const ResolvedParagraph fitted = styles_.paragraph(style, where);
    styles_.set_scale(1.0);
    return nominal.style->name + " " + points(nominal.text.size) + " → " + points(fitted.text.size);
  }

  // Copy-fitting: the largest uniform scale of sizes and leading, between the panel's minimum
  // and maximum, with which the area's content fits. Found by bisection; every trial sets the
  // text anew, on a scratch page and without reporting (the text set for real reports its own
  // problems, once). Without fit="fill" the maximum is 100 %: text is only ever shrunk.
  void fit(PageMaker& pages, int index, const style::PanelDef& panel, const PanelArea& area,
           const util::SourceLocation& where) {
    const double floor = panel.fit_shrink ? std::clamp(panel.min_scale, 0.3, 1.0) : 1.0;
    const double ceiling = panel.fit_grow ? std::clamp(panel.max_scale, 1.0, 2.0) : 1.0;
    PageMaker scratch(styles_, 0);
    const int probe = scratch.add_page("", "probe");
    auto fits_at = [&](double scale) {
      util::Diagnostics quiet;
      std::swap(quiet, styles_.diagnostics());
      const Galley galley = galley_at(scale, area);
      std::swap(quiet, styles_.diagnostics());
      return fill_fixed_frame(scratch, probe, area.frame, galley, {}).fits;
    };
    // The largest scale in [low, high] that fits, knowing that low does and high does not.
    auto largest_fitting = [&](double low, double high) {
      while (high - low > 0.005) {
        const double mid = (low + high) / 2;
        (fits_at(mid) ? low : high) = mid;
      }
      return low;
    };

    double scale = 1.0;
    if (!fits_at(1.0)) {
      if (floor >= 1.0 || !fits_at(floor)) {
        const Galley galley = galley_at(floor, area);
        overset(area, galley, fill_fixed_frame(scratch, probe, area.frame, galley, {}), floor);
        return;
      }
      scale = largest_fitting(floor, 1.0);
    } else if (ceiling > 1.0) {
      scale = fits_at(ceiling) ? ceiling : largest_fitting(1.0, ceiling);
    }
    const Galley galley = galley_at(scale, area);
    const FixedFrameResult placed = fill_fixed_frame(pages, index, area.frame, galley, area.align);
    // Every text area says how full it is; a panel left emptier than its layout wants is a design
    // problem, not an error: say so with what to do.
    const double filled = area.frame.rect.height > 0 ? placed.used_height / area.frame.rect.height : 1.0;
    const bool title_area = area.what.find("title area") != std::string::npos;
    const std::string fill_text = title_area ? "" : "; " + percent(filled) + " full";
    const bool scaled = std::abs(scale - 1.0) > 0.001;
    if (scaled)
      styles_.diagnostics().note(where, "copy-fit: " + pub_.id + " (" + lang_ + "), " + area.what + ": text set at " +
                                            percent(scale) + " of its size (" +
                                            size_change(area.reported_style, scale, where) + ")" + fill_text);
    if (title_area) return;
    if (filled < panel.min_fill) {
      const bool justified = area.align.where == "justify";
      styles_.diagnostics().note(
          where, pub_.id + " (" + lang_ + "), " + area.what + " is " + percent(filled) + " full" +
                     (panel.fit_grow ? " with its text at " + percent(scale) + "; raise its max-scale"
                                     : "; let its text grow (fit=\"fill\" max-scale=\"…\")") +
                     (justified ? ", its paragraph-spacing-limit" : ", spread it (valign=\"justify\")") +
                     " or give it more content");
    } else if (!scaled) {
      styles_.diagnostics().note(where, pub_.id + " (" + lang_ + "), " + area.what + " is " + percent(filled) + " full");
    }
  }

  // How much did not fit (at the smallest size tried) and where it starts in the source.
  void overset(const PanelArea& area, const Galley& galley, const FixedFrameResult& result, double floor) {
    const Box& first = galley.at(std::min(result.flow.placed, galley.size() - 1));
    const bool shrunk = floor < 1.0;
    styles_.diagnostics().error(
        first.where, "overset: " + pub_.id + " (" + lang_ + "), " + area.what + ": " +
                         describe_overset(result.flow) +
                         (shrunk ? " even at the smallest size the layout allows (" + percent(floor) + ")" : "") +
                         "; shorten the text" +
                         (shrunk ? "" : " or let the panel shrink it (fit=\"shrink\" min-scale=\"…\")"));
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
