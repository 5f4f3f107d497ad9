#include <lcms2.h>

#include "preflight/written_pdf_checks.hpp"
#include "util/handle.hpp"

namespace preflight {

namespace {

std::string profile_info(cmsHPROFILE profile, cmsInfoType what) {
  char text[512] = {};
  // No language asked for: the profile's own first entry, in whatever language its maker wrote.
  cmsGetProfileInfoASCII(profile, what, cmsNoLanguage, cmsNoCountry, text, sizeof text);
  return text;
}

// "FOGRA39 (Coated FOGRA39 …); embedded profile "…" (its copyright), 236 KB": what the
// intent names and what the embedded profile says of itself.
std::string describe(QPDFObjectHandle intent, QPDFObjectHandle profile) {
  std::string out = intent.getKey("/OutputConditionIdentifier").isString()
                        ? intent.getKey("/OutputConditionIdentifier").getUTF8Value()
                        : std::string("(no condition identifier)");
  if (intent.getKey("/Info").isString()) out += " (" + intent.getKey("/Info").getUTF8Value() + ")";
  const auto data = profile.getStreamData(qpdf_dl_generalized);
  const std::string bytes(reinterpret_cast<const char*>(data->getBuffer()), data->getSize());
  util::Handle<void, cmsCloseProfile> icc(cmsOpenProfileFromMem(bytes.data(), static_cast<cmsUInt32Number>(bytes.size())));
  out += "; embedded profile ";
  if (!icc) return out + "unreadable (" + std::to_string(bytes.size()) + " bytes)";
  out += "\"" + profile_info(icc.get(), cmsInfoDescription) + "\"";
  if (const std::string made = profile_info(icc.get(), cmsInfoCopyright); !made.empty()) out += ", \"" + made + "\"";
  return out + ", " + std::to_string((bytes.size() + 512) / 1024) + " KB";
}

}  // namespace

// PDF/X: the catalog names the printing condition (/S /GTS_PDFX) with a CMYK profile, which
// the RIP uses for everything that is not already CMYK. What it embeds goes into the report.
void check_pdf_output_intent(QPDF& pdf, Report& report) {
  QPDFObjectHandle intents = pdf.getRoot().getKey("/OutputIntents");
  if (intents.isArray()) {
    for (QPDFObjectHandle& intent : intents.aitems()) {
      if (!intent.isDictionary() || !intent.getKey("/S").isNameAndEquals("/GTS_PDFX")) continue;
      QPDFObjectHandle profile = intent.getKey("/DestOutputProfile");
      if (profile.isStream() && profile.getDict().getKey("/N").isInteger() &&
          profile.getDict().getKey("/N").getIntValue() == 4) {
        report.settings.output_intent = describe(intent, profile);
        return;
      }
      report.findings.push_back({Level::error, "output-intent", 0,
                                 "the PDF/X output intent carries no CMYK profile (/DestOutputProfile with /N 4)", {}});
      return;
    }
  }
  report.findings.push_back({Level::error, "output-intent", 0,
                             "the PDF has no PDF/X output intent (/OutputIntents with /S /GTS_PDFX)", {}});
}

}  // namespace preflight
