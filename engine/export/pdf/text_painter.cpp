#include "export/pdf/text_painter.hpp"

#include <cmath>

#include "export/pdf/pdf_syntax.hpp"
#include "export/pdf/text_clusters.hpp"
#include "util/utf8.hpp"

namespace exporter::pdf {

namespace {

// Baselines closer than this are the same line.
constexpr double same_baseline = 0.0005;
// Glyphs closer than this to where layout put them need no adjustment: a 2400 dpi
// imagesetter's pixel is 0.03 pt. The cursor keeps the true position, so nothing accumulates.
constexpr double position_tolerance = 0.002;

// Follows the text position the viewer will compute from what has been written, so each TJ
// adjustment corrects exactly the difference to where layout put the glyph.
class TextCursor {
 public:
  // `scale`: the run's glyph scaling; text space is that much wider than the page's.
  TextCursor(ContentStream& out, const EmbeddedFont& font, double size, double scale)
      : out_(out), font_(font), size_(size), scale_(scale) {}

  void place(const draw::Glyph& glyph, draw::Point at) {
    if (!positioned_ || std::abs(at.y - y_) > same_baseline) {
      flush();
      out_.text_position(at.x, at.y, scale_);
      x_ = rounded(at.x);
      y_ = rounded(at.y);
      positioned_ = true;
    } else {
      const double adjustment = rounded((x_ - at.x) * 1000 / (size_ * scale_), 2);
      if (std::abs(x_ - at.x) > position_tolerance && adjustment != 0) {
        glyphs_.add_adjustment(adjustment);
        x_ -= adjustment * size_ * scale_ / 1000;
      }
    }
    const EmbeddedGlyph& embedded = font_.subset.glyph(glyph.id);
    glyphs_.add_code(embedded.code);
    x_ += embedded.width * size_ * scale_ / 1000;
  }

  void flush() {
    out_.show(glyphs_);
    glyphs_.clear();
  }
  // After a new BT the text matrix starts over.
  void restart() {
    flush();
    positioned_ = false;
  }

 private:
  ContentStream& out_;
  const EmbeddedFont& font_;
  double size_;
  double scale_;
  GlyphArray glyphs_;
  bool positioned_ = false;
  double x_ = 0, y_ = 0;
};

bool is_one_code_point(const std::string& text) {
  std::size_t pos = 0;
  if (text.empty()) return false;
  util::next_code_point(text, pos);
  return pos == text.size();
}

}  // namespace

bool needs_actual_text(const draw::GlyphRun& run, const draw::Cluster& cluster, const GlyphUsage& usage) {
  if (cluster.text.empty()) return false;  // nothing better to say than the glyphs
  if (cluster.glyph_count != 1 || !is_one_code_point(cluster.text)) return true;
  return usage.text(run.glyphs[cluster.first_glyph].id) != cluster.text;
}

void paint_glyph_run(Canvas& canvas, const draw::GlyphRun& run, const PageSpace& space) {
  if (run.glyphs.empty()) return;
  const EmbeddedFont& font = canvas.use_font(run.font);
  const draw::Paint paint = canvas.text_paint(run);
  const bool overprint = canvas.overprints(run);
  canvas.set_overprint(overprint, overprint);
  canvas.set_fill(paint);

  ContentStream& out = canvas.out();
  out.begin_text();
  out.font(font.resource_name, run.size);
  TextCursor cursor(out, font, run.size, run.horizontal_scale);
  for (const draw::Cluster& cluster : text_clusters(run)) {
    const bool actual_text = needs_actual_text(run, cluster, font.usage);
    bool own_sequence = false;  // tagged: the cluster in a text object and sequence of its own
    if (actual_text) {
      cursor.restart();
      if (canvas.tagged()) {
        out.end_text();
        own_sequence = canvas.begin_actual_text(cluster.text);
        if (!own_sequence) out.begin_actual_text(cluster.text);
        out.begin_text();
        out.font(font.resource_name, run.size);
      } else {
        out.begin_actual_text(cluster.text);
      }
    }
    for (std::uint32_t i = cluster.first_glyph; i < cluster.first_glyph + cluster.glyph_count; ++i)
      cursor.place(run.glyphs[i], space.to_pdf(draw::Point{run.glyphs[i].x, run.glyphs[i].y}));
    if (actual_text) {
      cursor.restart();
      if (canvas.tagged()) {
        out.end_text();
        own_sequence ? canvas.end_actual_text() : out.end_marked_content();
        out.begin_text();
        out.font(font.resource_name, run.size);
      } else {
        out.end_marked_content();
      }
    }
  }
  cursor.flush();
  out.end_text();
}

}  // namespace exporter::pdf
