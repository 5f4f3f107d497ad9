#include "model/reader.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cstdint>
#include <map>
#include <string>

#include "model/block_reader.hpp"
#include "model/data_file.hpp"
#include "model/markup_scan.hpp"
#include "model/reading.hpp"
#include "model/text_reader.hpp"
#include "model/values.hpp"
#include "model/xml_file.hpp"
#include "util/file_descriptor.hpp"
#include "util/limits.hpp"

namespace model {

namespace fs = std::filesystem;
using tinyxml2::XMLElement;
using xml::Occurs;
using xml::Presence;
using xml::tag;

namespace {

// The root element of a publication file, its metadata, cover pages and panels; the blocks
// inside them go to a BlockReader.
class PublicationReader {
 public:
  PublicationReader(const xml::XmlFile& file, Reading& reading)
      : file_(file), source_{file, reading.diagnostics}, reading_(reading),
        texts_(source_, reading), blocks_(file, reading) {}
  PublicationReader(const PublicationReader&) = delete;  // texts_ refers to source_
  PublicationReader& operator=(const PublicationReader&) = delete;

  Publication read();

 private:
  const xml::XmlFile& file_;
  xml::Source source_;
  Reading& reading_;
  TextReader texts_;
  BlockReader blocks_;
  std::map<std::string, int> panel_lines_;  // panel name → line of its first definition

  void read_attributes(const XMLElement& root, Publication& publication);
  void read_languages(xml::Attributes& attributes, Publication& publication);
  void read_data(xml::Attributes& attributes, std::string_view name, Publication& publication);
  std::vector<xml::Child> handbook_children(Publication& publication);
  std::vector<xml::Child> panel_children(Publication& publication);
  Meta read_meta(const XMLElement& element);
  Cover read_cover(const XMLElement& element);
  std::vector<Block> read_page(const XMLElement& element, BlockPlace place);
  Panel read_panel(const XMLElement& element);
};

Publication PublicationReader::read() {
  Publication publication;
  publication.file = file_.path();
  const XMLElement& root = file_.root();
  publication.where = source_.at(root);
  std::string_view root_name = root.Name();
  if (root_name == "section") {
    source_.error(root, "this file is a part of a publication (its root is <section>), read "
                        "through <include href=\"…\"/> in a handbook; build the publication "
                        "that includes it");
    return publication;
  }
  if (root_name != "publication") {
    source_.error(root, "the root element is " + tag(root_name) +
                            "; a publication file starts with <publication>");
    return publication;
  }

  read_attributes(root, publication);
  bool handbook = publication.kind == Kind::handbook;
  xml::read_children(source_, root,
                     handbook ? handbook_children(publication) : panel_children(publication),
                     handbook ? "text goes into a <p> inside a <section>"
                              : "text goes into a <p> inside a <panel>");

  if (handbook && std::none_of(publication.body.begin(), publication.body.end(),
                               [](const Block& b) { return std::holds_alternative<Section>(b.node); }))
    source_.warning(root, "the handbook has no sections");
  return publication;
}

void PublicationReader::read_attributes(const XMLElement& root, Publication& publication) {
  xml::Attributes attributes(source_, root);
  attributes.name("id", publication.id, Presence::required);
  bool kind_known = attributes.choice(
      "kind", publication.kind,
      {{"handbook", Kind::handbook}, {"leaflet", Kind::leaflet}, {"flyer", Kind::flyer},
       {"infographic", Kind::infographic}},
      Presence::required);
  if (!kind_known && root.FirstChildElement("panel"))
    publication.kind = Kind::leaflet;  // a guess from the content, so the checks that follow fit it
  attributes.name("layout", publication.layout, Presence::required);
  read_languages(attributes, publication);
  if (auto data = attributes.get("data")) read_data(attributes, *data, publication);
  // The language translators translate from (brochure xliff, status); the first listed when not given.
  if (auto source = attributes.get("source-language"); source && !publication.declares(*source))
    attributes.bad_value("source-language", *source, "one of the publication's languages");
  attributes.report_unknown();
}

void PublicationReader::read_data(xml::Attributes& attributes, std::string_view name, Publication& publication) {
  const util::ConfinedFile opened = reading_.root.open(source_.file.folder(), name, util::limits().source_bytes);
  std::string why = opened.error;
  auto bytes = opened ? util::read_all(opened.fd.get(), util::limits().source_bytes, why) : std::nullopt;
  if (!bytes) {
    attributes.bad_value("data", name, "a data file inside the content folder; " + why);
    return;
  }
  auto file = xml::XmlFile::from_bytes(opened.path, std::move(*bytes), reading_.diagnostics);
  if (!file) return;
  if (auto data = read_data_file(*file, reading_.diagnostics)) {
    publication.data = std::make_shared<const DataSet>(std::move(*data));
    reading_.data = publication.data.get();
  }
}

void PublicationReader::read_languages(xml::Attributes& attributes, Publication& publication) {
  constexpr std::string_view kExpected =
      "the publication's language tags, separated by spaces, like \"vi en zh ru ko ja\"";
  auto value = attributes.get("languages", Presence::required, kExpected);
  if (!value) return;
  auto words = values::split_words(*value);
  bool valid = !words.empty();
  if (words.empty()) attributes.bad_value("languages", *value, kExpected);
  for (auto word : words) {
    std::string language(word);
    if (!values::is_language_tag(word)) {
      reading_.diagnostics.error(attributes.at("languages"),
                                 "languages: \"" + language + "\" is not a language tag; " +
                                     std::string(kExpected));
      valid = false;
    } else if (publication.declares(language)) {
      reading_.diagnostics.error(attributes.at("languages"),
                                 "languages names " + language + " twice; name each once");
      valid = false;
    } else {
      publication.languages.push_back(language);
    }
  }
  reading_.languages = publication.languages;
  reading_.languages_known = valid;
}

std::vector<xml::Child> PublicationReader::handbook_children(Publication& publication) {
  auto body = [this, &publication](auto read) {
    return [this, &publication, read](const XMLElement& e) { read(e, publication.body); };
  };
  const std::string no_panels =
      "panels belong to leaflets and flyers, and this publication is kind=\"handbook\"; put the "
      "content in a <section>, or change the kind";
  return {
      {"meta", Occurs::once, [&](const XMLElement& e) { publication.meta = read_meta(e); }, 0},
      {"cover", Occurs::optional, [&](const XMLElement& e) { publication.cover = read_cover(e); },
       1},
      {"inside-front-cover", Occurs::optional,
       [&](const XMLElement& e) {
         publication.inside_front = read_page(e, BlockPlace::inside_front_cover);
       },
       2},
      {"toc", Occurs::any, body([this](const XMLElement& e, std::vector<Block>& out) {
         out.push_back(Block{blocks_.read_toc(e)});
       }),
       3},
      {"section", Occurs::any, body([this](const XMLElement& e, std::vector<Block>& out) {
         out.push_back(Block{blocks_.read_section(e, 1)});
       }),
       3},
      {"include", Occurs::any, body([this](const XMLElement& e, std::vector<Block>& out) {
         blocks_.read_include(e, 1, out);
       }),
       3},
      {"inside-back-cover", Occurs::optional,
       [&](const XMLElement& e) { publication.inside_back = read_page(e, BlockPlace::cover_page); },
       4},
      {"back-cover", Occurs::optional,
       [&](const XMLElement& e) { publication.back_cover = read_page(e, BlockPlace::cover_page); },
       5},
      {"panel", Occurs::never, {}, 0, no_panels},
  };
}

std::vector<xml::Child> PublicationReader::panel_children(Publication& publication) {
  const std::string kind = kind_name(publication.kind);
  std::vector<xml::Child> children{
      {"meta", Occurs::once, [&](const XMLElement& e) { publication.meta = read_meta(e); }, 0},
      {"panel", Occurs::some,
       [&](const XMLElement& e) { publication.panels.push_back(read_panel(e)); }, 1},
  };
  for (std::string_view handbook_only : {"cover", "inside-front-cover", "toc", "section",
                                         "include", "inside-back-cover", "back-cover"})
    children.push_back({handbook_only, Occurs::never, {}, 0,
                        tag(handbook_only) + " belongs to handbooks, and this publication is "
                        "kind=\"" + kind + "\"; its content goes into <panel name=\"…\"> "
                        "elements, named by the layout"});
  return children;
}

Meta PublicationReader::read_meta(const XMLElement& element) {
  Meta meta;
  meta.where = source_.at(element);
  xml::Attributes(source_, element).report_unknown();
  auto text = [this](Text& target, TextNeed need) {
    return [this, &target, need](const XMLElement& e) { target = texts_.read_bare(e, need); };
  };
  xml::read_children(
      source_, element,
      {{"title", Occurs::once, text(meta.title, TextNeed::required)},
       {"subtitle", Occurs::optional, text(meta.subtitle, TextNeed::optional)},
       {"publisher", Occurs::optional, text(meta.publisher, TextNeed::optional)},
       {"subject", Occurs::optional, text(meta.subject, TextNeed::optional)},
       {"keywords", Occurs::optional, text(meta.keywords, TextNeed::optional)},
       {"date", Occurs::optional, [&](const XMLElement& e) {
          meta.date = texts_.read_plain(e);
          if (!values::is_date(meta.date))
            source_.error(e, "<date> \"" + meta.date + "\" is not a valid date; write the "
                             "edition date as YYYY-MM-DD, like 2026-01-15");
        }}},
      "metadata goes into <title>, <subtitle>, <publisher>, <subject>, <keywords> and <date>");
  return meta;
}

Cover PublicationReader::read_cover(const XMLElement& element) {
  Cover cover;
  cover.where = source_.at(element);
  xml::Attributes attributes(source_, element);
  std::string image;
  if (attributes.text("image", image)) {
    if (auto file = reading_.root.open(file_.folder(), image, UINT64_MAX); file || file.missing)
      cover.image = file.path;
    else
      reading_.diagnostics.error(attributes.at("image"), "cannot use the image \"" + image + "\": " + file.error);
  }
  attributes.report_unknown();
  xml::read_children(source_, element,
                     {{"tagline", Occurs::optional, [&](const XMLElement& e) {
                         cover.tagline = texts_.read_bare(e, TextNeed::optional);
                       }}},
                     "the cover's words go into <tagline>; its title comes from <meta>");
  return cover;
}

std::vector<Block> PublicationReader::read_page(const XMLElement& element, BlockPlace place) {
  xml::Attributes(source_, element).report_unknown();
  auto blocks = blocks_.read_blocks(element, place);
  if (blocks.empty())
    source_.warning(element, tag(element.Name()) + " is empty; write its content, or leave it "
                                                   "out for a blank page");
  return blocks;
}

Panel PublicationReader::read_panel(const XMLElement& element) {
  Panel panel;
  panel.where = source_.at(element);
  xml::Attributes attributes(source_, element);
  if (attributes.name("name", panel.name, Presence::required)) {
    auto [first, inserted] = panel_lines_.try_emplace(panel.name, element.GetLineNum());
    if (!inserted)
      reading_.diagnostics.error(attributes.at("name"),
                                 "a second panel named \"" + panel.name + "\" (the first is at "
                                 "line " + std::to_string(first->second) + "); each panel of the "
                                 "layout is filled once");
  }
  attributes.report_unknown();
  panel.blocks = blocks_.read_blocks(element, BlockPlace::panel);
  if (panel.blocks.empty())
    source_.warning(element, "panel \"" + panel.name + "\" is empty; it will print blank");
  return panel;
}

}  // namespace

std::optional<Publication> read_publication(const fs::path& file, const util::ContentRoot& root,
                                            util::Diagnostics& diagnostics) {
  const int errors_before = diagnostics.error_count();
  std::string why;
  fs::path resolved;
  const fs::path inside = fs::absolute(file).lexically_normal().lexically_relative(
      fs::absolute(root.folder()).lexically_normal());
  auto bytes = root.read({}, inside.string(), util::limits().source_bytes, why, &resolved);
  if (!bytes) {
    diagnostics.error({file.string(), 0, 0}, "cannot read " + file.string() + ": " + why);
    return std::nullopt;
  }
  auto xml_file = xml::XmlFile::from_bytes(file, std::move(*bytes), diagnostics);
  if (!xml_file) return std::nullopt;
  Reading reading{diagnostics, root};
  reading.include_chain.push_back({file_identity(file), xml_file->name()});
  Publication publication = PublicationReader(*xml_file, reading).read();
  reading.references.check_links(diagnostics);
  if (diagnostics.error_count() > errors_before) return std::nullopt;
  return publication;
}

std::optional<Publication> read_publication(const fs::path& file, util::Diagnostics& diagnostics) {
  std::string why;
  auto root = util::ContentRoot::at(file.parent_path(), why);
  if (!root) {
    diagnostics.error({file.string(), 0, 0}, why);
    return std::nullopt;
  }
  return read_publication(file, *root, diagnostics);
}

// Only the beginning is read: the root element comes before any content, and a huge unrelated
// file in the folder must not cost its whole size. FIFOs and devices are not opened for long.
bool looks_like_publication(const fs::path& file) {
  util::FileDescriptor fd(::open(file.c_str(), O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK));
  struct stat st {};
  if (!fd || ::fstat(fd.get(), &st) != 0 || !S_ISREG(st.st_mode)) return false;
  std::string head(64 * 1024, '\0');
  std::size_t filled = 0;
  for (ssize_t n; filled < head.size() && (n = ::read(fd.get(), head.data() + filled, head.size() - filled)) > 0;)
    filled += static_cast<std::size_t>(n);
  head.resize(filled);
  return xml::root_element_name(head) == "publication";
}

}  // namespace model
