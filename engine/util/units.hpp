#pragma once
// Lengths. The engine works in PostScript points (1/72 in); layouts may write mm, cm, in or pt.
#include <optional>
#include <string>
#include <string_view>

namespace util {

constexpr double points_per_mm = 72.0 / 25.4;
constexpr double mm(double v) { return v * points_per_mm; }
constexpr double to_mm(double points) { return points / points_per_mm; }

// How messages show a length of geometry: "97.00 mm".
std::string mm_text(double points);

// "12pt", "3mm", "0.5in", "1.2cm" or a bare number (points). nullopt when malformed.
std::optional<double> parse_length(std::string_view text);

}  // namespace util
