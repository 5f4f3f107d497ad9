#include "xliff/text_units.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "model/values.hpp"
#include "util/content_root.hpp"
#include "util/limits.hpp"

namespace xliff {

using tinyxml2::XMLElement;

const TextVersion* TextUnit::in(const std::string& lang) const {
  auto it = std::find_if(versions.begin(), versions.end(), [&](const TextVersion& v) { return v.lang == lang; });
  return it == versions.end() ? nullptr : &*it;
}

const ContentFile* Content::file(const std::string& relative) const {
  auto it = std::find_if(files.begin(), files.end(), [&](const ContentFile& f) { return f.relative == relative; });
  return it == files.end() ? nullptr : &*it;
}

namespace {

// What a translator is told an element is.
std::string describe(std::string_view name) {
  static const std::map<std::string_view, std::string_view> kinds{
      {"p", "paragraph"},         {"h", "heading"},         {"li", "list item"},
      {"td", "table cell"},       {"th", "table header cell"}, {"caption", "caption"},
      {"label", "key figure label"}, {"unit", "key figure unit"}, {"title", "title"},
      {"subtitle", "subtitle"},   {"tagline", "cover tagline"}, {"organisation", "contact: organisation"},
      {"address", "contact: address"}, {"publisher", "publisher"}, {"subject", "subject (document properties)"},
      {"keywords", "keywords (document properties)"}};
  auto it = kinds.find(name);
  return it == kinds.end() ? std::string(name) : std::string(it->second);
}

bool has_translations(const XMLElement& element) {
  for (const XMLElement* c = element.FirstChildElement("t"); c; c = c->NextSiblingElement("t")) return true;
  return false;
}

class Scanner {
 public:
  Scanner(ContentFile& file, const std::string& source_language) : file_(file), source_(source_language) {}

  // A file's root: a chapter's <section> gives its heading as the context of what it holds.
  void scan_root(const XMLElement& root, const std::string& anchor) { scan(root, anchor, "", context_of(root, "")); }

  void scan(const XMLElement& element, const std::string& anchor, const std::string& path,
            const std::string& context) {
    std::map<std::string, int> seen;
    for (const XMLElement* child = element.FirstChildElement(); child; child = child->NextSiblingElement()) {
      const std::string name = child->Name();
      if (name == "t") continue;
      const int index = ++seen[name];
      std::string child_anchor = anchor, child_path = path + (path.empty() ? "" : ".") + name + std::to_string(index);
      if (const char* id = child->Attribute("id"); id && model::values::is_name(id)) {
        child_anchor = id;
        child_path.clear();
      }
      const std::string child_context = context_of(*child, context);
      if (has_translations(*child)) add_unit(*child, child_anchor, child_path, child_context);
      else scan(*child, child_anchor, child_path, child_context);
    }
  }

 private:
  // Sections and panels name themselves in the context of what they hold.
  std::string context_of(const XMLElement& element, const std::string& outer) {
    const std::string_view name = element.Name();
    if (name != "section" && name != "panel") return outer;
    const XMLElement* heading = element.FirstChildElement("h");
    const char* panel = element.Attribute("name");
    std::string title = heading ? plain(*heading) : (panel ? panel : "");
    if (title.empty()) return outer;
    return (name == "section" ? "Section “" : "Panel “") + title + "”";
  }

  // The heading's source text, for context notes.
  std::string plain(const XMLElement& element) {
    for (const XMLElement* t = element.FirstChildElement("t"); t; t = t->NextSiblingElement("t"))
      if (const char* lang = t->Attribute("xml:lang"); lang && source_ == lang) {
        std::string out;
        for (const auto& token : read_tokens(*t))
          if (token.kind == Token::Kind::text) out += token.text;
        return out;
      }
    return "";
  }

  void add_unit(const XMLElement& element, const std::string& anchor, const std::string& path,
                const std::string& context) {
    TextUnit unit;
    unit.id = path.empty() ? anchor : anchor + ":" + path;
    unit.element = element.Name();
    unit.context = (context.empty() ? "" : context + " › ") + describe(unit.element);
    unit.file = &file_;
    unit.where = file_.xml->at(element);
    const std::string_view bytes = file_.xml->bytes();
    for (const XMLElement* t = element.FirstChildElement("t"); t; t = t->NextSiblingElement("t")) {
      TextVersion v;
      v.lang = t->Attribute("xml:lang") ? t->Attribute("xml:lang") : "";
      v.tokens = read_tokens(*t);
      if (const char* from = t->Attribute("translated-from")) v.translated_from = from;
      v.where = file_.xml->at(*t);
      v.tag_begin = file_.xml->offset(*t);
      v.content_begin = bytes.find('>', v.tag_begin) + 1;
      if (bytes[v.content_begin - 2] == '/') {  // <t …/>: empty
        v.content_end = v.content_begin;
      } else {
        v.content_end = bytes.find("</t", v.content_begin);  // a <t> holds no <t>
      }
      unit.after_last = bytes[v.content_begin - 2] == '/' ? v.content_begin : bytes.find('>', v.content_end) + 1;
      const std::size_t line_start = bytes.rfind('\n', v.tag_begin);
      const std::string_view before = bytes.substr(line_start + 1, v.tag_begin - line_start - 1);
      unit.indent = before.find_first_not_of(" \t") == std::string_view::npos ? "\n" + std::string(before) : "";
      unit.versions.push_back(std::move(v));
    }
    if (const TextVersion* source = unit.in(source_))
      for (auto& v : unit.versions)
        if (&v != source) match_codes(source->tokens, v.tokens);
    file_.units.push_back(std::move(unit));
  }

  ContentFile& file_;
  const std::string& source_;
};

void collect_includes(const XMLElement& element, std::vector<std::string>& out) {
  for (const XMLElement* child = element.FirstChildElement(); child; child = child->NextSiblingElement()) {
    if (std::string_view(child->Name()) == "include" && child->Attribute("href")) out.push_back(child->Attribute("href"));
    else collect_includes(*child, out);
  }
}

}  // namespace

std::optional<Content> read_content(const std::filesystem::path& publication, util::Diagnostics& diagnostics) {
  const int errors_before = diagnostics.error_count();
  Content content;
  content.publication = publication;
  auto root_file = model::xml::XmlFile::load(publication, diagnostics);
  if (!root_file) return std::nullopt;
  const XMLElement& root = root_file->root();
  if (std::string_view(root.Name()) != "publication") {
    diagnostics.error(root_file->at(root), "not a publication: its root element is <" + std::string(root.Name()) + ">");
    return std::nullopt;
  }
  content.id = root.Attribute("id") ? root.Attribute("id") : "";
  if (const char* languages = root.Attribute("languages"))
    for (auto word : model::values::split_words(languages)) content.languages.emplace_back(word);
  // Translated from the language named, else from the first the publication lists.
  if (const char* source = root.Attribute("source-language"))
    content.source_language = source;
  else if (!content.languages.empty())
    content.source_language = content.languages.front();

  // The publication, then the files it includes (and theirs), each once.
  std::vector<std::pair<std::unique_ptr<model::xml::XmlFile>, std::string>> pending;
  pending.emplace_back(std::move(root_file), publication.filename().string());
  std::set<std::filesystem::path> seen{std::filesystem::weakly_canonical(publication)};
  // Included files are opened as the reader opens them: inside the publication's folder only.
  std::string why;
  const auto content_root = util::ContentRoot::at(publication.parent_path().empty() ? "." : publication.parent_path(), why);
  for (std::size_t i = 0; content_root && i < pending.size(); ++i) {
    std::vector<std::string> includes;
    collect_includes(pending[i].first->root(), includes);
    const std::filesystem::path relative_folder = std::filesystem::path(pending[i].second).parent_path();
    for (const auto& href : includes) {
      const util::ConfinedFile opened = content_root->open(publication.parent_path() / relative_folder, href, util::limits().include_bytes);
      // The reader reports includes that cannot be opened; here they are left out.
      if (!opened || !seen.insert(std::filesystem::weakly_canonical(opened.path)).second) continue;
      auto bytes = util::read_all(opened.fd.get(), util::limits().include_bytes, why);
      if (!bytes) continue;
      auto included = model::xml::XmlFile::from_bytes(opened.path, std::move(*bytes), diagnostics);
      if (!included) continue;
      pending.emplace_back(std::move(included), (relative_folder / href).lexically_normal().generic_string());
    }
  }
  for (auto& [xml, relative] : pending) {
    ContentFile& file = content.files.emplace_back();
    file.xml = std::move(xml);
    file.relative = relative;
  }
  for (auto& file : content.files) {
    const XMLElement& top = file.xml->root();
    const std::string anchor = top.Attribute("id") ? top.Attribute("id") : content.id;
    Scanner(file, content.source_language).scan_root(top, anchor);
  }
  // Ids are unique across the publication, so a unit can be found whatever file it moves to.
  std::map<std::string, const TextUnit*> ids;
  for (const auto& file : content.files)
    for (const auto& unit : file.units)
      if (auto [it, fresh] = ids.emplace(unit.id, &unit); !fresh)
        diagnostics.error(unit.where, "two texts would share the XLIFF unit id \"" + unit.id + "\" (the other is at " +
                                          it->second->where.str() + "); give one of their elements an id");
  if (diagnostics.error_count() > errors_before) return std::nullopt;
  return content;
}

}  // namespace xliff
