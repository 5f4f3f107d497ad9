#pragma once
// The private fontconfig configuration (fonts/fonts.conf): the only fonts a build may use.
#include <filesystem>
#include <memory>
#include <optional>
#include <set>
#include <string>

#include "util/diagnostics.hpp"

typedef struct _FcConfig FcConfig;

namespace text {

class FontConfig {
 public:
  // Parses `conf` and scans its fonts. nullopt (with a diagnostic) when it cannot be loaded
  // or accepts no font at all.
  static std::optional<FontConfig> load(const std::filesystem::path& conf, util::Diagnostics& diagnostics);

  FcConfig* get() const { return config_.get(); }
  const std::set<std::string>& families() const { return families_; }
  bool has_family(const std::string& family) const { return families_.count(family) > 0; }

 private:
  std::shared_ptr<FcConfig> config_;  // shared: each thread's font map references it
  std::set<std::string> families_;
};

}  // namespace text
