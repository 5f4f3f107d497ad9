#include "export/pdf/path_painter.hpp"

namespace exporter::pdf {

void paint_path(Canvas& canvas, const draw::Path& path, const PageSpace& space) {
  if (path.segments.empty() || (!path.fill && !path.stroke)) return;
  const bool stroke_overprints = path.stroke && canvas.overprints(path.stroke->paint);
  const bool fill_overprints = path.fill && canvas.overprints(*path.fill);
  // A path that only fills or only strokes decides both flags, so that states are shared.
  canvas.set_overprint(path.stroke ? stroke_overprints : fill_overprints, path.fill ? fill_overprints : stroke_overprints);
  if (path.fill) canvas.set_fill(*path.fill);
  if (path.stroke) {
    canvas.set_stroke(path.stroke->paint);
    canvas.set_line_width(path.stroke->width);
    canvas.set_dash(path.stroke->dash);
  }

  ContentStream& out = canvas.out();
  using Op = draw::PathSegment::Op;
  for (const draw::PathSegment& s : path.segments) {
    switch (s.op) {
      case Op::move: {
        const draw::Point p = space.to_pdf(s.p[0]);
        out.move_to(p.x, p.y);
        break;
      }
      case Op::line: {
        const draw::Point p = space.to_pdf(s.p[0]);
        out.line_to(p.x, p.y);
        break;
      }
      case Op::curve: {
        const draw::Point a = space.to_pdf(s.p[0]), b = space.to_pdf(s.p[1]), c = space.to_pdf(s.p[2]);
        out.curve_to(a.x, a.y, b.x, b.y, c.x, c.y);
        break;
      }
      case Op::close:
        out.close_path();
        break;
    }
  }
  if (path.fill && path.stroke) out.fill_and_stroke();
  else if (path.fill) out.fill();
  else out.stroke();
}

}  // namespace exporter::pdf
