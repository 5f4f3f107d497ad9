#pragma once
// Reads and validates a publication XML file (tinyxml2). Every finding goes into `diagnostics`
// with file:line:col; the function never throws for bad input.
#include <filesystem>
#include <optional>

#include "model/publication.hpp"
#include "util/diagnostics.hpp"

namespace model {

// nullopt when the file cannot be read or has errors; warnings alone still return the model.
std::optional<Publication> read_publication(const std::filesystem::path& file,
                                            util::Diagnostics& diagnostics);

// True if the file's root element is <publication> (used to pick publications in a folder).
bool looks_like_publication(const std::filesystem::path& file);

}  // namespace model
