#pragma once
// The translatable texts of a publication, read from its XML files as they are on disk: one
// TextUnit per text-bearing element (an element with <t xml:lang> children), with the byte
// ranges of its <t>s so an import can rewrite exactly those bytes and no others.
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "model/xml_file.hpp"
#include "util/diagnostics.hpp"
#include "xliff/inline_tokens.hpp"

namespace xliff {

// One <t xml:lang="…"> as it stands in the file.
struct TextVersion {
  std::string lang;
  Tokens tokens;
  std::string translated_from;  // the attribute, empty when absent
  std::size_t tag_begin = 0;      // '<' of <t …>
  std::size_t content_begin = 0;  // after the '>' of <t …>
  std::size_t content_end = 0;    // '<' of </t>
  util::SourceLocation where;
};

struct ContentFile;

struct TextUnit {
  // Stable across runs and edits elsewhere: the id of the nearest element that has one, then
  // the path below it by element name and position among same-named siblings:
  // "economy:facts1.fact2.label1". An XLIFF id (NMTOKEN) as it is.
  std::string id;
  std::string element;   // p, h, td, label, …
  std::string context;   // for the translator: "Section “Economy” › key figure › label"
  std::vector<TextVersion> versions;
  std::size_t after_last = 0;  // just after the last </t>: where a new translation goes
  std::string indent;          // what precedes the last <t> on its line, for a new one
  const ContentFile* file = nullptr;
  util::SourceLocation where;

  const TextVersion* in(const std::string& lang) const;
};

struct ContentFile {
  std::unique_ptr<model::xml::XmlFile> xml;
  std::string relative;  // the path from the publication's folder: XLIFF's original="…"
  std::vector<TextUnit> units;
};

struct Content {
  std::filesystem::path publication;
  std::string id;
  std::string source_language;          // source-language="…" on <publication>, default the first of languages="…"
  std::vector<std::string> languages;   // as declared
  std::vector<ContentFile> files;       // the publication first, then its includes

  const ContentFile* file(const std::string& relative) const;
};

// Reads the publication and every file it includes; nullopt with errors in `diagnostics` when
// a file cannot be read or two units would share an id.
std::optional<Content> read_content(const std::filesystem::path& publication, util::Diagnostics& diagnostics);

}  // namespace xliff
