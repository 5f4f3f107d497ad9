#include "xliff/xliff_import.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "model/xml_file.hpp"
#include "util/atomic_file.hpp"
#include "xliff/text_units.hpp"
#include "xliff/xliff_export.hpp"

namespace xliff {

using tinyxml2::XMLElement;

namespace {

// One replacement of bytes in a content file.
struct Edit {
  std::size_t begin, end;
  std::string text;
};

class Importer {
 public:
  Importer(const model::xml::XmlFile& xliff, util::Diagnostics& diagnostics) : xliff_(xliff), diagnostics_(diagnostics) {}

  // The tokens of a <source> or <target>: text and codes with their markup from <originalData>.
  bool read_inline(const XMLElement& parent, const std::map<std::string, std::string>& data, Tokens& out,
                   const std::string& unit) {
    for (const tinyxml2::XMLNode* node = parent.FirstChild(); node; node = node->NextSibling()) {
      if (const auto* text = node->ToText()) {
        if (!out.empty() && out.back().kind == Token::Kind::text) out.back().text += text->Value();
        else out.push_back({Token::Kind::text, text->Value(), "", "", 0});
        continue;
      }
      const XMLElement* e = node->ToElement();
      if (!e) continue;
      const std::string name = local_name(e->Name());
      auto markup = [&](const char* attribute) -> std::optional<std::string> {
        const char* ref = e->Attribute(attribute);
        auto it = ref ? data.find(ref) : data.end();
        if (it == data.end()) {
          error(*e, "unit \"" + unit + "\": <" + name + " id=\"" + (e->Attribute("id") ? e->Attribute("id") : "?") +
                        "\"> has no " + attribute + " into <originalData>; keep the codes as exported");
          return std::nullopt;
        }
        return it->second;
      };
      const int code = e->IntAttribute("id", 0);
      if (name == "ph") {
        auto m = markup("dataRef");
        if (!m) return false;
        out.push_back({Token::Kind::standalone, "", markup_name(*m), *m, code});
      } else if (name == "pc") {
        auto start = markup("dataRefStart"), end = markup("dataRefEnd");
        if (!start || !end) return false;
        out.push_back({Token::Kind::open, "", markup_name(*start), *start, code});
        if (!read_inline(*e, data, out, unit)) return false;
        out.push_back({Token::Kind::close, "", markup_name(*start), *end, code});
      } else if (name == "mrk") {  // an annotation a tool added: its content counts
        if (!read_inline(*e, data, out, unit)) return false;
      } else if (name == "cp") {
        error(*e, "unit \"" + unit + "\": <cp> (a control character) cannot go into a publication; remove it");
        return false;
      } else {
        error(*e, "unit \"" + unit + "\": <" + name + "> is not a code this publication's texts use; keep the <pc> and <ph> "
                  "codes as exported");
        return false;
      }
    }
    return true;
  }

  // The XLIFF as tokens the way read_tokens gives them from content XML: white space collapsed.
  static Tokens normalised(const Tokens& tokens) {
    std::string xml;
    for (const auto& t : tokens) xml += t.kind == Token::Kind::text ? escape_text(t.text) : t.markup;
    tinyxml2::XMLDocument document(true, tinyxml2::PRESERVE_WHITESPACE);
    const std::string wrapped = "<t>" + xml + "</t>";
    if (document.Parse(wrapped.c_str(), wrapped.size()) != tinyxml2::XML_SUCCESS) return {};
    Tokens out = read_tokens(*document.RootElement());
    // Keep the codes' ids as the file gave them.
    std::size_t k = 0;
    for (auto& t : out)
      if (t.kind != Token::Kind::text) {
        while (k < tokens.size() && tokens[k].kind == Token::Kind::text) ++k;
        if (k < tokens.size()) t.code = tokens[k++].code;
      }
    return out;
  }

  void error(const tinyxml2::XMLNode& node, const std::string& message) { diagnostics_.error(xliff_.at(node), message); }

  static std::string local_name(std::string_view name) {
    auto colon = name.find(':');
    return std::string(colon == std::string_view::npos ? name : name.substr(colon + 1));
  }

 private:
  const model::xml::XmlFile& xliff_;
  util::Diagnostics& diagnostics_;
};

// Each code of the target must be one the source (or the translation as it stands) has:
// the same id, the same kind (pc or ph) and the same original markup.
std::optional<std::string> check_codes(const Tokens& target, const Tokens& source, const Tokens* current) {
  std::set<std::pair<int, std::string>> allowed;
  for (const Tokens* tokens : {&source, current})
    if (tokens)
      for (const auto& t : *tokens)
        if (t.kind != Token::Kind::text) allowed.emplace(t.code, t.markup);
  for (const auto& t : target)
    if (t.kind != Token::Kind::text && !allowed.count({t.code, t.markup}))
      return "inline code " + std::to_string(t.code) + " (" + t.markup + ") is not one of the source's codes";
  return std::nullopt;
}

// The start tag of a translation with translated-from set to `print`.
std::string stamped_tag(std::string_view tag, const std::string& print) {
  const std::string attribute = "translated-from=\"";
  if (auto at = tag.find(attribute); at != std::string_view::npos) {
    const auto value = at + attribute.size();
    return std::string(tag.substr(0, value)) + print + std::string(tag.substr(tag.find('"', value)));
  }
  const bool empty = tag.ends_with("/>");
  const std::size_t end = tag.size() - (empty ? 2 : 1);
  return std::string(tag.substr(0, end)) + " translated-from=\"" + print + "\">";
}

}  // namespace

std::optional<ImportSummary> import_xliff(const std::filesystem::path& xliff_file, const std::filesystem::path& publication,
                                          util::Diagnostics& diagnostics) {
  const int errors_before = diagnostics.error_count();
  auto xliff = model::xml::XmlFile::load(xliff_file, diagnostics);
  if (!xliff) return std::nullopt;
  Importer importer(*xliff, diagnostics);
  const XMLElement& root = xliff->root();
  if (Importer::local_name(root.Name()) != "xliff" || !root.Attribute("version") ||
      std::string_view(root.Attribute("version")).substr(0, 2) != "2." ||
      std::string_view(root.Attribute("xmlns") ? root.Attribute("xmlns") : "") != kXliffNamespace) {
    importer.error(root, "not an XLIFF 2 file (<xliff xmlns=\"" + std::string(kXliffNamespace) + "\" version=\"2.0\">)");
    return std::nullopt;
  }
  ImportSummary summary;
  summary.publication = publication;
  if (summary.publication.empty()) {
    const char* named = root.Attribute("br:publication");
    if (!named) {
      importer.error(root, "the file does not say which publication it belongs to; name it: brochure xliff import FILE --publication PUB");
      return std::nullopt;
    }
    summary.publication = named;
  }
  auto content = read_content(summary.publication, diagnostics);
  if (!content) return std::nullopt;
  const std::string source_language = root.Attribute("srcLang") ? root.Attribute("srcLang") : "";
  summary.language = root.Attribute("trgLang") ? root.Attribute("trgLang") : "";
  if (source_language != content->source_language)
    importer.error(root, "srcLang=\"" + source_language + "\", but " + summary.publication.string() +
                             " is translated from " + content->source_language);
  if (summary.language.empty() || summary.language == content->source_language ||
      std::find(content->languages.begin(), content->languages.end(), summary.language) == content->languages.end())
    importer.error(root, "trgLang=\"" + summary.language + "\" is not a target language of " + summary.publication.string());
  if (diagnostics.error_count() > errors_before) return std::nullopt;

  std::map<const ContentFile*, std::vector<Edit>> edits;
  for (const XMLElement* file = root.FirstChildElement(); file; file = file->NextSiblingElement()) {
    if (Importer::local_name(file->Name()) != "file") continue;
    const char* original = file->Attribute("original");
    const ContentFile* content_file = original ? content->file(original) : nullptr;
    if (!content_file) {
      importer.error(*file, std::string("<file original=\"") + (original ? original : "") +
                                "\"> is not a file of this publication; export again");
      continue;
    }
    for (const XMLElement* u = file->FirstChildElement(); u; u = u->NextSiblingElement()) {
      if (Importer::local_name(u->Name()) != "unit") continue;
      ++summary.units;
      const std::string id = u->Attribute("id") ? u->Attribute("id") : "";
      auto unit = std::find_if(content_file->units.begin(), content_file->units.end(),
                               [&](const TextUnit& t) { return t.id == id; });
      if (unit == content_file->units.end()) {
        importer.error(*u, "unit \"" + id + "\" is not a text of " + content_file->relative +
                               " (removed or moved since the export?); export again");
        continue;
      }
      std::map<std::string, std::string> data;
      if (const XMLElement* original_data = u->FirstChildElement("originalData"))
        for (const XMLElement* d = original_data->FirstChildElement("data"); d; d = d->NextSiblingElement("data"))
          data[d->Attribute("id") ? d->Attribute("id") : ""] = d->GetText() ? d->GetText() : "";
      const XMLElement* segment = u->FirstChildElement("segment");
      if (!segment || segment->NextSiblingElement("segment")) {
        importer.error(*u, "unit \"" + id + "\" must hold exactly one <segment>, as exported");
        continue;
      }
      const TextVersion* source = unit->in(content->source_language);
      const XMLElement* source_element = segment->FirstChildElement("source");
      Tokens xliff_source;
      if (!source || !source_element || !importer.read_inline(*source_element, data, xliff_source, id)) {
        if (!source || !source_element) importer.error(*u, "unit \"" + id + "\" has no source text to match");
        continue;
      }
      if (content_xml(Importer::normalised(xliff_source)) != content_xml(source->tokens)) {
        importer.error(*source_element, "unit \"" + id + "\": its source is not the publication's " +
                                            content->source_language + " text any more (changed since the export); "
                                            "export again and carry the translation over");
        continue;
      }
      const XMLElement* target_element = segment->FirstChildElement("target");
      const char* state = segment->Attribute("state");
      if (!target_element || (state && std::string_view(state) == "initial")) {
        ++summary.skipped;
        continue;
      }
      Tokens raw_target;
      if (!importer.read_inline(*target_element, data, raw_target, id)) continue;
      Tokens target = Importer::normalised(raw_target);
      const TextVersion* current = unit->in(summary.language);
      if (auto problem = check_codes(target, source->tokens, current ? &current->tokens : nullptr)) {
        importer.error(*target_element, "unit \"" + id + "\": " + *problem + "; keep the codes as exported");
        continue;
      }
      if (target.empty()) {
        importer.error(*target_element, "unit \"" + id + "\": the target is empty; leave it out (state=\"initial\") instead");
        continue;
      }
      const std::string print = fingerprint(source->tokens);
      const std::string new_content = content_xml(target);
      const std::string_view bytes = content_file->xml->bytes();
      auto& file_edits = edits[content_file];
      if (!current) {
        file_edits.push_back({unit->after_last, unit->after_last,
                              unit->indent + "<t xml:lang=\"" + summary.language + "\" translated-from=\"" + print +
                                  "\">" + new_content + "</t>"});
      } else {
        const bool same_text = content_xml(current->tokens) == new_content;
        if (same_text && current->translated_from == print) continue;
        const std::string_view tag = bytes.substr(current->tag_begin, current->content_begin - current->tag_begin);
        if (tag.ends_with("/>")) {
          file_edits.push_back({current->tag_begin, current->content_begin,
                                stamped_tag(tag, print) + new_content + "</t>"});
        } else {
          file_edits.push_back({current->tag_begin, current->content_begin, stamped_tag(tag, print)});
          if (!same_text) file_edits.push_back({current->content_begin, current->content_end, new_content});
        }
      }
      ++summary.written;
    }
  }
  if (diagnostics.error_count() > errors_before) return std::nullopt;

  // All files are checked before any is written; each is replaced whole, atomically.
  for (auto& [file, file_edits] : edits) {
    if (file_edits.empty()) continue;
    std::sort(file_edits.begin(), file_edits.end(), [](const Edit& a, const Edit& b) { return a.begin > b.begin; });
    std::string bytes(file->xml->bytes());
    for (const auto& e : file_edits) bytes.replace(e.begin, e.end - e.begin, e.text);
    util::write_file_atomically(file->xml->path(), bytes);
    ++summary.files_changed;
  }
  return summary;
}

}  // namespace xliff
