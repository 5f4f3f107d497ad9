#include "text/number_format.hpp"

#include <cmath>
#include <cstdio>

namespace text {

std::string format_number(double value, int decimals, const NumberFormat& format) {
  char digits[64];
  std::snprintf(digits, sizeof digits, "%.*f", decimals < 0 ? 0 : decimals, std::fabs(value));
  std::string text = digits;
  std::string integer = text.substr(0, text.find('.'));
  std::string fraction = text.find('.') == std::string::npos ? "" : text.substr(text.find('.') + 1);

  std::string group = format.group_separator == " " ? "\u00A0" : format.group_separator;
  std::string grouped;
  for (std::size_t i = 0; i < integer.size(); ++i) {
    if (i > 0 && (integer.size() - i) % 3 == 0) grouped += group;
    grouped += integer[i];
  }
  std::string out = (value < 0 && std::fabs(value) >= 0.5 * std::pow(10.0, -decimals)) ? "\u2212" : "";
  out += grouped;
  if (!fraction.empty()) out += format.decimal_separator + fraction;
  return out;
}

}  // namespace text
