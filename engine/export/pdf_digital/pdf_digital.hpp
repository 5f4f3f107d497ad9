#pragma once
// The digital edition: the engine's PDF writer core under the screen colour policy (RGB, sRGB
// output intent), tagged (PDF/UA-1), with links, bookmarks, page labels and metadata.
#include <filesystem>
#include <string>

#include "draw/document.hpp"

namespace exporter::pdf_digital {

struct Options {
  std::string build_date;  // ISO 8601 date-time for the metadata
  bool spreads = false;    // proof the document's sheets (printer's spreads) instead of its pages
};

// The PDF bytes. Throws util::Failure when a font or image cannot be read.
std::string render(const draw::Document& document, const Options& options);

// render(), written atomically to `target`. Throws util::Failure, located at `target` when
// nothing better is known.
void write(const draw::Document& document, const std::filesystem::path& target, const Options& options);

}  // namespace exporter::pdf_digital
