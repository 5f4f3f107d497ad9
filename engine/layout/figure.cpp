// Figures: an image scaled to the column, the page or a given width, with its numbered caption
// kept on the same page.
#include <algorithm>

#include "layout/block_builder.hpp"
#include "layout/image_probe.hpp"
#include "util/units.hpp"

namespace layout {

void BlockBuilder::figure(const model::Figure& f, BlockOutput& out, const Measure& measure) {
  auto image = probe_image(f.src, f.where, styles_.diagnostics());
  ++figure_count_;
  if (!image) return;

  bool spans = false;
  double width = measure.column;
  if (f.width.kind == model::Extent::Kind::page) {
    spans = measure.full > measure.column + 0.5;
    width = measure.full;
  } else if (f.width.kind == model::Extent::Kind::length) {
    width = f.width.points;
    if (width > measure.column + 0.5) {
      spans = width <= measure.full + 0.5;
      width = std::min(width, measure.full);
    }
  }
  double height = width * image->height_px / image->width_px;
  // A figure taller than most of the frame is scaled down and centred, leaving room for a caption.
  const double max_height = measure.height * 0.75;
  double x = 0;
  const double slot = width;
  if (max_height > 0 && height > max_height) {
    width *= max_height / height;
    height = max_height;
    x = (slot - width) / 2;
  }

  Box box;
  box.where = f.where;
  box.spans_columns = spans;
  box.floats = !spans;
  const draw::ImageId id = styles_.document().intern_image(*image);
  draw::Item picture;
  picture.content = draw::ImagePlacement{id, {x, 0, width, height}};
  // A decorative picture is an artifact; any other is a Figure whose alternative text the
  // digital edition requires (an empty one is reported there, at this line).
  if (!f.decorative) picture.element = figure_element(f.alt, f.where);
  box.items.push_back(std::move(picture));
  if (!f.id.empty()) box.anchors.push_back({f.id, 0});
  add_captioned_figure(out, std::move(box), height, slot, f.caption, f.where);
}

}  // namespace layout
