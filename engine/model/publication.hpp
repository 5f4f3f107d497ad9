#pragma once
// A publication: one source for every language and edition.
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "model/blocks.hpp"
#include "model/data_set.hpp"

namespace model {

// An infographic is one tall page of panels for screens and social media (its PNG is the main
// product), read like a flyer.
enum class Kind { handbook, leaflet, flyer, infographic };

struct Meta {
  Text title, subtitle, publisher, subject, keywords;
  std::string date;  // edition date, ISO 8601 ("2026-01-15")
  SourceLocation where;
};

// The outside front cover of a handbook: title, subtitle, publisher and year from Meta, with an
// optional picture and tagline.
struct Cover {
  std::optional<std::filesystem::path> image;
  Text tagline;
  SourceLocation where;
};

// Content for one named panel or frame of a leaflet or flyer layout.
struct Panel {
  std::string name;
  std::vector<Block> blocks;
  SourceLocation where;
};

struct Publication {
  std::string id;
  Kind kind = Kind::handbook;
  std::string layout;                  // layout id: layouts/<layout>.xml
  std::vector<std::string> languages;  // in the order declared
  Meta meta;

  // Handbook
  std::optional<Cover> cover;       // outside front cover
  std::vector<Block> inside_front;  // inside front cover
  std::vector<Block> body;          // sections, contents
  std::vector<Block> inside_back;   // inside back cover
  std::vector<Block> back_cover;    // outside back cover

  // Leaflet, flyer and infographic
  std::vector<Panel> panels;

  // The figures of data="…", when the publication names a data file.
  std::shared_ptr<const DataSet> data;

  std::filesystem::path file;
  SourceLocation where;

  bool declares(std::string_view lang) const;
};

const char* kind_name(Kind kind);

}  // namespace model
