#pragma once
// What to build: publication files named on the command line, or every publication in a folder,
// each with its layout (read once, shared by every language).
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <vector>

#include "model/publication.hpp"
#include "style/layout.hpp"
#include "util/diagnostics.hpp"

namespace cli {

struct Inputs {
  std::vector<model::Publication> publications;
  std::map<std::string, std::unique_ptr<style::Layout>> layouts;  // by layout id
  // The files each publication was read from (itself, includes, data, images), by id.
  std::map<std::string, std::vector<std::filesystem::path>> sources;
  const style::Layout* layout_for(const model::Publication& p) const;
};

// Reads every publication and layout; findings go into `diagnostics`. Publications with errors
// are left out (the caller stops if there are any).
// Each publication reads only from inside `root` (or, without one, its own folder).
Inputs read_inputs(const std::vector<std::filesystem::path>& paths, const std::optional<std::filesystem::path>& root,
                   util::Diagnostics& diagnostics);

}  // namespace cli
