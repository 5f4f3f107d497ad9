#pragma once
// A file a content file names (its data file), resolved beside it and kept inside its folder:
// an absolute path or a ".." that climbs out is refused, so a publication handed in by someone
// else cannot make the engine read /etc/passwd. One small function, to be replaced by the
// engine's confined file opening (util) when that exists.
#include <filesystem>
#include <optional>
#include <string>

namespace model {

// `name` resolved against `folder`; nullopt with `why` set when it leaves the folder.
std::optional<std::filesystem::path> resolve_inside(const std::filesystem::path& folder, const std::string& name,
                                                    std::string& why);

}  // namespace model
