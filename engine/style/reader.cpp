// read_layout: a layout file, and its base layouts before it (base="…" names a file in the same
// folder). The base is read first; the derived file then replaces or adds what it writes, so
// brand colours, fonts and languages are defined once.
#include "style/reader.hpp"

#include <algorithm>
#include <fstream>
#include <iterator>
#include <vector>

#include <tinyxml2.h>

#include "style/layout_reading.hpp"
#include "util/utf8.hpp"

namespace style {

namespace fs = std::filesystem;

namespace {

std::string parse_problem(tinyxml2::XMLError error) {
  switch (error) {
    case tinyxml2::XML_ERROR_EMPTY_DOCUMENT: return "the file holds no XML";
    case tinyxml2::XML_ERROR_MISMATCHED_ELEMENT: return "an end tag does not match its start tag";
    case tinyxml2::XML_ERROR_PARSING_ELEMENT: return "an element is malformed or not closed";
    case tinyxml2::XML_ERROR_PARSING_ATTRIBUTE: return "an attribute is malformed; write name=\"value\"";
    case tinyxml2::XML_ERROR_PARSING_TEXT: return "text is malformed (a stray < or &?)";
    case tinyxml2::XML_ERROR_PARSING_COMMENT: return "a comment is not closed with -->";
    default: return tinyxml2::XMLDocument::ErrorIDToName(error);
  }
}

class ChainReader {
 public:
  explicit ChainReader(util::Diagnostics& diagnostics) : diagnostics_(diagnostics) {}

  // Applies `file` onto `layout`, its bases first. False when some file of the chain could not
  // be read at all; the layout is then too incomplete to check as a whole.
  bool read(const fs::path& file, const util::SourceLocation& named_at, Layout& layout,
            reading::Provenance& provenance) {
    tinyxml2::XMLDocument document;
    if (!load(file, named_at, document)) return false;
    const tinyxml2::XMLElement* root = document.RootElement();
    xml::Source source{file.string(), diagnostics_};
    if (!root || std::string_view(root->Name()) != "layout") {
      diagnostics_.error({file.string(), root ? root->GetLineNum() : 1, 0},
                         "a layout file starts with <layout id=\"…\" kind=\"…\">, not <" +
                             std::string(root ? root->Name() : "") + ">");
      return false;
    }

    xml::Attributes a(*root, source);
    std::string id, base;
    LayoutKind kind = LayoutKind::handbook;
    a.identifier("id", id, xml::Presence::required);
    a.choice("kind", kind,
             {{"handbook", LayoutKind::handbook}, {"leaflet", LayoutKind::leaflet}, {"flyer", LayoutKind::flyer},
              {"infographic", LayoutKind::infographic}},
             xml::Presence::required);
    bool derived = a.identifier("base", base);
    a.reject_unknown();
    if (!id.empty() && id != file.stem().string())
      a.warning("layout id \"" + id + "\" differs from the file name \"" + file.filename().string() +
                "\"; publications find a layout by its file name, so rename one of them");

    chain_.push_back(file);
    bool complete = !derived || read_base(file.parent_path() / (base + ".xml"), a, layout, provenance);
    chain_.pop_back();
    if (!complete) return false;

    layout.id = id;
    layout.kind = kind;
    layout.file = file;
    layout.chain.push_back(file);
    layout.where = a.where();
    reading::FileReading reading{source, file.parent_path(), layout, provenance};
    reading::read_layout_children(*root, reading);
    return true;
  }

 private:
  bool read_base(const fs::path& base, const xml::Attributes& a, Layout& layout, reading::Provenance& provenance) {
    std::error_code ec;
    auto same_file = [&](const fs::path& p) { return fs::equivalent(p, base, ec); };
    if (std::any_of(chain_.begin(), chain_.end(), same_file)) {
      std::string loop;
      for (const auto& p : chain_) loop += p.filename().string() + " → ";
      a.error("layout inheritance loops: " + loop + base.filename().string() + "; remove one of the base= attributes");
      return false;
    }
    if (!fs::is_regular_file(base, ec)) {
      a.error("base layout not found: expected " + base.string() + "; base=\"…\" names a layout in the same folder");
      return false;
    }
    return read(base, a.where(), layout, provenance);
  }

  // Reads and parses the file; errors point at `named_at` when the file itself cannot be read.
  bool load(const fs::path& file, const util::SourceLocation& named_at, tinyxml2::XMLDocument& document) {
    auto where = named_at.known() ? named_at : util::SourceLocation{file.string(), 0, 0};
    std::ifstream in(file, std::ios::binary);
    if (!in) {
      diagnostics_.error(where, "cannot open the layout file " + file.string());
      return false;
    }
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (in.bad()) {
      diagnostics_.error(where, "cannot read the layout file " + file.string());
      return false;
    }
    if (auto bad = util::find_invalid_utf8(bytes)) {
      diagnostics_.error({file.string(), bad->line, bad->column}, "invalid UTF-8; save the file as UTF-8");
      return false;
    }
    if (auto error = document.Parse(bytes.data(), bytes.size()); error != tinyxml2::XML_SUCCESS) {
      diagnostics_.error({file.string(), document.ErrorLineNum(), 0}, "malformed XML: " + parse_problem(error));
      return false;
    }
    return true;
  }

  util::Diagnostics& diagnostics_;
  std::vector<fs::path> chain_;  // the files being read, derived first
};

}  // namespace

std::optional<Layout> read_layout(const fs::path& file, util::Diagnostics& diagnostics) {
  const int errors_before = diagnostics.error_count();
  Layout layout;
  reading::Provenance provenance;
  if (ChainReader(diagnostics).read(file, {}, layout, provenance)) {
    reading::derive_swatch_rgb(layout, provenance, diagnostics);
    reading::check_layout(layout, provenance, diagnostics);
  }
  if (diagnostics.error_count() > errors_before) return std::nullopt;
  return layout;
}

}  // namespace style
