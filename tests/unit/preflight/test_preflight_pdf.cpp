// Preflight on written PDFs, read back with libqpdf: the print writer's output passes; files
// made by hand with one fault each do not.
#include <catch2/catch.hpp>

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include <filesystem>
#include <fstream>
#include <iterator>

#include "export/pdf_print/pdf_print.hpp"
#include "preflight/preflight.hpp"
#include "sample_document.hpp"
#include "util/units.hpp"

namespace fs = std::filesystem;
using preflight::Level;
using Object = QPDFObjectHandle;

namespace {

fs::path scratch(const std::string& name) {
  const fs::path folder = fs::path(BROCHURE_TEST_SCRATCH) / "preflight-pdf" / name;
  fs::remove_all(folder);
  fs::create_directories(folder);
  return folder;
}

std::vector<preflight::Finding> findings_of(const preflight::Report& report, const std::string& check) {
  std::vector<preflight::Finding> out;
  for (const auto& f : report.findings)
    if (f.check == check) out.push_back(f);
  return out;
}

struct HandMade {
  bool device_rgb_space = false;   // a /DeviceRGB colour space resource
  bool rgb_operator = false;       // "1 0 0 rg" in the content
  bool unembedded_font = false;    // Helvetica without a font file
  bool trim_box = true;
  bool trim_beyond_bleed = false;
  bool output_intent = false;
};

// A one-page PDF written with qpdf directly, with the faults asked for.
fs::path hand_made(const fs::path& file, const HandMade& fault) {
  QPDF pdf;
  pdf.emptyPDF();
  Object resources = Object::newDictionary();
  std::string content = "0 0 0 1 k 10 10 50 50 re f\n";
  if (fault.device_rgb_space)
    resources.replaceKey("/ColorSpace", Object::parse("<< /CS0 /DeviceRGB >>"));
  if (fault.rgb_operator) content += "1 0 0 rg 20 20 10 10 re f\n";
  if (fault.unembedded_font) {
    Object font = pdf.makeIndirectObject(Object::parse("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"));
    Object fonts = Object::newDictionary();
    fonts.replaceKey("/F1", font);
    resources.replaceKey("/Font", fonts);
    content += "BT /F1 12 Tf 30 30 Td (Hello) Tj ET\n";
  }
  Object page = Object::parse("<< /Type /Page /MediaBox [0 0 300 300] /BleedBox [10 10 290 290] >>");
  if (fault.trim_box) page.replaceKey("/TrimBox", Object::parse(fault.trim_beyond_bleed ? "[5 20 280 280]" : "[20 20 280 280]"));
  page.replaceKey("/Resources", resources);
  page.replaceKey("/Contents", Object::newStream(&pdf, content));
  QPDFPageDocumentHelper(pdf).addPage(pdf.makeIndirectObject(page), false);
  if (fault.output_intent) {
    Object profile = Object::newStream(&pdf, std::string(128, '\0'));
    profile.getDict().replaceKey("/N", Object::newInteger(4));
    Object intent = Object::parse("<< /Type /OutputIntent /S /GTS_PDFX /OutputConditionIdentifier (FOGRA39) >>");
    intent.replaceKey("/DestOutputProfile", profile);
    pdf.getRoot().replaceKey("/OutputIntents", Object::newArray({intent}));
  }
  QPDFWriter writer(pdf, file.c_str());
  writer.write();
  return file;
}

}  // namespace

TEST_CASE("preflight pdf: the print writer's PDF/X-4 passes", "[preflight]") {
  const fs::path folder = scratch("writer");
  draw::Document doc = test_support::a4_document("vi");
  test_support::add_text(doc, doc.pages.front(), test_support::noto_serif, 0, 10, util::mm(20), util::mm(30),
                         "Khu kinh tế Dung Quất", "vi", {0, 1});
  test_support::add_text(doc, doc.pages.front(), test_support::noto_sans_cjk, test_support::cjk_face_index("zh"), 10,
                         util::mm(20), util::mm(40), "投资指南", "zh", {1, 1});
  const fs::path pdf = folder / "print.pdf";
  exporter::pdf_print::write(doc, pdf, {"2026-01-15T00:00:00Z"});
  preflight::Report report = preflight::check_document(doc);
  preflight::check_written_pdf(pdf, report);
  INFO(report.text());
  CHECK(report.findings.empty());
  // The file's bytes pass the build's check too.
  std::ifstream in(pdf, std::ios::binary);
  preflight::Report build;
  preflight::check_written_print_file({std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()}, build);
  CHECK(build.findings.empty());
}

TEST_CASE("preflight pdf: a clean hand-made PDF with an output intent passes", "[preflight]") {
  const fs::path pdf = hand_made(scratch("clean") / "clean.pdf", {.output_intent = true});
  preflight::Report report;
  preflight::check_written_pdf(pdf, report);
  INFO(report.text());
  CHECK(report.findings.empty());
}

TEST_CASE("preflight pdf: DeviceRGB in a resource or in the content is an error", "[preflight]") {
  const fs::path folder = scratch("rgb");
  for (const HandMade& fault : {HandMade{.device_rgb_space = true, .output_intent = true},
                                HandMade{.rgb_operator = true, .output_intent = true}}) {
    preflight::Report report;
    preflight::check_written_pdf(hand_made(folder / "rgb.pdf", fault), report);
    INFO(report.text());
    const auto found = findings_of(report, "device-rgb");
    REQUIRE(found.size() == 1);
    CHECK(found[0].level == Level::error);
    CHECK(found[0].page == 1);
    CHECK(found[0].message.find(fault.rgb_operator ? "rg operator" : "colour space") != std::string::npos);
    CHECK(report.findings.size() == 1);
  }
}

TEST_CASE("preflight pdf: a font without a font file is an error", "[preflight]") {
  preflight::Report report;
  preflight::check_written_pdf(hand_made(scratch("font") / "font.pdf", {.unembedded_font = true, .output_intent = true}),
                               report);
  const auto found = findings_of(report, "font-embedding");
  REQUIRE(found.size() == 1);
  CHECK(found[0].level == Level::error);
  CHECK(found[0].message.find("Helvetica") != std::string::npos);
}

TEST_CASE("preflight pdf: missing or badly nested page boxes are errors", "[preflight]") {
  const fs::path folder = scratch("boxes");
  preflight::Report missing;
  preflight::check_written_pdf(hand_made(folder / "no-trim.pdf", {.trim_box = false, .output_intent = true}), missing);
  auto found = findings_of(missing, "page-boxes");
  REQUIRE(found.size() == 1);
  CHECK(found[0].message.find("no TrimBox") != std::string::npos);

  preflight::Report nested;
  preflight::check_written_pdf(hand_made(folder / "wide-trim.pdf", {.trim_beyond_bleed = true, .output_intent = true}), nested);
  found = findings_of(nested, "page-boxes");
  REQUIRE(found.size() == 1);
  CHECK(found[0].message.find("TrimBox reaches beyond the BleedBox") != std::string::npos);
  CHECK(found[0].level == Level::error);
}

TEST_CASE("preflight pdf: no PDF/X output intent is an error; so is a file that is not a PDF", "[preflight]") {
  const fs::path folder = scratch("intent");
  preflight::Report report;
  preflight::check_written_pdf(hand_made(folder / "no-intent.pdf", {}), report);
  const auto found = findings_of(report, "output-intent");
  REQUIRE(found.size() == 1);
  CHECK(found[0].page == 0);

  std::ofstream(folder / "not.pdf") << "hello";
  preflight::Report broken;
  preflight::check_written_pdf(folder / "not.pdf", broken);
  REQUIRE(broken.findings.size() == 1);
  CHECK(broken.findings[0].check == "pdf");
  CHECK(broken.has_errors());
}

namespace {

std::string bytes_of(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

}  // namespace

TEST_CASE("preflight pdf: the build's check of the written bytes finds faults in the file's objects", "[preflight]") {
  const fs::path folder = scratch("bytes");
  preflight::Report clean;
  preflight::check_written_print_file(bytes_of(hand_made(folder / "clean.pdf", {.output_intent = true})), clean);
  INFO(clean.text());
  CHECK(clean.findings.empty());

  struct Case {
    HandMade fault;
    std::string check;
  };
  for (const Case& c : {Case{{.device_rgb_space = true, .output_intent = true}, "device-rgb"},
                        Case{{.unembedded_font = true, .output_intent = true}, "font-embedding"},
                        Case{{.trim_box = false, .output_intent = true}, "page-boxes"},
                        Case{{}, "output-intent"}}) {
    preflight::Report report;
    preflight::check_written_print_file(bytes_of(hand_made(folder / (c.check + ".pdf"), c.fault)), report);
    INFO(c.check << ": " << report.text());
    REQUIRE(findings_of(report, c.check).size() == 1);
    CHECK(report.has_errors());
  }

  preflight::Report broken;
  preflight::check_written_print_file("hello", broken);
  REQUIRE(broken.findings.size() == 1);
  CHECK(broken.findings[0].check == "pdf");
}

TEST_CASE("preflight pdf: content streams are parsed by the full check only", "[preflight]") {
  // The build trusts the print writer's colour policy for operators (and the tests hold the
  // writer to it through check_written_pdf): "1 0 0 rg" in a content stream is found by the
  // full re-read, not by the build's check of the objects.
  const fs::path pdf = hand_made(scratch("operators") / "rg.pdf", {.rgb_operator = true, .output_intent = true});
  preflight::Report full;
  preflight::check_written_pdf(pdf, full);
  CHECK(findings_of(full, "device-rgb").size() == 1);
  preflight::Report build;
  preflight::check_written_print_file(bytes_of(pdf), build);
  CHECK(build.findings.empty());
}

TEST_CASE("preflight pdf: under cmyk-only an RGB image in the file is an error; converted it passes", "[preflight]") {
  const fs::path folder = scratch("cmyk-only");
  draw::Document doc = test_support::a4_document("en");
  const draw::ImageResource chart{fs::path(BROCHURE_FIXTURES) / "print-e2e" / "colour-chart-240x160.png",
                                  draw::ImageFormat::png, draw::ImageColor::rgb, 240, 160, 8, false, false};
  doc.pages.front().items.push_back({draw::ImagePlacement{doc.intern_image(chart), {60, 100, 57, 38}}, false});
  doc.print.output_profile = fs::path(BROCHURE_FIXTURES) / ".." / ".." / "layouts" / "color" / "FOGRA39L-argyll.icc";
  doc.print.preflight = draw::PreflightProfile::cmyk_only;
  for (const bool convert : {false, true}) {
    doc.print.convert_rgb_images = convert;
    const fs::path pdf = folder / (convert ? "converted.pdf" : "kept.pdf");
    exporter::pdf_print::write(doc, pdf, {"2026-01-15T00:00:00Z"});
    preflight::Report report;
    report.settings.profile = draw::PreflightProfile::cmyk_only;
    preflight::check_written_pdf(pdf, report);
    INFO(report.text());
    const auto found = findings_of(report, "rgb-image");
    CHECK(found.size() == (convert ? 0u : 1u));
    if (!convert) CHECK(found[0].message.find("240 × 160 px") != std::string::npos);
    CHECK(report.settings.output_intent.find("Made from FOGRA39L.ti3") != std::string::npos);
  }
}
