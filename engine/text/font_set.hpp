#pragma once
// One thread's Pango machinery over the private font configuration: a font map and a context
// set up for print (1 unit = 1 pt, no hinting, unrounded glyph positions), and the mapping from
// Pango's fonts to the display list's font faces.
#include <pango/pango.h>

#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "draw/items.hpp"
#include "text/font_config.hpp"
#include "text/pango_handles.hpp"

namespace text {

struct ResolvedFace {
  draw::FontFace face;
  draw::FontId id = 0;     // index in this font set's face table (see FontSet::face)
  double size = 0;         // em size in points
  bool synthetic = false;  // fontconfig would embolden or slant it: not reproducible in PDF
};

class FontSet {
 public:
  explicit FontSet(const FontConfig& config);
  ~FontSet();
  FontSet(const FontSet&) = delete;
  FontSet& operator=(const FontSet&) = delete;

  PangoContext* context() const { return context_.get(); }
  const FontConfig& config() const { return config_; }
  // The file and face behind a font Pango chose. Cached: fonts are few, runs are many.
  const ResolvedFace& face_of(PangoFont* font);
  // The regular face Pango picks for `family` (e.g. for printer's marks); nullptr if none.
  const ResolvedFace* face_for(const std::string& family);
  // Runs made by text::typeset carry these ids in GlyphRun::font; layout re-interns the face
  // in its draw::Document.
  const draw::FontFace& face(draw::FontId id) const { return face_table_.at(id); }
  // True the first time `key` is seen by this font set: warnings about fonts are given once.
  bool first_report(const std::string& key) { return reported_.insert(key).second; }

 private:
  const FontConfig& config_;
  GObjectHandle<PangoFontMap> font_map_;
  GObjectHandle<PangoContext> context_;
  std::unordered_map<PangoFont*, ResolvedFace> faces_;  // each key holds a reference
  std::vector<draw::FontFace> face_table_;
  std::set<std::string> reported_;
};

}  // namespace text
