#pragma once
// Reads and validates a publication XML file (tinyxml2). Every finding goes into `diagnostics`
// with file:line:col; the function never throws for bad input.
#include <filesystem>
#include <optional>

#include "model/publication.hpp"
#include "util/content_root.hpp"
#include "util/diagnostics.hpp"

namespace model {

// nullopt when the file cannot be read or has errors; warnings alone still return the model.
// The file and everything it names (chapters, images) are read only from inside `root`.
std::optional<Publication> read_publication(const std::filesystem::path& file, const util::ContentRoot& root,
                                            util::Diagnostics& diagnostics);
// The same with the file's own folder as the content root.
std::optional<Publication> read_publication(const std::filesystem::path& file,
                                            util::Diagnostics& diagnostics);

// True if the file's root element is <publication> (used to pick publications in a folder).
bool looks_like_publication(const std::filesystem::path& file);

}  // namespace model
