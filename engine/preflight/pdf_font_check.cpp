#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>

#include <set>

#include "preflight/written_pdf_checks.hpp"

namespace preflight {

namespace {

using Object = QPDFObjectHandle;

bool has_font_file(Object font) {
  Object descriptor = font.getKey("/FontDescriptor");
  if (!descriptor.isDictionary()) return false;
  for (const char* key : {"/FontFile", "/FontFile2", "/FontFile3"})
    if (descriptor.getKey(key).isStream()) return true;
  return false;
}

bool is_embedded(Object font) {
  Object subtype = font.getKey("/Subtype");
  if (subtype.isNameAndEquals("/Type3")) return true;  // glyphs are content streams in the file
  if (subtype.isNameAndEquals("/Type0")) {
    Object descendants = font.getKey("/DescendantFonts");
    return descendants.isArray() && descendants.getArrayNItems() == 1 && has_font_file(descendants.getArrayItem(0));
  }
  return has_font_file(font);
}

// The fonts of a resource dictionary and of the form XObjects it uses, recursively.
void collect_fonts(Object resources, std::vector<Object>& fonts, std::set<QPDFObjGen>& seen_forms) {
  if (!resources.isDictionary()) return;
  Object font_dict = resources.getKey("/Font");
  if (font_dict.isDictionary())
    for (auto entry : font_dict.ditems()) fonts.push_back(entry.second);
  Object xobjects = resources.getKey("/XObject");
  if (!xobjects.isDictionary()) return;
  for (auto entry : xobjects.ditems()) {
    Object xobject = entry.second;
    if (!xobject.isStream() || !xobject.getDict().getKey("/Subtype").isNameAndEquals("/Form")) continue;
    if (!seen_forms.insert(xobject.getObjGen()).second) continue;
    collect_fonts(xobject.getDict().getKey("/Resources"), fonts, seen_forms);
  }
}

}  // namespace

// PDF/X: every font the pages use is embedded in the file.
void check_pdf_fonts_embedded(QPDF& pdf, Report& report) {
  std::set<QPDFObjGen> reported;
  int number = 0;
  for (QPDFPageObjectHelper& page : QPDFPageDocumentHelper(pdf).getAllPages()) {
    ++number;
    std::vector<Object> fonts;
    std::set<QPDFObjGen> seen_forms;
    collect_fonts(page.getAttribute("/Resources", false), fonts, seen_forms);
    for (Object& font : fonts) {
      if (!font.isDictionary() || is_embedded(font)) continue;
      if (font.isIndirect() && !reported.insert(font.getObjGen()).second) continue;
      Object base = font.getKey("/BaseFont");
      const std::string name = base.isName() ? base.getName().substr(1) : "(unnamed)";
      report.findings.push_back({Level::error, "font-embedding", number,
                                 "font " + name + " is not embedded in the PDF; a RIP would substitute another", {}});
    }
  }
}

}  // namespace preflight
