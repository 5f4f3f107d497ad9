#include "export/pdf/canvas.hpp"

#include "export/pdf/structure_type.hpp"
#include "util/diagnostics.hpp"

namespace exporter::pdf {

void Canvas::mark(draw::ElementId element) {
  if (!assets_.tagged) return;
  const bool is_artifact = element == draw::artifact;
  if (is_artifact && marking_ == Marking::artifact) return;
  if (!is_artifact && marking_ == Marking::element && marked_element_ == element) return;
  end_marking();
  if (is_artifact) {
    out_.begin_artifact();
    marking_ = Marking::artifact;
    return;
  }
  if (!assets_.structure || element < 0 || static_cast<std::size_t>(element) >= assets_.structure->size())
    util::fail({}, "an item refers to structure element " + std::to_string(element) + ", which the document does not have");
  out_.begin_tagged(structure_type((*assets_.structure)[static_cast<std::size_t>(element)].role),
                    static_cast<int>(marked_.size()));
  marked_.push_back(element);
  marking_ = Marking::element;
  marked_element_ = element;
}

bool Canvas::begin_actual_text(std::string_view text) {
  if (!assets_.tagged || marking_ != Marking::element) return false;
  const draw::ElementId element = marked_element_;
  end_marking();
  out_.begin_tagged_actual_text(static_cast<int>(marked_.size()), text);
  marked_.push_back(element);
  marking_ = Marking::actual_text;
  marked_element_ = element;
  return true;
}

void Canvas::end_actual_text() {
  const draw::ElementId element = marked_element_;
  end_marking();
  mark(element);
}

void Canvas::end_marking() {
  if (marking_ == Marking::none) return;
  out_.end_marked_content();
  marking_ = Marking::none;
}

void Canvas::save() {
  out_.save();
  saved_.push_back(state_);
}

void Canvas::restore() {
  out_.restore();
  state_ = saved_.back();
  saved_.pop_back();
}

bool Canvas::overprints(draw::Paint paint) const {
  return assets_.color == ColorPolicy::press_cmyk && paint.swatch < assets_.swatches.size() && assets_.swatches[paint.swatch].overprint;
}

draw::Paint Canvas::text_paint(const draw::GlyphRun& run) const {
  if (assets_.color != ColorPolicy::press_cmyk || !assets_.print) return run.fill;
  return draw::press_text_paint(assets_.swatches, run, *assets_.print);
}

bool Canvas::overprints(const draw::GlyphRun& run) const {
  const draw::Paint paint = text_paint(run);
  if (overprints(paint)) return true;
  return assets_.color == ColorPolicy::press_cmyk && assets_.print && paint.swatch < assets_.swatches.size() &&
         draw::text_overprints(assets_.swatches[paint.swatch], run.size, *assets_.print);
}

void Canvas::set_color(draw::Paint paint, bool stroke) {
  std::optional<draw::Paint>& current = stroke ? state_.stroke : state_.fill;
  if (current == paint) return;
  if (paint.swatch >= assets_.swatches.size())
    util::fail({}, "paint refers to swatch " + std::to_string(paint.swatch) + ", which the document does not have");
  const draw::Swatch& swatch = assets_.swatches[paint.swatch];
  if (assets_.color == ColorPolicy::screen_rgb) {
    // A tint is the colour laid thinner on white paper.
    const double t = paint.tint;
    const draw::Rgb c{1 - t * (1 - swatch.rgb.r), 1 - t * (1 - swatch.rgb.g), 1 - t * (1 - swatch.rgb.b)};
    stroke ? out_.stroke_rgb(c) : out_.fill_rgb(c);
  } else if (swatch.registration) {
    const std::string space = assets_.resources.registration_color_space();
    resources_.use(ResourceKind::color_space, space);
    stroke ? out_.stroke_tint(space, paint.tint) : out_.fill_tint(space, paint.tint);
  } else {
    // Always the swatch's CMYK, never converted from its RGB: CMYK is what the printer agreed to.
    const draw::Cmyk c{swatch.cmyk.c * paint.tint, swatch.cmyk.m * paint.tint, swatch.cmyk.y * paint.tint,
                       swatch.cmyk.k * paint.tint};
    stroke ? out_.stroke_cmyk(c) : out_.fill_cmyk(c);
  }
  current = paint;
}

void Canvas::set_fill(draw::Paint paint) { set_color(paint, false); }
void Canvas::set_stroke(draw::Paint paint) { set_color(paint, true); }

void Canvas::set_overprint(bool stroke, bool fill) {
  if (assets_.color == ColorPolicy::screen_rgb) return;  // screens have no plates to overprint
  if (state_.overprint_stroke == stroke && state_.overprint_fill == fill) return;
  const std::string name = assets_.resources.overprint_state(stroke, fill);
  resources_.use(ResourceKind::ext_gstate, name);
  out_.graphics_state(name);
  state_.overprint_stroke = stroke;
  state_.overprint_fill = fill;
}

void Canvas::set_line_width(double width) {
  if (state_.line_width == width) return;
  out_.line_width(width);
  state_.line_width = width;
}

void Canvas::set_dash(const std::vector<double>& dash) {
  if (state_.dash == dash) return;
  out_.dash(dash);
  state_.dash = dash;
}

const EmbeddedFont& Canvas::use_font(draw::FontId font) {
  const EmbeddedFont& embedded = assets_.embedded.at(font);
  resources_.use(ResourceKind::font, embedded.resource_name);
  return embedded;
}

std::string Canvas::use_image(draw::ImageId image) {
  const std::string name = "Im" + std::to_string(image);
  if (!assets_.resources.has(ResourceKind::xobject, name))
    assets_.resources.add(ResourceKind::xobject, name, assets_.images.xobject(image));
  if (assets_.images.has_soft_mask(image)) has_transparency_ = true;
  resources_.use(ResourceKind::xobject, name);
  return name;
}

}  // namespace exporter::pdf
