#pragma once
// Documents for the print writer's tests, built with test_support (real glyphs from Debian's
// Noto fonts) and images written here with libpng and libjpeg.
#include <filesystem>
#include <string>
#include <vector>

#include "draw/document.hpp"
#include "sample_document.hpp"

namespace print_samples {

namespace fs = std::filesystem;

// BROCHURE_TEST_SCRATCH/pdf_print/<name>/, emptied and created.
fs::path scratch(const std::string& name);

// A w × h RGBA PNG: a colour gradient, transparent in its left quarter.
void write_png(const fs::path& file, int width, int height);
// A JPEG with 1, 3 or 4 components; CMYK is written inverted with an Adobe marker, as
// Photoshop does. The colour is uniform: `value` (0..255) in every component.
void write_jpeg(const fs::path& file, int width, int height, int components, int value);

struct TextLine {
  std::string text;
  std::string language;
  draw::Rect ink;  // the run's ink rectangle on the page
};

struct MultilingualSample {
  draw::Document document;
  std::vector<TextLine> black_lines;  // body text in 100 % K, overprinting
  draw::Rect bleeding_band;           // a "sea" band across the top, into the bleed
  draw::Rect rule;                    // a 0.5 pt rule
};

// One A4 page: a bleeding colour band, a heading, body text in vi, en (with an "ffi"
// ligature), ru, zh, ja and ko, a rule, a PNG with alpha and RGB, gray and CMYK JPEGs.
MultilingualSample multilingual_sample(const fs::path& image_folder);

// `count` A4 pages of body text in English and Vietnamese.
draw::Document body_text_document(int count);

// Two A5 pages placed side by side on an A4 landscape sheet, with a fold between them.
draw::Document folded_sheet_document();

}  // namespace print_samples
