#include "model/xml_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <optional>

#include "util/content_root.hpp"
#include "util/file_descriptor.hpp"
#include "util/limits.hpp"
#include "util/utf8.hpp"

namespace model::xml {
namespace fs = std::filesystem;

namespace {

// The whole file, or nullopt with the reason in `why`. Only a regular file no larger than
// `max_bytes` is read (a FIFO would hang the build, a device never ends).
std::optional<std::string> read_bytes(const fs::path& path, std::uint64_t max_bytes, std::string& why) {
  util::FileDescriptor fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK));
  if (!fd) {
    why = errno == ENOENT ? "no such file" : errno == ELOOP ? "its symbolic links form a loop" : std::strerror(errno);
    return std::nullopt;
  }
  struct stat st {};
  if (::fstat(fd.get(), &st) != 0 || !S_ISREG(st.st_mode)) {
    why = S_ISDIR(st.st_mode) ? "this is a folder, not a file" : "this is not a regular file (a device, FIFO or socket?)";
    return std::nullopt;
  }
  if (static_cast<std::uint64_t>(st.st_size) > max_bytes) {
    why = "the file is " + util::byte_size(static_cast<std::uint64_t>(st.st_size)) + ", more than the limit of " +
          util::byte_size(max_bytes) + " (raise it with --limit source=…)";
    return std::nullopt;
  }
  return util::read_all(fd.get(), max_bytes, why);
}

// A UTF-16 file read as bytes: a byte order mark, or ASCII with every other byte zero.
std::optional<std::string> utf16_kind(std::string_view bytes) {
  if (bytes.starts_with("\xFF\xFE")) return "UTF-16 little-endian";
  if (bytes.starts_with("\xFE\xFF")) return "UTF-16 big-endian";
  if (bytes.size() >= 4 && bytes[0] == '<' && bytes[1] == '\0' && bytes[3] == '\0') return "UTF-16 little-endian";
  if (bytes.size() >= 4 && bytes[0] == '\0' && bytes[1] == '<' && bytes[2] == '\0') return "UTF-16 big-endian";
  return std::nullopt;
}

std::string hex_byte(unsigned char byte) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "0x%02X", byte);
  return buf;
}

}  // namespace

XmlFile::XmlFile(const fs::path& path) : path_(path), name_(path.string()) {}

std::unique_ptr<XmlFile> XmlFile::load(const fs::path& path, util::Diagnostics& diagnostics) {
  std::string why;
  auto bytes = read_bytes(path, util::limits().source_bytes, why);
  if (!bytes) {
    diagnostics.error({path.string(), 0, 0}, "cannot read " + path.string() + ": " + why);
    return nullptr;
  }
  return from_bytes(path, std::move(*bytes), diagnostics);
}

std::unique_ptr<XmlFile> XmlFile::from_bytes(const fs::path& path, std::string bytes, util::Diagnostics& diagnostics) {
  std::unique_ptr<XmlFile> file(new XmlFile(path));
  file->bytes_ = std::move(bytes);
  if (!file->parse(diagnostics)) return nullptr;
  return file;
}

bool XmlFile::parse(util::Diagnostics& diagnostics) {
  if (auto kind = utf16_kind(bytes_)) {
    diagnostics.error({name_, 1, 1}, "the file is " + *kind + " text; save it as UTF-8 (without a byte order mark)");
    return false;
  }
  if (const auto nul = bytes_.find('\0'); nul != std::string::npos) {
    const int line = 1 + static_cast<int>(std::count(bytes_.begin(), bytes_.begin() + static_cast<long>(nul), '\n'));
    const auto line_start = bytes_.rfind('\n', nul);
    const int column = static_cast<int>(nul - (line_start == std::string::npos ? 0 : line_start + 1)) + 1;
    diagnostics.error({name_, line, column}, "the file holds a NUL byte, which XML does not allow; it is damaged or "
                                             "not a text file");
    return false;
  }
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
