#pragma once
// One XML file of a publication, loaded for reading: its bytes checked as UTF-8, scanned for
// what tinyxml2 does not report, then parsed. It knows where each of its nodes is.
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>

#include <tinyxml2.h>

#include "model/markup_scan.hpp"
#include "util/diagnostics.hpp"

namespace model::xml {

class XmlFile {
 public:
  // nullptr when the file cannot be read or is not well-formed XML; the reasons go to
  // `diagnostics`. Messages name the file as `path` is written.
  static std::unique_ptr<XmlFile> load(const std::filesystem::path& path,
                                       util::Diagnostics& diagnostics);
  // The same for bytes already read (through a util::ContentRoot); `path` names them.
  static std::unique_ptr<XmlFile> from_bytes(const std::filesystem::path& path, std::string bytes,
                                             util::Diagnostics& diagnostics);

  XmlFile(const XmlFile&) = delete;
  XmlFile& operator=(const XmlFile&) = delete;

  const std::filesystem::path& path() const { return path_; }
  const std::string& name() const { return name_; }
  // Relative references in this file (images, includes) resolve against this folder.
  std::filesystem::path folder() const { return path_.parent_path(); }
  const tinyxml2::XMLElement& root() const { return *document_.RootElement(); }
  // The file as read, and where an element's start tag begins in it (its '<'): for tools that
  // rewrite one element and must leave every other byte as it was (xliff import).
  std::string_view bytes() const { return bytes_; }
  std::size_t offset(const tinyxml2::XMLElement& element) const;

  util::SourceLocation at(const tinyxml2::XMLNode& node) const;
  util::SourceLocation at(const tinyxml2::XMLElement& element, std::string_view attribute) const;

 private:
  explicit XmlFile(const std::filesystem::path& path);
  bool parse(util::Diagnostics& diagnostics);
  void attach_positions();

  std::filesystem::path path_;
  std::string name_;
  std::string bytes_;
  MarkupScan scan_;  // refers to bytes_; each element's user data points at its StartTag
  tinyxml2::XMLDocument document_{true, tinyxml2::PRESERVE_WHITESPACE};
};

}  // namespace model::xml
