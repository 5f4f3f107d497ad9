#pragma once
// The engine's own font configuration (fonts/fonts.conf), loaded once per test executable.
#include <stdexcept>

#include "text/font_config.hpp"

namespace test_support {

inline const text::FontConfig& engine_fonts() {
  static const text::FontConfig config = [] {
    util::Diagnostics diagnostics;
    auto loaded = text::FontConfig::load(BROCHURE_SOURCE_DIR "/fonts/fonts.conf", diagnostics);
    if (!loaded) throw std::runtime_error("fonts/fonts.conf did not load");
    return *loaded;
  }();
  return config;
}

}  // namespace test_support
