// libFuzzer target: the data file reader (figures.xml: <source>s and <indicator>s with numbers
// in many spellings), given any bytes. It must report, never crash or hang.
#include <cstdint>
#include <string>

#include "model/data_file.hpp"
#include "model/xml_file.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  util::Diagnostics diagnostics;
  auto file = model::xml::XmlFile::from_bytes("figures.xml", std::string(reinterpret_cast<const char*>(data), size),
                                              diagnostics);
  if (file) (void)model::read_data_file(*file, diagnostics);
  return 0;
}
