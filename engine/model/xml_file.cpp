#include "model/xml_file.hpp"

#include <cstdio>
#include <fstream>
#include <iterator>
#include <optional>

#include "util/utf8.hpp"

namespace model::xml {
namespace fs = std::filesystem;

namespace {

// The whole file, or nullopt with the reason in `why`.
std::optional<std::string> read_bytes(const fs::path& path, std::string& why) {
  std::error_code ec;
  if (!fs::exists(path, ec)) {
    why = "no such file";
    return std::nullopt;
  }
  if (fs::is_directory(path, ec)) {
    why = "this is a folder, not a file";
    return std::nullopt;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    why = "the file cannot be opened (check its permissions)";
    return std::nullopt;
  }
  std::string bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  if (in.bad()) {
    why = "reading the file failed";
    return std::nullopt;
  }
  return bytes;
}

std::string hex_byte(unsigned char byte) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "0x%02X", byte);
  return buf;
}

}  // namespace

XmlFile::XmlFile(const fs::path& path) : path_(path), name_(path.string()) {}

std::unique_ptr<XmlFile> XmlFile::load(const fs::path& path, util::Diagnostics& diagnostics) {
  std::unique_ptr<XmlFile> file(new XmlFile(path));
  std::string why;
  auto bytes = read_bytes(path, why);
  if (!bytes) {
    diagnostics.error({file->name_, 0, 0}, "cannot read " + file->name_ + ": " + why);
    return nullptr;
  }
  file->bytes_ = std::move(*bytes);
  if (!file->parse(diagnostics)) return nullptr;
  return file;
}

bool XmlFile::parse(util::Diagnostics& diagnostics) {
  if (auto bad = util::find_invalid_utf8(bytes_)) {
    // Editors count characters, the checker counts bytes; the line up to the bad byte is valid.
    std::string_view before(bytes_.data() + bad->offset - (bad->column - 1), bad->column - 1);
    int column = 1;
    for (char c : before)
      if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++column;
    diagnostics.error({name_, bad->line, column},
                      "the file is not valid UTF-8 (byte " +
                          hex_byte(static_cast<unsigned char>(bytes_[bad->offset])) +
                          " here, perhaps Latin-1 or Windows-1252 text); save the file as UTF-8");
    return false;
  }

  scan_ = scan_markup(bytes_);
  for (const auto& problem : scan_.problems)
    diagnostics.error({name_, problem.at.line, problem.at.column}, problem.message);
  if (scan_.fatal()) return false;

  document_.Parse(scan_.parse_text.data(), scan_.parse_text.size());
  if (document_.Error()) {
    diagnostics.error({name_, document_.ErrorLineNum(), 0},
                      std::string("malformed XML: ") + document_.ErrorStr());
    return false;
  }
  if (!document_.RootElement()) {  // the scan makes sure there is one; never trust, though
    diagnostics.error({name_, 0, 0}, "malformed XML: the file has no root element");
    return false;
  }
  attach_positions();
  return true;
}

// Both the scan and a pre-order walk meet the elements in document order, so the n-th element
// walked is the n-th start tag scanned. Should they ever disagree, columns stay unknown.
void XmlFile::attach_positions() {
  std::size_t next = 0;
  auto walk = [&](auto& self, tinyxml2::XMLElement* element) -> bool {
    if (next >= scan_.start_tags.size()) return false;
    StartTag& tag = scan_.start_tags[next];
    if (tag.name != element->Name() || tag.at.line != element->GetLineNum()) return false;
    element->SetUserData(&tag);
    ++next;
    for (auto* child = element->FirstChildElement(); child; child = child->NextSiblingElement())
      if (!self(self, child)) return false;
    return true;
  };
  walk(walk, document_.RootElement());
}

std::size_t XmlFile::offset(const tinyxml2::XMLElement& element) const {
  const auto* tag = static_cast<const StartTag*>(element.GetUserData());
  return tag ? static_cast<std::size_t>(tag->name.data() - bytes_.data()) - 1 : std::string::npos;
}

util::SourceLocation XmlFile::at(const tinyxml2::XMLNode& node) const {
  int column = 0;
  if (const auto* tag = static_cast<const StartTag*>(node.GetUserData())) column = tag->at.column;
  return {name_, node.GetLineNum(), column};
}

util::SourceLocation XmlFile::at(const tinyxml2::XMLElement& element,
                                 std::string_view attribute) const {
  if (const auto* tag = static_cast<const StartTag*>(element.GetUserData()))
    for (const auto& mark : tag->attributes)
      if (mark.name == attribute) return {name_, mark.at.line, mark.at.column};
  if (const auto* found = element.FindAttribute(std::string(attribute).c_str()))
    return {name_, found->GetLineNum(), 0};
  return at(element);
}

}  // namespace model::xml
