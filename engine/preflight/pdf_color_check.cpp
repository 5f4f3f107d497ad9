#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>

#include <set>
#include <string>

#include "preflight/written_pdf_checks.hpp"

namespace preflight {

namespace {

using Object = QPDFObjectHandle;

// Colour operators that mean DeviceRGB: rg/RG directly, cs/CS with /DeviceRGB, inline images
// with /CS /RGB or /DeviceRGB.
class RgbOperators : public QPDFObjectHandle::ParserCallbacks {
 public:
  void handleObject(Object object) override {
    if (!object.isOperator()) {
      if (object.isName()) names_.insert(object.getName());
      return;
    }
    const std::string op = object.getOperatorValue();
    if (op == "rg" || op == "RG") found = "the " + op + " operator";
    else if ((op == "cs" || op == "CS") && names_.count("/DeviceRGB")) found = "/DeviceRGB " + op;
    else if (op == "ID" && (names_.count("/RGB") || names_.count("/DeviceRGB"))) found = "an RGB inline image";
    names_.clear();
  }
  void handleEOF() override {}

  std::string found;  // empty when nothing was

 private:
  std::set<std::string> names_;  // name operands since the last operator
};

// Everything reachable from a page but its parents: resources, images, groups, annotations.
class ObjectWalk {
 public:
  void visit(Object object) {
    if (object.isIndirect() && !seen_.insert(object.getObjGen()).second) return;
    if (object.isName() && object.getName() == "/DeviceRGB") found_in_object = true;
    if (object.isArray()) {
      for (Object& item : object.aitems()) visit(item);
    } else if (object.isDictionary() || object.isStream()) {
      Object dict = object.isStream() ? object.getDict() : object;
      for (auto entry : dict.ditems())
        if (entry.first != "/Parent" && entry.first != "/P") visit(entry.second);
      if (object.isStream() && dict.getKey("/Subtype").isNameAndEquals("/Form")) forms.push_back(object);
    }
  }

  bool found_in_object = false;
  std::vector<Object> forms;  // their content streams are checked for operators

 private:
  std::set<QPDFObjGen> seen_;
};

}  // namespace

// PDF/X-4 allows device-independent RGB (ICCBased) but never DeviceRGB, which has no defined
// colour on press.
void check_pdf_no_device_rgb(QPDF& pdf, Report& report, bool parse_content) {
  int number = 0;
  for (QPDFPageObjectHelper& page : QPDFPageDocumentHelper(pdf).getAllPages()) {
    ++number;
    ObjectWalk walk;
    walk.visit(page.getObjectHandle());
    walk.visit(page.getAttribute("/Resources", false));  // may be inherited from the page tree
    RgbOperators operators;
    if (parse_content) {
      page.parseContents(&operators);
      for (Object& form : walk.forms)
        if (operators.found.empty()) QPDFObjectHandle::parseContentStream(form, &operators);
    }
    std::string where;
    if (walk.found_in_object) where = "a colour space, image or group";
    else if (!operators.found.empty()) where = operators.found + " in its content";
    if (!where.empty())
      report.findings.push_back({Level::error, "device-rgb", number,
                                 "the page uses DeviceRGB (" + where + "); print colour must be CMYK or ICC-based", {}});
  }
}

}  // namespace preflight
