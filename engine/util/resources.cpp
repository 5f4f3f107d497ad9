#include "util/resources.hpp"

#include <cstdlib>
#include <system_error>

namespace util {

std::optional<std::filesystem::path> find_resource(const std::filesystem::path& start,
                                                   const std::filesystem::path& relative) {
  namespace fs = std::filesystem;
  std::error_code ec;
  // A bare file name's folder is empty: that is the current folder.
  fs::path dir = fs::absolute(start.empty() ? fs::path(".") : start, ec).lexically_normal();
  if (!ec && !fs::is_directory(dir, ec)) dir = dir.parent_path();
  while (!ec && !dir.empty()) {
    if (fs::exists(dir / relative, ec)) return dir / relative;
    if (dir == dir.root_path()) break;
    dir = dir.parent_path();
  }
  if (const char* home = std::getenv("BROCHURE_HOME"); home && *home) {
    if (fs::exists(fs::path(home) / relative, ec)) return fs::path(home) / relative;
  }
  fs::path built_from = BROCHURE_SOURCE_DIR;
  if (fs::exists(built_from / relative, ec)) return built_from / relative;
  return std::nullopt;
}

}  // namespace util
