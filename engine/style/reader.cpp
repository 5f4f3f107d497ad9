// read_layout: a layout file, and its base layouts before it (base="…" names a file in the same
// folder). The base is read first; the derived file then merges into it what it writes (keyed
// entries by name or code, attribute by attribute), so brand colours, fonts and languages are
// defined once. Styles are resolved when the whole chain is read. Every file of the chain, and
// every file a layout names, is opened through the layouts folder's util::ContentRoot: nothing
// outside the folder of the layout file is read.
#include "style/reader.hpp"

#include <algorithm>
#include <memory>
#include <vector>

#include "model/xml_file.hpp"
#include "style/layout_reading.hpp"
#include "util/limits.hpp"

namespace style {

namespace fs = std::filesystem;

namespace {

class ChainReader {
 public:
  ChainReader(const util::ContentRoot& root, util::Diagnostics& diagnostics) : root_(root), diagnostics_(diagnostics) {}

  // Applies `file` (opened through the root) onto `layout`, its bases first. False when some
  // file of the chain could not be read at all; the layout is then too incomplete to check as a
  // whole.
  bool read(const util::ConfinedFile& opened, const util::SourceLocation& named_at, Layout& layout,
            reading::Provenance& provenance) {
    const fs::path& file = opened.path;
    auto document = load(opened, named_at);
    if (!document) return false;
    const tinyxml2::XMLElement* root = &document->root();
    const xml::Source& source =
        provenance.sources.emplace_back(xml::Source{*document, diagnostics_});
    provenance.documents.push_back(std::move(document));
    if (!root || std::string_view(root->Name()) != "layout") {
      diagnostics_.error({file.string(), root ? root->GetLineNum() : 1, 0},
                         "a layout file starts with <layout id=\"…\" kind=\"…\">, not <" +
                             std::string(root ? root->Name() : "") + ">");
      return false;
    }

    xml::Attributes a(source, *root);
    std::string id, base;
    LayoutKind kind = LayoutKind::handbook;
    a.identifier("id", id, xml::Presence::required);
    a.choice("kind", kind,
             {{"handbook", LayoutKind::handbook}, {"leaflet", LayoutKind::leaflet}, {"flyer", LayoutKind::flyer},
              {"infographic", LayoutKind::infographic}},
             xml::Presence::required);
    bool derived = a.identifier("base", base);
    a.report_unknown();
    if (!id.empty() && id != file.stem().string())
      a.warning("layout id \"" + id + "\" differs from the file name \"" + file.filename().string() +
                "\"; publications find a layout by its file name, so rename one of them");

    chain_.push_back(file);
    bool complete = !derived || read_base(file.parent_path(), base, a, layout, provenance);
    chain_.pop_back();
    if (!complete) return false;

    layout.id = id;
    layout.kind = kind;
    layout.file = file;
    layout.chain.push_back(file);
    layout.where = a.where();
    reading::FileReading reading{source, file.parent_path(), root_, layout, provenance};
    reading::read_layout_children(*root, reading);
    return true;
  }

 private:
  bool read_base(const fs::path& folder, const std::string& base, const xml::Attributes& a, Layout& layout,
                 reading::Provenance& provenance) {
    const util::ConfinedFile opened = root_.open(folder, base + ".xml", util::limits().source_bytes);
    if (opened.missing) {
      a.error("base layout not found: expected " + opened.path.string() +
              "; base=\"…\" names a layout in the same folder");
      return false;
    }
    if (!opened) {
      a.error("cannot use the base layout \"" + base + "\": " + opened.error);
      return false;
    }
    std::error_code ec;
    auto same_file = [&](const fs::path& p) { return fs::equivalent(p, opened.path, ec); };
    if (std::any_of(chain_.begin(), chain_.end(), same_file)) {
      std::string loop;
      for (const auto& p : chain_) loop += p.filename().string() + " → ";
      a.error("layout inheritance loops: " + loop + opened.path.filename().string() +
              "; remove one of the base= attributes");
      return false;
    }
    return read(opened, a.where(), layout, provenance);
  }

  // Reads and parses the file, as the content files are read (the UTF-8 and markup checks, the
  // position of every element); errors point at `named_at` when the file cannot be read at all.
  std::unique_ptr<model::xml::XmlFile> load(const util::ConfinedFile& opened, const util::SourceLocation& named_at) {
    auto where = named_at.known() ? named_at : util::SourceLocation{opened.path.string(), 0, 0};
    if (!opened) {
      diagnostics_.error(where, "cannot open the layout file " + opened.path.string() + ": " +
                                    (opened.missing ? "no such file" : opened.error));
      return nullptr;
    }
    std::string error;
    auto bytes = util::read_all(opened.fd.get(), util::limits().source_bytes, error);
    if (!bytes) {
      diagnostics_.error(where, "cannot read the layout file " + opened.path.string() + ": " + error);
      return nullptr;
    }
    return model::xml::XmlFile::from_bytes(opened.path, std::move(*bytes), diagnostics_);
  }

  const util::ContentRoot& root_;
  util::Diagnostics& diagnostics_;
  std::vector<fs::path> chain_;  // the files being read, derived first
};

}  // namespace

std::optional<Layout> read_layout(const fs::path& file, util::Diagnostics& diagnostics) {
  const int errors_before = diagnostics.error_count();
  Layout layout;
  reading::Provenance provenance;
  std::string why;
  // The layout file's own folder is the root: its bases and the files it names lie there.
  const auto root = util::ContentRoot::at(file.parent_path(), why, util::RootOf::layouts);
  if (!root) {
    diagnostics.error({file.string(), 0, 0}, why);
    return std::nullopt;
  }
  util::ConfinedFile opened = root->open({}, file.filename().string(), util::limits().source_bytes);
  opened.path = file;  // as the caller named it, for messages
  if (ChainReader(*root, diagnostics).read(opened, {}, layout, provenance)) {
    reading::resolve_styles(layout, provenance, diagnostics);
    reading::derive_swatch_rgb(layout, provenance, diagnostics);
    reading::check_layout(layout, provenance, diagnostics);
  }
  if (diagnostics.error_count() > errors_before) return std::nullopt;
  return layout;
}

}  // namespace style
