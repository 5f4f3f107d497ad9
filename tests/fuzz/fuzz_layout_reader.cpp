// libFuzzer target: the layout reader (styles, masters, swatches, languages) on any bytes as a
// layout file.
#include <cstdint>

#include "fuzz_input_file.hpp"
#include "style/reader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const auto path = fuzz::write_input("fuzz-layout.xml", data, size);
  util::Diagnostics diagnostics;
  (void)style::read_layout(path, diagnostics);
  return 0;
}
