// libFuzzer target: the publication reader (markup scan, XML parse, model reading), given any
// bytes as a publication file. It must report, never crash, hang or read outside its folder.
#include <cstdint>

#include "fuzz_input_file.hpp"
#include "model/reader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const auto path = fuzz::write_input("publication.xml", data, size);
  util::Diagnostics diagnostics;
  (void)model::read_publication(path, diagnostics);
  return 0;
}
