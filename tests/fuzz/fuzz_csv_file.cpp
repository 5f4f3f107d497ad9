// libFuzzer target: the CSV reader behind <chart data="….csv"> (RFC 4180 quoting, line ends,
// a byte order mark), given any bytes. It must report at file:line:col, never crash or hang.
#include <cstdint>
#include <string_view>

#include "model/csv_file.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  util::Diagnostics diagnostics;
  (void)model::parse_csv(std::string_view(reinterpret_cast<const char*>(data), size), "data.csv", diagnostics);
  return 0;
}
