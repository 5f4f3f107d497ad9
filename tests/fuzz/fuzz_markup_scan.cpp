// libFuzzer target: the markup scanner alone (what tinyxml2 does not report), on any bytes.
#include <cstdint>
#include <string_view>

#include "model/markup_scan.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  (void)model::xml::scan_markup(text);
  (void)model::xml::root_element_name(text);
  return 0;
}
