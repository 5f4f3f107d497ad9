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
      // error_code everywhere: a symbolic link loop or a vanished file is skipped, not thrown.
      for (auto it = fs::directory_iterator(path, ec); !ec && it != fs::directory_iterator(); it.increment(ec)) {
        std::error_code entry_ec;
        if (it->path().extension() == ".xml" && it->is_regular_file(entry_ec) &&
            model::looks_like_publication(it->path()))
          found.push_back(it->path());
      }
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

Inputs read_inputs(const std::vector<std::filesystem::path>& paths, const std::optional<std::filesystem::path>& root,
                   util::Diagnostics& diagnostics) {
  Inputs inputs;
  for (const auto& file : publication_files(paths, diagnostics)) {
    std::string why;
    auto content_root = util::ContentRoot::at(root ? *root : file.parent_path(), why);
    if (!content_root) {
      diagnostics.error({file.string()}, why);
      continue;
    }
    auto publication = model::read_publication(file, *content_root, diagnostics);
    if (!publication) continue;
    // Two publications with one id would write into one folder, the second over the first.
    auto same = std::find_if(inputs.publications.begin(), inputs.publications.end(),
                             [&](const model::Publication& p) { return p.id == publication->id; });
    if (same != inputs.publications.end()) {
      diagnostics.error(publication->where, "a second publication with the id \"" + publication->id +
                                                "\" (the first is " + same->where.str() +
                                                "); both would write into the same output folder, so give each "
                                                "its own id");
      continue;
    }
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
    inputs.sources[publication->id] = content_root->named_files();
    inputs.publications.push_back(std::move(*publication));
  }
  return inputs;
}

}  // namespace cli
