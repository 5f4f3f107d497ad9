#include "xliff/xliff_export.hpp"

#include <map>

namespace xliff {

namespace {

// The XLIFF type (and subType) of a code, from its element (XLIFF 2.0 §4.9.3.*).
std::string code_type(const std::string& name) {
  if (name == "b") return " type=\"fmt\" subType=\"xlf:b\"";
  if (name == "i") return " type=\"fmt\" subType=\"xlf:i\"";
  if (name == "br") return " type=\"fmt\" subType=\"xlf:lb\"";
  if (name == "a") return " type=\"link\"";
  if (name == "num" || name == "label") return " type=\"other\"";
  return " type=\"fmt\"";
}

// The original markup of a unit's codes, each distinct string once: <data id="d1">&lt;b&gt;</data>.
class OriginalData {
 public:
  const std::string& id(const std::string& markup) {
    auto [it, fresh] = ids_.emplace(markup, "d" + std::to_string(ids_.size() + 1));
    if (fresh) order_.push_back(markup);
    return it->second;
  }
  std::string xml(const std::string& indent) const {
    if (order_.empty()) return "";
    std::string out = indent + "<originalData>\n";
    for (const auto& markup : order_)
      out += indent + "  <data id=\"" + ids_.at(markup) + "\">" + escape_text(markup) + "</data>\n";
    return out + indent + "</originalData>\n";
  }

 private:
  std::map<std::string, std::string> ids_;
  std::vector<std::string> order_;
};

std::string inline_xml(const Tokens& tokens, OriginalData& data) {
  std::string out;
  std::vector<const Token*> open;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const Token& t = tokens[i];
    switch (t.kind) {
      case Token::Kind::text: out += escape_text(t.text); break;
      case Token::Kind::standalone:
        out += "<ph id=\"" + std::to_string(t.code) + "\" dataRef=\"" + data.id(t.markup) + "\"" + code_type(t.name) + "/>";
        break;
      case Token::Kind::open:
        out += "<pc id=\"" + std::to_string(t.code) + "\" dataRefStart=\"" + data.id(t.markup) + "\" dataRefEnd=\"" +
               data.id("</" + t.name + ">") + "\"" + code_type(t.name) + ">";
        break;
      case Token::Kind::close: out += "</pc>"; break;
    }
  }
  return out;
}

}  // namespace

std::string export_xliff(const Content& content, const std::string& target, const std::string& publication_reference) {
  std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  out += "<xliff xmlns=\"" + std::string(kXliffNamespace) + "\" xmlns:br=\"" + kBrochureNamespace +
         "\" version=\"2.0\" srcLang=\"" + escape_attribute(content.source_language) + "\" trgLang=\"" +
         escape_attribute(target) + "\" br:publication=\"" + escape_attribute(publication_reference) + "\">\n";
  int file_number = 0;
  for (const auto& file : content.files) {
    std::string units;
    for (const auto& unit : file.units) {
      const TextVersion* source = unit.in(content.source_language);
      if (!source) continue;  // nothing to translate from
      const TextVersion* translation = unit.in(target);
      const std::string source_print = fingerprint(source->tokens);
      const bool outdated = translation && !translation->translated_from.empty() &&
                            translation->translated_from != source_print;
      OriginalData data;
      const std::string source_xml = inline_xml(source->tokens, data);
      const std::string target_xml = translation ? inline_xml(translation->tokens, data) : "";
      units += "    <unit id=\"" + escape_attribute(unit.id) + "\" canResegment=\"no\">\n";
      units += "      <notes>\n        <note category=\"context\">" + escape_text(unit.context) + "</note>\n";
      if (outdated)
        units += "        <note category=\"status\">The source text has changed since this was translated: "
                 "check the translation and mark it translated.</note>\n";
      units += "      </notes>\n";
      units += data.xml("      ");
      units += std::string("      <segment state=\"") + (translation && !outdated ? "translated" : "initial") + "\">\n";
      units += "        <source>" + source_xml + "</source>\n";
      if (translation) units += "        <target>" + target_xml + "</target>\n";
      units += "      </segment>\n    </unit>\n";
    }
    if (units.empty()) continue;
    out += "  <file id=\"f" + std::to_string(++file_number) + "\" original=\"" + escape_attribute(file.relative) + "\">\n";
    out += units + "  </file>\n";
  }
  return out + "</xliff>\n";
}

}  // namespace xliff
