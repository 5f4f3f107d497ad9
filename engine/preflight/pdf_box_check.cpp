#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>

#include <optional>

#include "preflight/written_pdf_checks.hpp"

namespace preflight {

namespace {

using Object = QPDFObjectHandle;

std::optional<Object::Rectangle> box(Object value) {
  if (!value.isRectangle()) return std::nullopt;
  Object::Rectangle r = value.getArrayAsRectangle();
  // Rectangles may be written with any two opposite corners.
  return Object::Rectangle(std::min(r.llx, r.urx), std::min(r.lly, r.ury), std::max(r.llx, r.urx), std::max(r.lly, r.ury));
}

bool inside(const Object::Rectangle& inner, const Object::Rectangle& outer) {
  constexpr double tolerance = 0.01;
  return inner.llx >= outer.llx - tolerance && inner.lly >= outer.lly - tolerance && inner.urx <= outer.urx + tolerance &&
         inner.ury <= outer.ury + tolerance;
}

draw::Rect as_area(const Object::Rectangle& r) { return {r.llx, r.lly, r.urx - r.llx, r.ury - r.lly}; }

}  // namespace

// A print shop trims at the TrimBox and images up to the BleedBox; both must be there and
// TrimBox ⊆ BleedBox ⊆ MediaBox. (Areas in these findings are in PDF user space.)
void check_pdf_page_boxes(QPDF& pdf, Report& report) {
  int number = 0;
  for (QPDFPageObjectHelper& page : QPDFPageDocumentHelper(pdf).getAllPages()) {
    ++number;
    auto add = [&](const std::string& message, draw::Rect area = {}) {
      report.findings.push_back({Level::error, "page-boxes", number, message, area});
    };
    const auto media = box(page.getAttribute("/MediaBox", false));
    const auto bleed = box(page.getObjectHandle().getKey("/BleedBox"));
    const auto trim = box(page.getObjectHandle().getKey("/TrimBox"));
    if (!media) add("the page has no valid MediaBox");
    if (!bleed) add("the page has no BleedBox: the printer cannot tell how far the bleed reaches");
    if (!trim) add("the page has no TrimBox: the printer cannot tell where to cut");
    if (media && bleed && !inside(*bleed, *media)) add("the BleedBox reaches beyond the MediaBox", as_area(*bleed));
    if (bleed && trim && !inside(*trim, *bleed)) add("the TrimBox reaches beyond the BleedBox", as_area(*trim));
    if (media && trim && !inside(*trim, *media)) add("the TrimBox reaches beyond the MediaBox", as_area(*trim));
  }
}

}  // namespace preflight
