#pragma once
// What reading one publication keeps across its main file and the files it includes.
#include <filesystem>
#include <string>
#include <vector>

#include "model/cross_references.hpp"
#include "model/data_set.hpp"
#include "util/content_root.hpp"
#include "util/diagnostics.hpp"

namespace model {

struct Reading {
  Reading(util::Diagnostics& diagnostics, const util::ContentRoot& root) : diagnostics(diagnostics), root(root) {}

  util::Diagnostics& diagnostics;
  const util::ContentRoot& root;  // every file the publication names is opened through it
  std::vector<std::string> languages;
  // False when `languages` is missing or broken: texts are then not checked against it, which
  // would only repeat that one mistake at every text.
  bool languages_known = false;
  CrossReferences references;
  // The publication's data file, when it names one: what <num ref> and <fact ref> refer to.
  const DataSet* data = nullptr;
  // The files being read, the publication first: an include of any of them is a cycle.
  struct OpenFile {
    std::filesystem::path identity;  // see file_identity
    std::string name;                // as messages show it
  };
  std::vector<OpenFile> include_chain;
};

// The same path for every way of writing a file's name ("a/../b.xml", "./b.xml", a link).
std::filesystem::path file_identity(const std::filesystem::path& path);

}  // namespace model
