#pragma once
// The publication's figures, kept once in a data file (<data>) and referenced from the text
// (<num ref="…"/>) and the key-figure tiles (<fact ref="…">), so next year's edition changes a
// figure in one place for every language.
#include <filesystem>
#include <string>
#include <vector>

#include "model/amount.hpp"
#include "util/source_location.hpp"

namespace model {

// <source id="S18" href="https://…">Việt Nam News, 10 Jul 2025</source>
struct DataSource {
  std::string id;
  std::string href;
  std::string title;
  util::SourceLocation where;
};

// <indicator id="grdp-growth-2025h1" value="11.51" unit="%" decimals="2" date="2025-06" source="S18"/>
struct Indicator {
  std::string id;
  Amount amount;                     // value, decimals, unit; `ref` is the indicator's id
  std::string date;                  // what the figure describes: YYYY, YYYY-MM or YYYY-MM-DD
  std::vector<std::string> sources;  // ids of DataSources
  std::string note;                  // for the people who update it
  util::SourceLocation where;
};

struct DataSet {
  std::filesystem::path file;
  std::vector<DataSource> sources;
  std::vector<Indicator> indicators;

  const Indicator* find(std::string_view id) const;
  std::vector<std::string> ids() const;
};

}  // namespace model
