#include "draw/dump.hpp"

#include <cstdio>
#include <sstream>

namespace draw {
namespace {

std::string num(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f", v);
  std::string s = buf;
  if (s == "-0.00") s = "0.00";
  return s;
}

std::string rect(const Rect& r) {
  return num(r.x) + "," + num(r.y) + " " + num(r.width) + "x" + num(r.height);
}

std::string quoted(const std::string& s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') out += '\\';
    if (c == '\n') { out += "\\n"; continue; }
    out += c;
  }
  return out + "\"";
}

std::string paint(const Document& d, const Paint& p) {
  std::string s = p.swatch < d.swatches.size() ? d.swatches[p.swatch].name : "#" + std::to_string(p.swatch);
  if (p.tint != 1.0) s += "@" + num(p.tint);
  return s;
}

void dump_item(std::ostringstream& out, const Document& d, const Item& item, const DumpOptions& o) {
  const char* bleed = item.bleeds ? " bleeds" : "";
  if (auto* run = std::get_if<GlyphRun>(&item.content)) {
    std::string text;
    for (const auto& c : run->clusters) text += c.text;
    Point origin = run->glyphs.empty() ? Point{} : Point{run->glyphs[0].x, run->glyphs[0].y};
    out << "  run font=" << run->font << " size=" << num(run->size) << " fill=" << paint(d, run->fill)
        << " lang=" << run->language;
    if (run->horizontal_scale != 1) out << " scale=" << num(run->horizontal_scale);
    out << " at " << num(origin.x) << "," << num(origin.y)
        << " glyphs=" << run->glyphs.size() << bleed << " text=" << quoted(text) << "\n";
    if (o.glyphs)
      for (const auto& g : run->glyphs)
        out << "    glyph " << g.id << " " << num(g.x) << "," << num(g.y) << " +" << num(g.advance) << "\n";
  } else if (auto* path = std::get_if<Path>(&item.content)) {
    out << "  path";
    if (path->fill) out << " fill=" << paint(d, *path->fill);
    if (path->stroke) {
      out << " stroke=" << paint(d, path->stroke->paint) << " width=" << num(path->stroke->width);
      if (!path->stroke->dash.empty()) out << " dashed";
    }
    out << " segments=" << path->segments.size() << " bounds " << rect(path->bounds()) << bleed << "\n";
  } else if (auto* image = std::get_if<ImagePlacement>(&item.content)) {
    out << "  image " << image->image << " " << rect(image->rect) << bleed << "\n";
  }
}

}  // namespace

std::string dump(const Document& d, DumpOptions o) {
  std::ostringstream out;
  out << "document " << d.meta.publication_id << " edition=" << d.meta.edition
      << " lang=" << d.meta.language << " pages=" << d.pages.size() << "\n";
  out << "meta title=" << quoted(d.meta.title) << " date=" << d.meta.date << "\n";
  for (std::size_t i = 0; i < d.swatches.size(); ++i) {
    const auto& s = d.swatches[i];
    out << "swatch " << i << " " << s.name << " cmyk=" << num(s.cmyk.c) << "," << num(s.cmyk.m) << ","
        << num(s.cmyk.y) << "," << num(s.cmyk.k) << " rgb=" << num(s.rgb.r) << "," << num(s.rgb.g) << ","
        << num(s.rgb.b) << (s.overprint ? " overprint" : "") << (s.registration ? " registration" : "")
        << "\n";
  }
  for (std::size_t i = 0; i < d.fonts.size(); ++i)
    out << "font " << i << " " << quoted(d.fonts[i].family) << " " << d.fonts[i].file.filename().string()
        << "#" << d.fonts[i].index << "\n";
  for (std::size_t i = 0; i < d.images.size(); ++i) {
    const auto& im = d.images[i];
    out << "image " << i << " " << im.file.filename().string() << " "
        << (im.format == ImageFormat::jpeg ? "jpeg" : "png") << " " << im.width_px << "x" << im.height_px
        << "\n";
  }
  for (std::size_t i = 0; i < d.pages.size(); ++i) {
    const auto& p = d.pages[i];
    out << "page " << i + 1 << " " << p.name << " label=" << quoted(p.label) << " size=" << num(p.width)
        << "x" << num(p.height) << " bleed=" << num(p.bleed) << "\n";
    for (const auto& f : p.frames) out << "  frame " << f.name << " " << f.kind << " " << rect(f.rect) << "\n";
    for (const auto& f : p.folds) out << "  fold x=" << num(f.x) << "\n";
    for (const auto& item : p.items) dump_item(out, d, item, o);
    for (const auto& l : p.links) {
      out << "  link " << rect(l.area);
      if (l.target_page) out << " -> page " << *l.target_page + 1 << " y=" << num(l.target_y);
      else out << " -> " << l.uri;
      out << "\n";
    }
  }
  for (const auto& s : d.sheets) {
    out << "sheet " << s.name << " size=" << num(s.width) << "x" << num(s.height) << " bleed=" << num(s.bleed) << "\n";
    for (const auto& pl : s.placements)
      out << "  place page " << pl.page + 1 << " at " << num(pl.origin.x) << "," << num(pl.origin.y) << "\n";
    for (const auto& f : s.folds) out << "  fold x=" << num(f.x) << "\n";
  }
  for (const auto& e : d.outline)
    out << "outline " << e.level << " " << quoted(e.title) << " page=" << e.page + 1 << " y=" << num(e.y) << "\n";
  return out.str();
}

}  // namespace draw
