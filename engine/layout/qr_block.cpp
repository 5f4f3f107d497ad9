// The QR block: modules as one vector path in a swatch, on a light quiet zone, with a caption.
#include "layout/block_builder.hpp"
#include "layout/qr_code.hpp"
#include "util/units.hpp"

namespace layout {

void BlockBuilder::qr_code(const model::QrCode& q, BlockOutput& out, const Measure& measure) {
  auto matrix = encode_qr(q.data, q.error_correction);
  if (!matrix) {
    styles_.diagnostics().error(q.where, "the QR code data is too long to encode (" + std::to_string(q.data.size()) +
                                             " bytes); shorten the URL");
    return;
  }
  double size = q.size;
  if (size > measure.column) size = measure.column;
  const int modules = matrix->size + 2 * QrMatrix::quiet_zone;
  const double m = size / modules;
  const style::QrStyle& qs = styles_.layout().qr_style;

  Box box;
  box.where = q.where;
  if (!qs.background.empty()) {
    draw::Path bg = draw::Path::rectangle({0, 0, size, size});
    bg.fill = styles_.paint(qs.background, q.where);
    box.items.push_back({std::move(bg), false});
  }
  // Horizontal runs of dark modules become one rectangle each: fewer path segments.
  draw::Path modules_path;
  using Op = draw::PathSegment::Op;
  for (int y = 0; y < matrix->size; ++y) {
    for (int x = 0; x < matrix->size;) {
      if (!matrix->dark[static_cast<std::size_t>(y * matrix->size + x)]) {
        ++x;
        continue;
      }
      int end = x;
      while (end < matrix->size && matrix->dark[static_cast<std::size_t>(y * matrix->size + end)]) ++end;
      const double left = (x + QrMatrix::quiet_zone) * m, top = (y + QrMatrix::quiet_zone) * m;
      const double right = (end + QrMatrix::quiet_zone) * m, bottom = top + m;
      modules_path.segments.push_back({Op::move, {{left, top}}});
      modules_path.segments.push_back({Op::line, {{right, top}}});
      modules_path.segments.push_back({Op::line, {{right, bottom}}});
      modules_path.segments.push_back({Op::line, {{left, bottom}}});
      modules_path.segments.push_back({Op::close, {}});
      x = end;
    }
  }
  modules_path.fill = styles_.paint(qs.color, q.where);
  box.items.push_back({std::move(modules_path), false, q.decorative ? draw::artifact : figure_element(q.alt, q.where)});
  double height = size;
  const Tag caption_tag = tag(draw::Role::caption);
  if (!q.caption.empty()) height += draw_text(box, q.caption, "qr-caption", 0, size + 2, measure.column, q.where) + 2;
  box.height = height;
  add_box(out, std::move(box), 6 * styles_.scale(), 6 * styles_.scale());
}

}  // namespace layout
