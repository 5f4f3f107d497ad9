#pragma once
// The digital edition: Cairo's PDF surface, RGB, links, bookmarks, page labels and metadata.
#include <filesystem>
#include <string>

#include "draw/document.hpp"

namespace exporter::pdf_digital {

struct Options {
  std::string build_date;  // ISO 8601 date-time for the metadata
  bool spreads = false;    // proof the document's sheets (printer's spreads) instead of its pages
};

// Writes atomically to `target`. Throws util::Failure when a font or image cannot be read.
void write(const draw::Document& document, const std::filesystem::path& target, const Options& options);

}  // namespace exporter::pdf_digital
