// libFuzzer target: the PNG and JPEG probes (header, pixel limit, full decode) on any bytes.
#include <cstdint>

#include "fuzz_input_file.hpp"
#include "layout/image_probe.hpp"
#include "util/limits.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const bool limited = [] {
    util::Limits limits;
    limits.image_pixels = 4'000'000;  // keeps each run short; the limit itself is under test too
    util::set_limits(limits);
    return true;
  }();
  (void)limited;
  const auto path = fuzz::write_input("image", data, size);
  util::Diagnostics diagnostics;
  (void)layout::probe_image(path, {"fuzz.xml", 1, 1}, diagnostics);
  return 0;
}
