#pragma once
// Reading a fixture publication with the real layout and fonts, for the layout tests.
#include <stdexcept>
#include <string>

#include "engine_fonts.hpp"
#include "model/reader.hpp"
#include "style/reader.hpp"
#include "text/font_config.hpp"
#include "text/font_set.hpp"

namespace layout_test {

inline const text::FontConfig& font_config() { return test_support::engine_fonts(); }

inline model::Publication publication(const std::string& fixture) {
  util::Diagnostics diagnostics;
  auto p = model::read_publication(std::string(BROCHURE_FIXTURES) + "/" + fixture, diagnostics);
  if (!p) throw std::runtime_error(fixture + " did not read: " + (diagnostics.empty() ? "" : diagnostics.all()[0].str()));
  return *p;
}

inline const style::Layout& handbook_layout() {
  static const style::Layout layout = [] {
    util::Diagnostics diagnostics;
    auto l = style::read_layout(BROCHURE_SOURCE_DIR "/layouts/handbook-a4.xml", diagnostics);
    if (!l) throw std::runtime_error("layouts/handbook-a4.xml did not read");
    return *l;
  }();
  return layout;
}

}  // namespace layout_test
