#pragma once
// `brochure watch PATH…`: build, then wait for an input to be saved (inotify on the folders of
// the files the build read), say which changed, and build again. Each build is an ordinary
// incremental build: only the jobs the change concerns are made again (see build_manifest.hpp).
// Stops on SIGINT/SIGTERM with 130/143.
#include <filesystem>
#include <functional>
#include <set>

namespace cli {

// Runs one build and fills `inputs` with the files it read (publications, includes, data,
// images, layouts, font configuration).
using WatchedBuild = std::function<void(std::set<std::filesystem::path>& inputs)>;

int watch(const WatchedBuild& build);

}  // namespace cli
