#include "model/confined_path.hpp"

namespace model {

std::optional<std::filesystem::path> resolve_inside(const std::filesystem::path& folder, const std::string& name,
                                                    std::string& why) {
  const std::filesystem::path relative(name);
  if (name.empty() || relative.is_absolute() || relative.has_root_name() || relative.has_root_directory()) {
    why = "an absolute path; name a file beside the publication, like \"figures.xml\"";
    return std::nullopt;
  }
  int depth = 0;
  for (const auto& part : relative.lexically_normal()) {
    if (part == "..") --depth;
    else if (part != "." && !part.empty()) ++depth;
    if (depth < 0) {
      why = "outside the publication's folder; keep the file in it or below it";
      return std::nullopt;
    }
  }
  return folder / relative;
}

}  // namespace model
