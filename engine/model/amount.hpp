#pragma once
// A number of the content: written once, language-neutral, formatted per language by the
// layout (ICU). It is written in place (<num value="…"/>, <fact value="…">) or comes from an
// indicator of the publication's data file (<num ref="…"/>, <fact ref="…">).
#include <string>

namespace model {

struct Amount {
  std::string value;    // a decimal number exactly as written: "11.51", "18500000000"
  int decimals = 0;     // fraction digits printed; with `compact`, at most this many
  std::string unit;     // "%" percent, an ISO 4217 code (currency, "USD"), else words the text gives
  bool compact = false; // style="compact": 18,5 tỷ / 18.5 billion / 185亿
  std::string ref;      // the data file's indicator it came from, empty when written in place
};

}  // namespace model
