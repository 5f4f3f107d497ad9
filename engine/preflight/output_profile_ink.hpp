#pragma once
// The total ink a CMYK output profile separates its darkest colours into: its ink limit, as the
// profile applies it rather than as a tag claims it (ICC has no standard tag for it).
#include <filesystem>
#include <optional>

namespace preflight {

// The most ink (1.0 = 100 %) the profile's relative-colorimetric separation gives any colour of
// a grid over the dark end of Lab; nullopt when the file is not a CMYK output profile lcms2 reads.
std::optional<double> output_profile_max_ink(const std::filesystem::path& icc);

}  // namespace preflight
