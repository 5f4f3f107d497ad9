// The digital PDF, checked by tools this project did not write: poppler (pdftotext, pdffonts,
// pdfinfo, pdfimages, pdftoppm), qpdf and libqpdf.
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFOutlineDocumentHelper.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageLabelDocumentHelper.hh>

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <thread>

#include "draw/page_label.hpp"
#include "export/pdf_digital/pdf_digital.hpp"
#include "export/pdf_print/pdf_print.hpp"
#include "export/png/png.hpp"
#include "test_cairo_samples.hpp"
#include "util/diagnostics.hpp"

using namespace cairo_samples;

// Shows the message when a util::Failure escapes a test (here or in the other export tests).
CATCH_TRANSLATE_EXCEPTION(const util::Failure& failure) { return failure.diagnostic.str(); }

namespace {

const exporter::pdf_digital::Options digital{"2026-01-15T09:30:00Z", false};

fs::path write_multilingual(const std::string& name) {
  const fs::path file = scratch("pdf-" + name) / "handbook.vi.digital.pdf";
  exporter::pdf_digital::write(multilingual_document(), file, digital);
  return file;
}

std::string read_bytes(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// "Key:   value" lines of pdfinfo.
std::map<std::string, std::string> pdfinfo(const fs::path& file, const std::string& flags = "") {
  const ToolOutput info = run("pdfinfo " + flags + " " + quoted(file));
  REQUIRE(info.status == 0);
  std::map<std::string, std::string> fields;
  std::istringstream lines(info.out);
  for (std::string line; std::getline(lines, line);) {
    const auto colon = line.find(':');
    if (colon == std::string::npos) continue;
    const auto value = line.find_first_not_of(' ', colon + 1);
    fields[line.substr(0, colon)] = value == std::string::npos ? "" : line.substr(value);
  }
  return fields;
}

std::size_t page_index(std::vector<QPDFPageObjectHelper>& pages, QPDFObjectHandle page) {
  for (std::size_t i = 0; i < pages.size(); ++i)
    if (pages[i].getObjectHandle().getObjGen() == page.getObjGen()) return i;
  return pages.size();
}

// A page label dictionary as the text a viewer shows (decimal and roman styles).
std::string label_text(QPDFObjectHandle label) {
  std::string text = label.hasKey("/P") ? label.getKey("/P").getUTF8Value() : "";
  if (!label.hasKey("/S")) return text;
  const int start = label.hasKey("/St") ? label.getKey("/St").getIntValueAsInt() : 1;
  const std::string style = label.getKey("/S").getName();
  if (style == "/D") return text + std::to_string(start);
  if (style == "/r") return text + draw::lower_roman(start);
  return text + "?" + style;
}

}  // namespace

TEST_CASE("digital PDF: pdftotext gives back the text of all six languages", "[pdf_digital]") {
  const fs::path file = write_multilingual("text");
  const ToolOutput text = run("pdftotext -enc UTF-8 " + quoted(file) + " -");
  REQUIRE(text.status == 0);
  for (const Line& line : six_languages()) {
    INFO(line.lang << ": " << line.text);
    CHECK(text.out.find(line.text) != std::string::npos);
  }
}

TEST_CASE("digital PDF: the English sample really contains the ffi ligature", "[pdf_digital]") {
  // Otherwise the text test above would prove nothing about ligatures.
  const draw::Document doc = multilingual_document();
  const auto& run = std::get<draw::GlyphRun>(doc.pages[1].items[1].content);
  bool ligature = false;
  for (const draw::Cluster& c : run.clusters) ligature = ligature || (c.text == "ffi" && c.glyph_count == 1);
  CHECK(ligature);
}

TEST_CASE("digital PDF: pdffonts shows every font embedded", "[pdf_digital]") {
  const fs::path file = write_multilingual("fonts");
  const ToolOutput fonts = run("pdffonts " + quoted(file));
  REQUIRE(fonts.status == 0);
  std::istringstream lines(fonts.out);
  std::string line;
  std::getline(lines, line);  // header
  const auto emb = line.find("emb");
  REQUIRE(emb != std::string::npos);
  std::getline(lines, line);  // ----
  std::set<std::string> faces;
  while (std::getline(lines, line)) {
    if (line.size() < emb + 7) continue;
    INFO(line);
    CHECK(line.substr(emb, 7) == "yes yes");  // embedded, as a subset
    const std::string name = line.substr(0, line.find(' '));
    faces.insert(name.substr(name.find('+') + 1));  // Cairo may split a face in two subsets
  }
  CHECK(faces == std::set<std::string>{"NotoSans-Bold", "NotoSerif-Regular", "NotoSansCJKjp-Regular",
                                       "NotoSansCJKkr-Regular", "NotoSansCJKsc-Regular"});
}

TEST_CASE("digital PDF: qpdf --check passes", "[pdf_digital]") {
  const fs::path file = write_multilingual("check");
  const ToolOutput check = run("qpdf --check " + quoted(file) + " 2>&1");
  INFO(check.out);
  CHECK(check.status == 0);
  CHECK(check.out.find("No syntax or stream encoding errors found") != std::string::npos);
}

TEST_CASE("digital PDF: bookmarks nest by level and point at their pages", "[pdf_digital]") {
  const fs::path file = write_multilingual("outline");
  QPDF pdf;
  pdf.processFile(file.c_str());
  auto pages = QPDFPageDocumentHelper(pdf).getAllPages();
  QPDFOutlineDocumentHelper outline(pdf);
  auto top = outline.getTopLevelOutlines();
  REQUIRE(top.size() == 2);
  CHECK(top[0].getTitle() == "Tổng quan");
  CHECK(top[1].getTitle() == "Приложение");
  CHECK(page_index(pages, top[0].getDestPage()) == 1);
  CHECK(page_index(pages, top[1].getDestPage()) == 2);
  CHECK(top[0].getCount() > 0);  // chapters open

  auto sections = top[0].getKids();
  REQUIRE(sections.size() == 2);
  CHECK(sections[0].getTitle() == "Khu kinh tế Dung Quất");
  CHECK(sections[1].getTitle() == "Hạ tầng");
  CHECK(page_index(pages, sections[1].getDestPage()) == 2);
  CHECK(sections[0].getKids().empty());

  auto appendix = top[1].getKids();  // level 3 right under level 1 nests one deeper
  REQUIRE(appendix.size() == 1);
  CHECK(appendix[0].getTitle() == "附录");

  // The destination's top is the entry's y, in PDF coordinates (y up).
  QPDFObjectHandle dest = sections[0].getDest();
  REQUIRE(dest.isArray());
  CHECK(dest.getArrayItem(1).getName() == "/XYZ");
  CHECK(dest.getArrayItem(3).getNumericValue() == Approx(util::mm(297) - 160).margin(0.01));
  CHECK(pdf.getRoot().getKey("/PageMode").getName() == "/UseOutlines");
}

TEST_CASE("digital PDF: links are /Link annotations with their URI or destination", "[pdf_digital]") {
  const fs::path file = write_multilingual("links");
  QPDF pdf;
  pdf.processFile(file.c_str());
  auto pages = QPDFPageDocumentHelper(pdf).getAllPages();
  REQUIRE(pages.size() == 3);
  CHECK_FALSE(pages[0].getObjectHandle().hasKey("/Annots"));
  QPDFObjectHandle annotations = pages[1].getObjectHandle().getKey("/Annots");
  REQUIRE(annotations.isArray());
  REQUIRE(annotations.getArrayNItems() == 2);

  QPDFObjectHandle external = annotations.getArrayItem(0);
  CHECK(external.getKey("/Subtype").getName() == "/Link");
  CHECK(external.getKey("/A").getKey("/S").getName() == "/URI");
  CHECK(external.getKey("/A").getKey("/URI").getStringValue() ==
        "https://dungquat.example/%C4%91%E1%BA%A7u-t%C6%B0");
  const auto rect = external.getKey("/Rect").getArrayAsRectangle();
  CHECK(rect.llx == Approx(56));
  CHECK(rect.urx == Approx(256));
  CHECK(rect.ury == Approx(util::mm(297) - 240).margin(0.01));
  CHECK(rect.lly == Approx(util::mm(297) - 260).margin(0.01));

  QPDFObjectHandle internal = annotations.getArrayItem(1);
  CHECK(internal.getKey("/Subtype").getName() == "/Link");
  QPDFObjectHandle dest = internal.getKey("/Dest");
  REQUIRE(dest.isArray());
  CHECK(page_index(pages, dest.getArrayItem(0)) == 2);
  CHECK(dest.getArrayItem(3).getNumericValue() == Approx(util::mm(297) - 300).margin(0.01));

  // And poppler, independently, reads the external one.
  const ToolOutput urls = run("pdfinfo -url " + quoted(file));
  CHECK(urls.out.find("https://dungquat.example/%C4%91%E1%BA%A7u-t%C6%B0") != std::string::npos);
}

TEST_CASE("digital PDF: the catalog has /Lang and shows the document title", "[pdf_digital]") {
  const fs::path file = write_multilingual("catalog");
  QPDF pdf;
  pdf.processFile(file.c_str());
  QPDFObjectHandle catalog = pdf.getRoot();
  CHECK(catalog.getKey("/Lang").getUTF8Value() == "vi");
  CHECK(catalog.getKey("/ViewerPreferences").getKey("/DisplayDocTitle").getBoolValue());
}

TEST_CASE("digital PDF: page labels name folios, unnumbered pages by position", "[pdf_digital]") {
  const fs::path file = write_multilingual("labels");
  QPDF pdf;
  pdf.processFile(file.c_str());
  QPDFPageLabelDocumentHelper labels(pdf);
  REQUIRE(labels.hasPageLabels());
  // The cover is the first page, but folio 1 is taken: it becomes "i".
  CHECK(label_text(labels.getLabelForPage(0)) == "i");
  CHECK(label_text(labels.getLabelForPage(1)) == "1");
  CHECK(label_text(labels.getLabelForPage(2)) == "2");
}

TEST_CASE("digital PDF: pdfinfo reads the metadata", "[pdf_digital]") {
  const fs::path file = write_multilingual("info");
  auto info = pdfinfo(file, "-isodates");
  CHECK(info["Title"] == "Cẩm nang đầu tư Quảng Ngãi");
  CHECK(info["Subject"] == "Investment handbook");
  CHECK(info["Keywords"] == "Quảng Ngãi, Dung Quất, đầu tư");
  CHECK(info["Author"] == "Ban quản lý KKT Dung Quất");
  CHECK(info["Creator"] == "brochure test");
  CHECK(info["CreationDate"].rfind("2026-01-15T09:30:00", 0) == 0);
  CHECK(info["Pages"] == "3");
  CHECK(info["Page size"].find("595.276 x 841.89") != std::string::npos);
}

TEST_CASE("digital PDF: without a build date the edition's date is used; subtitles join the title",
          "[pdf_digital]") {
  draw::Document doc = multilingual_document();
  doc.meta.subtitle = "Dung Quất 2026";
  const fs::path file = scratch("pdf-info-defaults") / "handbook.pdf";
  exporter::pdf_digital::write(doc, file, {"", false});
  auto info = pdfinfo(file, "-isodates");
  CHECK(info["Title"] == "Cẩm nang đầu tư Quảng Ngãi: Dung Quất 2026");
  CHECK(info["CreationDate"].rfind("2026-01-15", 0) == 0);
  CHECK(info["ModDate"].rfind("2026-01-15", 0) == 0);
}

TEST_CASE("digital PDF: the same document gives the same bytes", "[pdf_digital]") {
  const fs::path folder = scratch("pdf-deterministic");
  exporter::pdf_digital::write(multilingual_document(), folder / "a.pdf", digital);
  exporter::pdf_digital::write(multilingual_document(), folder / "b.pdf", digital);
  CHECK(read_bytes(folder / "a.pdf") == read_bytes(folder / "b.pdf"));
}

TEST_CASE("digital PDF: documents written at once come out as written alone", "[pdf_digital]") {
  // `brochure build` exports languages in parallel: each write has its own fonts and images,
  // and Cairo and FreeType state must not leak between them.
  const fs::path folder = scratch("pdf-parallel");
  const draw::Document doc = multilingual_document();
  const draw::Document leaflet = leaflet_document();
  exporter::pdf_digital::write(doc, folder / "alone.pdf", digital);
  exporter::pdf_digital::write(leaflet, folder / "leaflet-alone.pdf", digital);
  std::vector<std::thread> writers;
  for (int i = 0; i < 4; ++i)
    writers.emplace_back([&, i] {
      if (i % 2 == 0)
        exporter::pdf_digital::write(doc, folder / ("together-" + std::to_string(i) + ".pdf"), digital);
      else
        exporter::pdf_digital::write(leaflet, folder / ("together-" + std::to_string(i) + ".pdf"), digital);
    });
  for (auto& w : writers) w.join();
  CHECK(read_bytes(folder / "together-0.pdf") == read_bytes(folder / "alone.pdf"));
  CHECK(read_bytes(folder / "together-2.pdf") == read_bytes(folder / "alone.pdf"));
  CHECK(read_bytes(folder / "together-1.pdf") == read_bytes(folder / "leaflet-alone.pdf"));
  CHECK(read_bytes(folder / "together-3.pdf") == read_bytes(folder / "leaflet-alone.pdf"));
}

TEST_CASE("digital PDF: spreads give one page per sheet, of the sheet's size", "[pdf_digital]") {
  const draw::Document leaflet = leaflet_document();
  const fs::path folder = scratch("pdf-spreads");
  exporter::pdf_digital::write(leaflet, folder / "pages.pdf", digital);
  exporter::pdf_digital::write(leaflet, folder / "spreads.pdf", {digital.build_date, true});

  CHECK(pdfinfo(folder / "pages.pdf")["Pages"] == "6");
  auto spreads = pdfinfo(folder / "spreads.pdf", "-f 1 -l 2");
  CHECK(spreads["Pages"] == "2");
  CHECK(spreads["Page    1 size"].rfind("841.89 x 595.276 pts", 0) == 0);
  CHECK(spreads["Page    2 size"].rfind("841.89 x 595.276 pts", 0) == 0);

  const ToolOutput text = run("pdftotext -enc UTF-8 -f 2 -l 2 " + quoted(folder / "spreads.pdf") + " -");
  CHECK(text.out.find("Panel 4") != std::string::npos);
  CHECK(text.out.find("Panel 6") != std::string::npos);
  CHECK(text.out.find("Panel 1") == std::string::npos);

  // The link from the first panel lands on the inside sheet, at the panel it pointed to.
  QPDF pdf;
  pdf.processFile((folder / "spreads.pdf").c_str());
  auto pages = QPDFPageDocumentHelper(pdf).getAllPages();
  QPDFObjectHandle dest = pages[0].getObjectHandle().getKey("/Annots").getArrayItem(0).getKey("/Dest");
  CHECK(page_index(pages, dest.getArrayItem(0)) == 1);
  CHECK(dest.getArrayItem(2).getNumericValue() == Approx(util::mm(100)).margin(0.01));
  CHECK(label_text(QPDFPageLabelDocumentHelper(pdf).getLabelForPage(1)) == "inside");
}

TEST_CASE("digital PDF: spreads clip each page to its panel and show the folds", "[pdf_digital]") {
  const fs::path folder = scratch("pdf-spread-render");
  exporter::pdf_digital::write(leaflet_document(), folder / "spreads.pdf", {digital.build_date, true});
  REQUIRE(run("pdftoppm -r 72 -png -f 1 -l 1 -singlefile " + quoted(folder / "spreads.pdf") + " " +
              quoted(folder / "sheet")).status == 0);
  const Picture sheet(folder / "sheet.png");
  // Each panel's band bleeds 20 pt past its sides; clipped at the panel, the pixels 10 pt inside
  // either edge show the panel's own tint (sea's red channel is 0: 1 - tint on white paper).
  const double widths[3] = {util::mm(97), util::mm(100), util::mm(100)};
  double left = 0;
  for (int p = 0; p < 3; ++p) {
    const double expected = 255 * (1 - 0.25 * (p + 1));
    INFO("panel " << p + 1);
    CHECK(sheet.at(static_cast<int>(left + 10), 55).r == Approx(expected).margin(3));
    CHECK(sheet.at(static_cast<int>(left + widths[p] - 10), 55).r == Approx(expected).margin(3));
    left += widths[p];
  }
  // A dashed fold guide, grey, at the first fold below the band (poppler may put a hairline on
  // either pixel column next to it).
  int grey = 0;
  const int fold = static_cast<int>(util::mm(97));
  for (int y = 100; y < 500; ++y) {
    for (int x = fold - 1; x <= fold + 1; ++x) {
      const auto p = sheet.at(x, y);
      if (p.r < 230 && std::abs(p.r - p.b) < 8) {
        ++grey;
        break;
      }
    }
  }
  CHECK(grey > 50);
  CHECK(grey < 400);  // dashed, not solid
}

TEST_CASE("digital PDF: a missing font is a Failure and leaves the previous file alone", "[pdf_digital]") {
  const fs::path folder = scratch("pdf-missing-font");
  const fs::path target = folder / "handbook.pdf";
  exporter::pdf_digital::write(multilingual_document(), target, digital);
  const std::string good = read_bytes(target);

  draw::Document broken = multilingual_document();
  broken.fonts[0].file = "/nonexistent/NotoSerif-Missing.ttf";
  try {
    exporter::pdf_digital::write(broken, target, digital);
    FAIL("no Failure thrown");
  } catch (const util::Failure& failure) {
    CHECK((failure.diagnostic.where.file + failure.diagnostic.message).find("/nonexistent/NotoSerif-Missing.ttf") !=
          std::string::npos);
  }
  CHECK(read_bytes(target) == good);
  CHECK(std::distance(fs::directory_iterator(folder), fs::directory_iterator()) == 1);  // no temporary left

  try {
    exporter::pdf_digital::write(broken, folder / "new.pdf", digital);
    FAIL("no Failure thrown");
  } catch (const util::Failure&) {
  }
  CHECK_FALSE(fs::exists(folder / "new.pdf"));
}

TEST_CASE("digital PDF: a document without pages is a Failure about the target", "[pdf_digital]") {
  draw::Document empty = multilingual_document();
  empty.pages.clear();
  const fs::path target = scratch("pdf-empty") / "empty.pdf";
  try {
    exporter::pdf_digital::write(empty, target, digital);
    FAIL("no Failure thrown");
  } catch (const util::Failure& failure) {
    CHECK(failure.diagnostic.where.file == target.string());
    CHECK(failure.diagnostic.message.find("no pages") != std::string::npos);
  }
  CHECK_FALSE(fs::exists(target));
}

TEST_CASE("digital PDF: a missing image is a Failure naming the file", "[pdf_digital]") {
  const fs::path folder = scratch("pdf-missing-image");
  draw::Document doc = multilingual_document();
  const auto id = doc.intern_image({folder / "absent.jpg", draw::ImageFormat::jpeg, draw::ImageColor::rgb, 10, 10});
  doc.pages[1].items.push_back({draw::ImagePlacement{id, {50, 500, 100, 100}}, false});
  try {
    exporter::pdf_digital::write(doc, folder / "out.pdf", digital);
    FAIL("no Failure thrown");
  } catch (const util::Failure& failure) {
    CHECK((failure.diagnostic.where.file + failure.diagnostic.message).find("absent.jpg") != std::string::npos);
  }
  CHECK_FALSE(fs::exists(folder / "out.pdf"));
}

TEST_CASE("digital PDF: grey and RGB JPEGs pass through, CMYK JPEGs are converted", "[pdf_digital]") {
  const fs::path folder = scratch("pdf-jpeg");
  write_jpeg(folder / "grey.jpg", 40, 30, JCS_GRAYSCALE, {90});
  write_jpeg(folder / "rgb.jpg", 40, 30, JCS_RGB, {200, 30, 60});
  write_jpeg(folder / "cmyk.jpg", 40, 30, JCS_CMYK, {0, 255, 255, 0}, false);
  write_png(folder / "alpha.png", 40, 30, 0, 0.5, 0, 0.5);
  draw::Document doc = test_support::a4_document();
  const auto grey = doc.intern_image({folder / "grey.jpg", draw::ImageFormat::jpeg, draw::ImageColor::gray, 40, 30});
  const auto rgb = doc.intern_image({folder / "rgb.jpg", draw::ImageFormat::jpeg, draw::ImageColor::rgb, 40, 30});
  const auto cmyk = doc.intern_image({folder / "cmyk.jpg", draw::ImageFormat::jpeg, draw::ImageColor::cmyk, 40, 30});
  const auto alpha = doc.intern_image({folder / "alpha.png", draw::ImageFormat::png, draw::ImageColor::rgb, 40, 30,
                                       8, true});
  auto& items = doc.pages[0].items;
  items.push_back({draw::ImagePlacement{grey, {50, 50, 80, 60}}, false});
  items.push_back({draw::ImagePlacement{rgb, {150, 50, 80, 60}}, false});
  items.push_back({draw::ImagePlacement{cmyk, {250, 50, 80, 60}}, false});
  items.push_back({draw::ImagePlacement{alpha, {350, 50, 80, 60}}, false});
  items.push_back({draw::ImagePlacement{rgb, {150, 200, 160, 120}}, false});  // placed twice, stored once
  exporter::pdf_digital::write(doc, folder / "images.pdf", digital);

  const ToolOutput list = run("pdfimages -list " + quoted(folder / "images.pdf"));
  REQUIRE(list.status == 0);
  std::vector<std::vector<std::string>> rows;  // page num type width height color comp bpc enc …
  std::istringstream lines(list.out);
  std::string line;
  std::getline(lines, line);
  std::getline(lines, line);
  while (std::getline(lines, line)) {
    std::istringstream fields(line);
    std::vector<std::string> row;
    for (std::string f; fields >> f;) row.push_back(f);
    if (row.size() > 10) rows.push_back(row);
  }
  // pdfimages lists each placement; the second placement of the RGB JPEG draws the same object.
  REQUIRE(rows.size() == 6);
  CHECK(rows[1][10] == rows[5][10]);
  rows.pop_back();
  // Left: grey, rgb, cmyk, the PNG and its soft mask.
  auto find = [&](const std::string& color, const std::string& type) {
    for (const auto& r : rows)
      if (r[5] == color && r[2] == type) return r;
    return std::vector<std::string>{};
  };
  CHECK(find("gray", "image").at(8) == "jpeg");
  const auto rgb_rows = [&] {
    std::vector<std::string> encodings;
    // RGB is tagged with an sRGB profile: pdfimages says "icc" with three components.
    for (const auto& r : rows)
      if (r[5] == "icc" && r[6] == "3") encodings.push_back(r[8]);
    return encodings;
  }();
  REQUIRE(rgb_rows.size() == 3);  // the RGB JPEG, the converted CMYK JPEG, the PNG
  CHECK(std::count(rgb_rows.begin(), rgb_rows.end(), "jpeg") == 1);  // the converted one is deflated
  CHECK(find("gray", "smask").size() > 0);
  for (const auto& r : rows) CHECK(r[5] != "cmyk");
}

TEST_CASE("digital PDF: poppler draws the same page as the PNG preview", "[pdf_digital]") {
  // The same painter draws both, but poppler reads the fonts back from the PDF: wrong glyph
  // ids, subsets or positions would show up as differences.
  const fs::path folder = scratch("pdf-render");
  const draw::Document doc = multilingual_document();
  exporter::pdf_digital::write(doc, folder / "doc.pdf", digital);
  exporter::png::write_pages(doc, folder, {72});
  REQUIRE(run("pdftoppm -r 72 -png -f 3 -l 3 -singlefile " + quoted(folder / "doc.pdf") + " " +
              quoted(folder / "poppler")).status == 0);
  const Picture poppler(folder / "poppler.png");
  const Picture ours(folder / "page-003.png");
  for (const draw::Item& item : doc.pages[2].items) {
    const auto& run = std::get<draw::GlyphRun>(item.content);
    const int x0 = static_cast<int>(run.ink.left()), y0 = static_cast<int>(run.ink.top());
    const int x1 = static_cast<int>(run.ink.right()), y1 = static_cast<int>(run.ink.bottom());
    const int in_pdf = poppler.dark_pixels(x0, y0, x1, y1), in_png = ours.dark_pixels(x0, y0, x1, y1);
    INFO(run.language << ": poppler " << in_pdf << " dark pixels, preview " << in_png);
    CHECK(in_png > 100);
    CHECK(std::abs(in_pdf - in_png) < in_png / 5);
    // Same horizontal extent: the last dark column agrees to a pixel or two.
    auto last_column = [&](const Picture& p) {
      for (int x = x1; x >= x0; --x)
        if (p.dark_pixels(x, y0, x + 1, y1) > 0) return x;
      return -1;
    };
    CHECK(std::abs(last_column(poppler) - last_column(ours)) <= 2);
  }
}

TEST_CASE("digital PDF: a CMYK JPEG looks as the print edition will print it", "[pdf_digital]") {
  // poppler renders both editions: print with the layout's FOGRA39 profile for its CMYK (as the
  // output intent says), digital as it is (sRGB converted by the writer through that profile).
  // Stored the Adobe way (inverted) and plainly: both must come out alike, not bright blue.
  const fs::path folder = scratch("pdf-cmyk-parity");
  const fs::path profile = fs::absolute("layouts/color/FOGRA39L-argyll.icc");
  for (const bool adobe : {true, false}) {
    const fs::path jpeg = folder / (adobe ? "adobe.jpg" : "plain.jpg");
    // A warm orange with a little black; Adobe's writers store 255 - ink.
    const std::vector<unsigned char> ink{0, 153, 255, 25}, inverted{255, 102, 0, 230};
    write_jpeg(jpeg, 120, 90, JCS_CMYK, adobe ? inverted : ink, adobe);
    draw::Document doc = test_support::a4_document();
    doc.print.marks = false;
    doc.print.slug_height = 0;
    for (draw::Page& page : doc.pages) page.bleed = 0;
    const auto id = doc.intern_image({jpeg, draw::ImageFormat::jpeg, draw::ImageColor::cmyk, 120, 90});
    doc.pages[0].items.push_back({draw::ImagePlacement{id, {100, 100, 240, 180}}, false});
    const std::string name = adobe ? "adobe" : "plain";
    exporter::pdf_digital::write(doc, folder / (name + "-digital.pdf"), digital);
    exporter::pdf_print::write(doc, folder / (name + "-print.pdf"), {digital.build_date});
    REQUIRE(run("pdftoppm -r 36 -png -f 1 -l 1 -singlefile " + quoted(folder / (name + "-digital.pdf")) + " " +
                quoted(folder / (name + "-digital"))).status == 0);
    REQUIRE(run("pdftoppm -r 36 -png -f 1 -l 1 -singlefile -defaultcmykprofile " + quoted(profile) + " " +
                quoted(folder / (name + "-print.pdf")) + " " + quoted(folder / (name + "-print"))).status == 0);
    const Picture screen(folder / (name + "-digital.png")), press(folder / (name + "-print.png"));
    REQUIRE(screen.width() == press.width());
    REQUIRE(screen.height() == press.height());
    int differing = 0;
    for (int y = 0; y < screen.height(); ++y)
      for (int x = 0; x < screen.width(); ++x) {
        const auto a = screen.at(x, y), b = press.at(x, y);
        if (std::abs(a.r - b.r) > 32 || std::abs(a.g - b.g) > 32 || std::abs(a.b - b.b) > 32) ++differing;
      }
    INFO(name << ": " << differing << " of " << screen.width() * screen.height() << " pixels differ");
    CHECK(differing < screen.width() * screen.height() / 100);
    // Orange, not blue: the middle of the picture (100 + 90 pt down and 100 + 120 pt across, at 36 dpi).
    const auto middle = screen.at(110, 95);
    INFO(name << ": middle " << middle.r << " " << middle.g << " " << middle.b);
    CHECK(middle.r > 180);
    CHECK(middle.b < 120);
  }
}
