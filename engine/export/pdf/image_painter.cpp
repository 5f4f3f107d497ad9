#include "export/pdf/image_painter.hpp"

namespace exporter::pdf {

void paint_image(Canvas& canvas, const draw::ImagePlacement& placement, const PageSpace& space) {
  const draw::Rect& r = placement.rect;
  if (r.empty()) return;
  const std::string name = canvas.use_image(placement.image);
  canvas.set_overprint(false, false);  // a photo knocks out what lies below it
  // An image fills the unit square; the matrix stretches it over the rectangle, whose lower
  // left corner in PDF space is the draw rectangle's bottom left.
  const draw::Point lower_left = space.to_pdf(draw::Point{r.left(), r.bottom()});
  canvas.save();
  canvas.out().concat(r.width, 0, 0, r.height, lower_left.x, lower_left.y);
  canvas.out().draw_xobject(name);
  canvas.restore();
}

}  // namespace exporter::pdf
