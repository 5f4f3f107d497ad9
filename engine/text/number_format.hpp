#pragma once
// Numbers written once in the source, printed in each language's convention:
// 1.234,5 (vi), 1,234.5 (en, zh, ja, ko), 1 234,5 (ru, with a no-break space).
#include <string>

namespace text {

struct NumberFormat {
  std::string decimal_separator = ".";
  std::string group_separator = ",";  // a plain space is printed as U+00A0 so numbers never break
};

std::string format_number(double value, int decimals, const NumberFormat& format);

}  // namespace text
