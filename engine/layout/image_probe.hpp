#pragma once
// Reads an image file (size, colour model, alpha) with libpng or libjpeg-turbo, so layout can
// scale it and exporters know what they embed. The whole image is decoded once, so that missing,
// truncated and unreadable files are all errors at the source line that named them.
#include <filesystem>
#include <optional>

#include "draw/document.hpp"
#include "util/diagnostics.hpp"

namespace layout {

std::optional<draw::ImageResource> probe_image(const std::filesystem::path& file, const util::SourceLocation& where,
                                               util::Diagnostics& diagnostics);

}  // namespace layout
