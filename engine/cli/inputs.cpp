#include "cli/inputs.hpp"

#include <algorithm>

#include "model/reader.hpp"
#include "style/reader.hpp"
#include "util/resources.hpp"

namespace cli {

const style::Layout* Inputs::layout_for(const model::Publication& p) const {
  auto it = layouts.find(p.layout);
  return it == layouts.end() ? nullptr : it->second.get();
}

static std::vector<std::filesystem::path> publication_files(const std::vector<std::filesystem::path>& paths,
                                                            util::Diagnostics& diagnostics) {
  namespace fs = std::filesystem;
  std::vector<fs::path> files;
  for (const auto& path : paths) {
    std::error_code ec;
    if (fs::is_directory(path, ec)) {
      std::vector<fs::path> found;
      for (const auto& entry : fs::directory_iterator(path, ec))
        if (entry.is_regular_file() && entry.path().extension() == ".xml" && model::looks_like_publication(entry.path()))
          found.push_back(entry.path());
      std::sort(found.begin(), found.end());
      if (found.empty())
        diagnostics.error({path.string()}, "no publication here: no *.xml file in this folder has a <publication> root");
      files.insert(files.end(), found.begin(), found.end());
    } else if (fs::is_regular_file(path, ec)) {
      files.push_back(path);
    } else {
      diagnostics.error({path.string()}, "no such file or folder");
    }
  }
  return files;
}

Inputs read_inputs(const std::vector<std::filesystem::path>& paths, util::Diagnostics& diagnostics) {
  Inputs inputs;
  for (const auto& file : publication_files(paths, diagnostics)) {
    auto publication = model::read_publication(file, diagnostics);
    if (!publication) continue;
    if (!inputs.layouts.count(publication->layout)) {
      auto layout_file = util::find_resource(file.parent_path(), std::filesystem::path("layouts") / (publication->layout + ".xml"));
      if (!layout_file) {
        diagnostics.error(publication->where, "layout \"" + publication->layout + "\" not found: looked for layouts/" +
                                                  publication->layout + ".xml above " + file.parent_path().string() +
                                                  " and in the engine's own folder");
        continue;
      }
      auto layout = style::read_layout(*layout_file, diagnostics);
      if (!layout) continue;
      inputs.layouts[publication->layout] = std::make_unique<style::Layout>(std::move(*layout));
    }
    inputs.publications.push_back(std::move(*publication));
  }
  return inputs;
}

}  // namespace cli
