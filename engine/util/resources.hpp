#pragma once
// Finding the engine's own data (layouts/, fonts/) without installing anything: look upwards
// from the content file for the folder, then in the source tree the binary was built from.
#include <filesystem>
#include <optional>

namespace util {

// First existing `start/relative`, `start/../relative`, … up to the root; then
// `$BROCHURE_HOME/relative`, then `<source dir>/relative`.
std::optional<std::filesystem::path> find_resource(const std::filesystem::path& start,
                                                   const std::filesystem::path& relative);

}  // namespace util
