#include "export/pdf_print/output_intent.hpp"

#include <lcms2.h>

#include <fstream>
#include <iterator>

#include "util/diagnostics.hpp"
#include "util/handle.hpp"
#include "util/resources.hpp"

namespace exporter::pdf_print {

using Object = QPDFObjectHandle;

std::filesystem::path output_profile_path(const draw::PrintSetup& print) {
  if (!print.output_profile.empty()) return print.output_profile;
  const std::filesystem::path engine_profile = "layouts/color/FOGRA39L-argyll.icc";
  if (auto found = util::find_resource(std::filesystem::current_path(), engine_profile)) return *found;
  util::fail({}, "no output-intent profile: the layout names none and " + engine_profile.string() + " is not found");
}

std::string read_output_profile(const std::filesystem::path& file) {
  const util::SourceLocation where{file.string(), 0, 0};
  std::ifstream in(file, std::ios::binary);
  if (!in) util::fail(where, "cannot read the output-intent profile");
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  util::Handle<void, cmsCloseProfile> profile(
      cmsOpenProfileFromMem(bytes.data(), static_cast<cmsUInt32Number>(bytes.size())));
  if (!profile) util::fail(where, "the output-intent profile is not an ICC profile lcms2 can read");
  if (cmsGetColorSpace(profile.get()) != cmsSigCmykData)
    util::fail(where, "the output-intent profile must describe CMYK (PDF/X-4 prints in CMYK)");
  if (cmsGetDeviceClass(profile.get()) != cmsSigOutputClass)
    util::fail(where, "the output-intent profile must be an output (printer) profile");
  return bytes;
}

Object make_output_intent(QPDF& pdf, const draw::PrintSetup& print, const std::string& profile) {
  Object icc = Object::newStream(&pdf, profile);
  icc.getDict().replaceKey("/N", Object::newInteger(4));

  Object intent = Object::newDictionary();
  intent.replaceKey("/Type", Object::newName("/OutputIntent"));
  intent.replaceKey("/S", Object::newName("/GTS_PDFX"));
  intent.replaceKey("/OutputConditionIdentifier", Object::newUnicodeString(print.output_condition));
  if (!print.output_condition_info.empty()) {
    intent.replaceKey("/OutputCondition", Object::newUnicodeString(print.output_condition_info));
    intent.replaceKey("/Info", Object::newUnicodeString(print.output_condition_info));
  } else {
    intent.replaceKey("/Info", Object::newUnicodeString(print.output_condition));
  }
  intent.replaceKey("/RegistryName", Object::newUnicodeString(print.registry));
  intent.replaceKey("/DestOutputProfile", icc);
  return pdf.makeIndirectObject(intent);
}

}  // namespace exporter::pdf_print
