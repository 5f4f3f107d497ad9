#include "preflight/written_pdf_checks.hpp"

namespace preflight {

// PDF/X: the catalog names the printing condition (/S /GTS_PDFX) with a CMYK profile, which
// the RIP uses for everything that is not already CMYK.
void check_pdf_output_intent(QPDF& pdf, Report& report) {
  QPDFObjectHandle intents = pdf.getRoot().getKey("/OutputIntents");
  if (intents.isArray()) {
    for (QPDFObjectHandle& intent : intents.aitems()) {
      if (!intent.isDictionary() || !intent.getKey("/S").isNameAndEquals("/GTS_PDFX")) continue;
      QPDFObjectHandle profile = intent.getKey("/DestOutputProfile");
      if (profile.isStream() && profile.getDict().getKey("/N").isInteger() &&
          profile.getDict().getKey("/N").getIntValue() == 4)
        return;
      report.findings.push_back({Level::error, "output-intent", 0,
                                 "the PDF/X output intent carries no CMYK profile (/DestOutputProfile with /N 4)", {}});
      return;
    }
  }
  report.findings.push_back({Level::error, "output-intent", 0,
                             "the PDF has no PDF/X output intent (/OutputIntents with /S /GTS_PDFX)", {}});
}

}  // namespace preflight
