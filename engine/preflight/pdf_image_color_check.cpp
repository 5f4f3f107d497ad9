#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>

#include <set>
#include <string>

#include "preflight/written_pdf_checks.hpp"

namespace preflight {

namespace {

using Object = QPDFObjectHandle;

// The number of colour components a colour space has, and whether it is CMYK or gray as a
// press takes it: DeviceCMYK, DeviceGray, ICCBased with /N 4 or 1, and Indexed over those.
bool press_space(Object space) {
  if (space.isName()) return space.getName() == "/DeviceCMYK" || space.getName() == "/DeviceGray";
  if (!space.isArray() || space.getArrayNItems() < 2 || !space.getArrayItem(0).isName()) return false;
  const std::string family = space.getArrayItem(0).getName();
  if (family == "/ICCBased") {
    Object n = space.getArrayItem(1).isStream() ? space.getArrayItem(1).getDict().getKey("/N") : Object::newNull();
    return n.isInteger() && (n.getIntValue() == 4 || n.getIntValue() == 1);
  }
  if (family == "/Indexed") return press_space(space.getArrayItem(1));
  return false;  // CalRGB, Lab, Separation and DeviceN are not expected in our files
}

// Image XObjects reachable from resources, forms included.
void collect_images(Object resources, std::set<QPDFObjGen>& seen, std::vector<Object>& images) {
  if (!resources.isDictionary()) return;
  Object xobjects = resources.getKey("/XObject");
  if (!xobjects.isDictionary()) return;
  for (auto entry : xobjects.ditems()) {
    Object x = entry.second;
    if (!x.isStream() || (x.isIndirect() && !seen.insert(x.getObjGen()).second)) continue;
    Object subtype = x.getDict().getKey("/Subtype");
    if (subtype.isNameAndEquals("/Image")) images.push_back(x);
    else if (subtype.isNameAndEquals("/Form")) collect_images(x.getDict().getKey("/Resources"), seen, images);
  }
}

}  // namespace

void check_pdf_press_images(QPDF& pdf, Report& report) {
  int number = 0;
  for (QPDFPageObjectHelper& page : QPDFPageDocumentHelper(pdf).getAllPages()) {
    ++number;
    std::set<QPDFObjGen> seen;
    std::vector<Object> images;
    collect_images(page.getAttribute("/Resources", false), seen, images);
    for (Object& image : images) {
      Object dict = image.getDict();
      if (dict.getKey("/ImageMask").isBool() && dict.getKey("/ImageMask").getBoolValue()) continue;
      if (press_space(dict.getKey("/ColorSpace"))) continue;
      report.findings.push_back(
          {Level::error, "rgb-image", number,
           "an image of " + std::to_string(dict.getKey("/Width").isInteger() ? dict.getKey("/Width").getIntValue() : 0) +
               " × " + std::to_string(dict.getKey("/Height").isInteger() ? dict.getKey("/Height").getIntValue() : 0) +
               " px is not in CMYK or gray, which the cmyk-only profile requires",
           {}});
    }
  }
}

}  // namespace preflight
