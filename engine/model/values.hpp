#pragma once
// The syntax of attribute and element values in content files. Each check matches the pattern
// of the same value in content/schema/publication.rng, so the engine and a planner's editor
// agree on what is valid.
#include <optional>
#include <string_view>
#include <vector>

namespace model::values {

// A BCP 47 language tag in the shape we accept: "vi", "en", "zh-Hans", "pt-BR".
bool is_language_tag(std::string_view text);

// Ids, panel names, layout names: an ASCII letter or '_', then letters, digits, '-', '_', '.'.
// They end up in file names and PDF destinations, so nothing more exotic.
bool is_name(std::string_view text);

// "-12.5", "45332": a decimal number without exponent, grouping or a leading '+'.
std::optional<double> parse_decimal(std::string_view text);
// "3", "-1": a whole number that fits an int.
std::optional<int> parse_integer(std::string_view text);

// YYYY-MM-DD, a real day of the Gregorian calendar.
bool is_date(std::string_view text);

// A positive length with its unit: "25mm", "1.5in", "2cm", "12pt".
bool is_length(std::string_view text);
// A table column width: a length, a share of the rest ("2*") or "auto".
bool is_column_width(std::string_view text);

enum class LinkTarget { web, mail, internal, invalid };
// http(s)://… and mailto:… leave the publication; "#id" points into it.
LinkTarget classify_href(std::string_view href);

// Splits on XML white space (the `languages` list).
std::vector<std::string_view> split_words(std::string_view text);

bool is_xml_space(char c);

}  // namespace model::values
