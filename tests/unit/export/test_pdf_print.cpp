// The print writer (PDF/X-4) checked by tools that share no code with it: qpdf, poppler
// (pdffonts, pdftotext, pdfinfo) and Ghostscript (tiffsep, inkcov).
#include <catch2/catch.hpp>

#include <array>
#include <fstream>
#include <iterator>
#include <map>
#include <regex>
#include <sstream>

#include "export/pdf_print/pdf_print.hpp"
#include "test_pdf_print_samples.hpp"
#include "test_pdf_print_tools.hpp"
#include "util/diagnostics.hpp"
#include "util/units.hpp"
#include "util/utf8.hpp"

using print_tools::quoted;
using print_tools::run;
namespace fs = std::filesystem;

namespace {

const exporter::pdf_print::Options build{"2026-01-15T08:30:00+07:00"};

struct Written {
  print_samples::MultilingualSample sample;
  fs::path folder, pdf;
};

Written write_sample(const std::string& name) {
  Written w;
  w.folder = print_samples::scratch(name);
  w.sample = print_samples::multilingual_sample(w.folder);
  w.pdf = w.folder / "sample.pdf";
  exporter::pdf_print::write(w.sample.document, w.pdf, build);
  return w;
}

std::string read_file(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// key=value lines from tests/fixtures/print/pdf_facts.py (qpdf's JSON, read by Python).
std::map<std::string, std::string> pdf_facts(const fs::path& pdf) {
  const auto result = run("python3 " + quoted(fs::path(BROCHURE_FIXTURES) / "print" / "pdf_facts.py") + " " + quoted(pdf));
  INFO(result.output);
  REQUIRE(result.status == 0);
  std::map<std::string, std::string> facts;
  std::istringstream lines(result.output);
  for (std::string line; std::getline(lines, line);) {
    const auto eq = line.find('=');
    if (eq != std::string::npos) facts[line.substr(0, eq)] = line.substr(eq + 1);
  }
  return facts;
}

// "left bottom right top" to three decimals, as pdf_facts.py prints boxes.
std::string box_text(double left, double bottom, double right, double top) {
  char buffer[128];
  std::snprintf(buffer, sizeof buffer, "%.3f %.3f %.3f %.3f", left, bottom, right, top);
  return buffer;
}

// The plates of a page rendered by Ghostscript's tiffsep device at `dpi`, with the output
// intent's profile for anything not already CMYK.
struct Plates {
  print_tools::Plate cyan, magenta, yellow, black;
};

Plates separate(const fs::path& pdf, int dpi) {
  const fs::path base = pdf.parent_path() / "sep.tif";
  const auto result = run("gs -q -dNOPAUSE -dBATCH -dSAFER -sDEVICE=tiffsep -dUsePDFX3Profile -sCompression=none -r" +
                          std::to_string(dpi) + " -sOutputFile=" + quoted(base) + " " + quoted(pdf));
  INFO(result.output);
  REQUIRE(result.status == 0);
  const fs::path folder = pdf.parent_path();
  return {print_tools::Plate(folder / "sep(Cyan).tif"), print_tools::Plate(folder / "sep(Magenta).tif"),
          print_tools::Plate(folder / "sep(Yellow).tif"), print_tools::Plate(folder / "sep(Black).tif")};
}

// Draw coordinates (trim origin, points) to plate pixels, for a surface with `margin` =
// bleed + slug around the trim.
struct PixelMap {
  double margin, dpi;
  int x(double points) const { return static_cast<int>((points + margin) * dpi / 72); }
  int y(double points) const { return static_cast<int>((points + margin) * dpi / 72); }
};

}  // namespace

TEST_CASE("pdf_print: the multilingual sample passes qpdf --check", "[pdf_print]") {
  const Written w = write_sample("check");
  const auto check = run("qpdf --check " + quoted(w.pdf));
  INFO(check.output);
  CHECK(check.status == 0);
  CHECK(check.output.find("No syntax or stream encoding errors") != std::string::npos);
  CHECK(check.output.find("PDF Version: 1.6") != std::string::npos);
  CHECK(check.output.find("WARNING") == std::string::npos);
}

TEST_CASE("pdf_print: pdffonts shows every font embedded, subset and with ToUnicode", "[pdf_print]") {
  const Written w = write_sample("fonts");
  const auto fonts = run("pdffonts " + quoted(w.pdf));
  INFO(fonts.output);
  REQUIRE(fonts.status == 0);
  // name  type...  encoding  emb sub uni  object ID
  const std::regex row(R"(^([A-Z]{6})\+(\S+)\s+(CID TrueType|CID Type 0C)\s+Identity-H\s+(\w+)\s+(\w+)\s+(\w+)\s+\d+\s+\d+$)");
  std::map<std::string, std::string> type_of;
  std::istringstream lines(fonts.output);
  int rows = 0;
  for (std::string line; std::getline(lines, line);) {
    if (line.empty() || line.rfind("name", 0) == 0 || line.rfind("---", 0) == 0) continue;
    ++rows;
    std::smatch m;
    INFO(line);
    REQUIRE(std::regex_match(line, m, row));
    CHECK(m[4] == "yes");
    CHECK(m[5] == "yes");
    CHECK(m[6] == "yes");
    type_of[m[2]] = m[3];
  }
  CHECK(rows == 6);
  CHECK(type_of["NotoSerif-Regular"] == "CID TrueType");
  CHECK(type_of["NotoSans-Bold"] == "CID TrueType");
  CHECK(type_of["NotoSans-Regular"] == "CID TrueType");  // the slug line
  CHECK(type_of["NotoSansCJKsc-Regular"] == "CID Type 0C");
  CHECK(type_of["NotoSansCJKjp-Regular"] == "CID Type 0C");
  CHECK(type_of["NotoSansCJKkr-Regular"] == "CID Type 0C");
}

TEST_CASE("pdf_print: pdftotext gives back the text of all six languages", "[pdf_print]") {
  const Written w = write_sample("text");
  const auto text = run("pdftotext -enc UTF-8 " + quoted(w.pdf) + " -");
  INFO(text.output);
  REQUIRE(text.status == 0);
  REQUIRE(w.sample.black_lines.size() == 6);
  for (const auto& line : w.sample.black_lines) {
    INFO(line.language << ": " << line.text);
    CHECK(text.output.find(line.text) != std::string::npos);
  }
  CHECK(text.output.find("Quảng Ngãi") != std::string::npos);
  CHECK(text.output.find("sample · vi · print · page 1/1 · 2026-01-15T08:30:00+07:00") != std::string::npos);
}

TEST_CASE("pdf_print: the ffi ligature is one glyph and extracts as three letters", "[pdf_print]") {
  const Written w = write_sample("ligature");
  // The precondition, so the test keeps its meaning if the font changes: HarfBuzz made one
  // glyph of "ffi" in the English line.
  const auto& page = w.sample.document.pages.front();
  bool ligature = false;
  for (const auto& item : page.items)
    if (const auto* run = std::get_if<draw::GlyphRun>(&item.content); run && run->language == "en")
      for (const auto& c : run->clusters) ligature |= c.glyph_count == 1 && c.text == "ffi";
  REQUIRE(ligature);
  // poppler takes the text from the ActualText span (and would from ToUnicode alone).
  const auto poppler = run("pdftotext -enc UTF-8 " + quoted(w.pdf) + " -");
  INFO(poppler.output);
  CHECK(poppler.output.find("An efficient office for affine finance") != std::string::npos);
  // The span itself, for readers that prefer ActualText (Acrobat): UTF-16BE "ffi".
  const fs::path expanded = w.folder / "expanded.pdf";
  REQUIRE(run("qpdf --qdf --object-streams=disable " + quoted(w.pdf) + " " + quoted(expanded)).status == 0);
  std::string content = read_file(expanded);
  for (char& c : content) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  CHECK(content.find("/SPAN <</ACTUALTEXT <FEFF006600660069>>> BDC") != std::string::npos);
}

TEST_CASE("pdf_print: combining marks in clusters of their own are folded into their letter", "[pdf_print]") {
  const fs::path folder = print_samples::scratch("marks");
  draw::Document doc = test_support::a4_document("ru");
  doc.meta.title = "Stress marks";
  draw::Page& page = doc.pages.front();
  // Decomposed: е + COMBINING ACUTE ACCENT, a + COMBINING CIRCUMFLEX + COMBINING ACUTE.
  const std::string russian = "Прове\u0301рка", vietnamese = "Qua\u0302\u0301t";
  test_support::add_text(doc, page, test_support::noto_serif, 0, 14, 60, 100, russian, "ru", {0, 1});
  test_support::add_text(doc, page, test_support::noto_serif, 0, 14, 60, 140, vietnamese, "vi", {0, 1});
  // Give every character a cluster of its own, as a shaper working per character would:
  // character i gets glyph i, the last one any glyphs left over, and characters beyond the
  // glyphs (composed by the font into one) get none.
  for (auto& item : page.items) {
    auto& run = std::get<draw::GlyphRun>(item.content);
    std::vector<draw::Cluster> split;
    for (const auto& c : run.clusters) {
      std::vector<std::string> characters;
      for (std::size_t pos = 0, start = 0; pos < c.text.size(); start = pos) {
        util::next_code_point(c.text, pos);
        characters.push_back(c.text.substr(start, pos - start));
      }
      for (std::uint32_t i = 0; i < characters.size(); ++i) {
        const bool last = i + 1 == characters.size();
        const std::uint32_t count = last ? (i < c.glyph_count ? c.glyph_count - i : 0) : (i < c.glyph_count ? 1 : 0);
        split.push_back({std::min(c.first_glyph + i, c.first_glyph + c.glyph_count - 1), count, characters[i]});
      }
    }
    run.clusters = split;
  }
  const fs::path pdf = folder / "marks.pdf";
  exporter::pdf_print::write(doc, pdf, build);
  const auto text = run("pdftotext -enc UTF-8 " + quoted(pdf) + " -");
  INFO(text.output);
  CHECK(text.output.find(russian) != std::string::npos);
  CHECK(text.output.find(vietnamese) != std::string::npos);
}

TEST_CASE("pdf_print: pdfinfo shows MediaBox, BleedBox and TrimBox", "[pdf_print]") {
  const Written w = write_sample("boxes");
  const auto info = run("pdfinfo -box " + quoted(w.pdf));
  INFO(info.output);
  REQUIRE(info.status == 0);
  const draw::Page& page = w.sample.document.pages.front();
  const double bleed = page.bleed, slug = w.sample.document.print.slug_height;
  const double margin = bleed + slug;
  const double media_w = page.width + 2 * margin, media_h = page.height + 2 * margin;
  auto box = [&](const std::string& name) {
    std::smatch m;
    const std::regex line(name + R"(:\s+([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s+([-\d.]+))");
    REQUIRE(std::regex_search(info.output, m, line));
    return std::array<double, 4>{std::stod(m[1]), std::stod(m[2]), std::stod(m[3]), std::stod(m[4])};
  };
  const auto media = box("MediaBox"), bleed_box = box("BleedBox"), trim = box("TrimBox");
  const std::array<double, 4> expected_media{0, 0, media_w, media_h};
  const std::array<double, 4> expected_bleed{slug, slug, media_w - slug, media_h - slug};
  const std::array<double, 4> expected_trim{margin, margin, media_w - margin, media_h - margin};
  for (int i = 0; i < 4; ++i) {
    CHECK(media[i] == Approx(expected_media[i]).margin(0.01));
    CHECK(bleed_box[i] == Approx(expected_bleed[i]).margin(0.01));
    CHECK(trim[i] == Approx(expected_trim[i]).margin(0.01));
  }
  CHECK(trim[2] - trim[0] == Approx(util::mm(210)).margin(0.01));
  CHECK(trim[3] - trim[1] == Approx(util::mm(297)).margin(0.01));
}

TEST_CASE("pdf_print: output intent, Info and XMP identify PDF/X-4", "[pdf_print]") {
  const Written w = write_sample("pdfx");
  auto facts = pdf_facts(w.pdf);
  CHECK(facts["intent0/S"] == "/GTS_PDFX");
  CHECK(facts["intent0/OutputConditionIdentifier"] == "FOGRA39");
  CHECK(facts["intent0/RegistryName"] == "http://www.color.org");
  CHECK(facts["intent0.profile/N"] == "4");
  CHECK(facts["intent0.profile.class"] == "prtr");
  CHECK(facts["intent0.profile.space"] == "CMYK");
  CHECK(facts.count("intent1/S") == 0);

  CHECK(facts["info/GTS_PDFXVersion"] == "PDF/X-4");
  CHECK(facts["info/Trapped"] == "/False");
  CHECK(facts["info/Title"] == "Cẩm nang đầu tư Quảng Ngãi");
  CHECK(facts["info/CreationDate"] == "D:20260115083000+07'00'");
  CHECK(facts["info/ModDate"] == "D:20260115083000+07'00'");

  CHECK(facts["metadata/Subtype"] == "/XML");
  CHECK(facts["metadata/Filter"] == "none");  // readable by tools that do not inflate
  CHECK(facts["xmp.title.vi"] == "Cẩm nang đầu tư Quảng Ngãi");
  CHECK(facts["xmp.language"] == "vi");
  CHECK(facts["xmp.pdfxid:GTS_PDFXVersion"] == "PDF/X-4");
  CHECK(facts["xmp.pdf:Trapped"] == "False");
  CHECK(facts["xmp.pdf:Producer"] == facts["info/Producer"]);
  CHECK(facts["xmp.xmp:CreateDate"] == "2026-01-15T08:30:00+07:00");
  CHECK(facts["xmp.xmp:ModifyDate"] == "2026-01-15T08:30:00+07:00");
  CHECK(facts["xmp.xmp:MetadataDate"] == "2026-01-15T08:30:00+07:00");
  CHECK(facts["xmp.xmpMM:VersionID"] == "1");
  CHECK(facts["xmp.xmpMM:RenditionClass"] == "default");
  const std::regex uuid("uuid:[0-9a-f]{8}-[0-9a-f]{4}-3[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
  CHECK(std::regex_match(facts["xmp.xmpMM:DocumentID"], uuid));
  CHECK(std::regex_match(facts["xmp.xmpMM:InstanceID"], uuid));
  CHECK(facts["xmp.xmpMM:DocumentID"] != facts["xmp.xmpMM:InstanceID"]);
  // A page with a soft-masked image blends in CMYK.
  CHECK(facts["page1/Group/CS"] == "/DeviceCMYK");
}

TEST_CASE("pdf_print: no DeviceRGB anywhere; JPEGs pass through, PNG alpha becomes an SMask", "[pdf_print]") {
  const Written w = write_sample("colour-spaces");
  const fs::path expanded = w.folder / "expanded.pdf";
  const auto qdf = run("qpdf --qdf --object-streams=disable " + quoted(w.pdf) + " " + quoted(expanded));
  INFO(qdf.output);
  REQUIRE(qdf.status == 0);
  // qpdf's QDF form breaks arrays over lines; one space between tokens makes searching easy.
  const std::string raw = read_file(expanded);
  std::string bytes;
  for (char c : raw) {
    const bool space = c == ' ' || c == '\n' || c == '\r' || c == '\t';
    if (!space) bytes += c;
    else if (!bytes.empty() && bytes.back() != ' ') bytes += ' ';
  }
  REQUIRE(bytes.size() > 10000);
  CHECK(bytes.find("/DeviceRGB") == std::string::npos);
  CHECK(bytes.find("/CalRGB") == std::string::npos);
  CHECK(bytes.find("/ICCBased") != std::string::npos);     // the RGB images
  CHECK(bytes.find("/DeviceCMYK") != std::string::npos);   // the CMYK JPEG
  CHECK(bytes.find("/DeviceGray") != std::string::npos);   // the gray JPEG and the SMask
  CHECK(bytes.find("/SMask") != std::string::npos);
  CHECK(bytes.find("/Separation /All /DeviceCMYK") != std::string::npos);  // registration colour
  CHECK(bytes.find("/Decode [ 1 0 1 0 1 0 1 0 ]") != std::string::npos);  // Adobe-inverted CMYK
  // Each JPEG exactly once, as DCT data byte for byte the file's.
  std::size_t dct = 0;
  for (std::size_t at = bytes.find("/DCTDecode"); at != std::string::npos; at = bytes.find("/DCTDecode", at + 1)) ++dct;
  CHECK(dct == 3);
  for (const char* jpeg : {"rgb.jpg", "gray.jpg", "cmyk.jpg"}) {
    INFO(jpeg);
    CHECK(raw.find(read_file(w.folder / jpeg)) != std::string::npos);
  }
}

TEST_CASE("pdf_print: the same document and options give the same bytes", "[pdf_print]") {
  const fs::path folder = print_samples::scratch("deterministic");
  const auto sample = print_samples::multilingual_sample(folder);
  const std::string first = exporter::pdf_print::render(sample.document, build);
  const std::string second = exporter::pdf_print::render(sample.document, build);
  REQUIRE(first.size() > 10000);
  CHECK(first == second);
  // …and the bytes do depend on the input.
  const std::string later = exporter::pdf_print::render(sample.document, {"2026-01-16T08:30:00+07:00"});
  CHECK(later != first);
}

TEST_CASE("pdf_print: Ghostscript separations put body text on the black plate only", "[pdf_print]") {
  const Written w = write_sample("separations");
  const int dpi = 72;
  const Plates plates = separate(w.pdf, dpi);
  const auto& doc = w.sample.document;
  const PixelMap px{doc.pages.front().bleed + doc.print.slug_height, dpi};

  for (const auto& line : w.sample.black_lines) {
    INFO(line.language << ": " << line.text);
    const int l = px.x(line.ink.left()), t = px.y(line.ink.top()), r = px.x(line.ink.right()), b = px.y(line.ink.bottom());
    CHECK(plates.black.max_ink(l, t, r, b) > 200);
    CHECK(plates.cyan.max_ink(l, t, r, b) == 0);
    CHECK(plates.magenta.max_ink(l, t, r, b) == 0);
    CHECK(plates.yellow.max_ink(l, t, r, b) == 0);
  }

  // The sea band (100/55/0/30) on C, M and K, not on Y, and all the way into the bleed.
  const draw::Rect band = w.sample.bleeding_band;
  const int bx = px.x(band.left() + 1), by = px.y(band.top() + 1);
  CHECK(plates.cyan.ink(bx, by) > 250);
  CHECK(plates.magenta.ink(bx, by) == Approx(0.55 * 255).margin(3));
  CHECK(plates.yellow.ink(bx, by) == 0);
  CHECK(plates.black.ink(bx, by) == Approx(0.3 * 255).margin(3));

  // Crop marks in registration colour: on every plate. The top-left horizontal one runs at
  // the trim's top edge, from mark_offset to mark_offset + 8 mm left of the trim.
  const double mid = -(doc.print.mark_offset + util::mm(4));
  const int cx = px.x(mid), cy = px.y(0);
  for (const auto* plate : {&plates.cyan, &plates.magenta, &plates.yellow, &plates.black}) {
    CHECK(plate->max_ink(cx - 2, cy - 2, cx + 3, cy + 3) > 100);
  }
  // Nothing between the trim and the crop marks' start except the bleed band above: the left
  // edge of the page in the bleed, halfway down, has no ink at all.
  const int ex = px.x(-doc.pages.front().bleed / 2), ey = px.y(util::mm(200));
  for (const auto* plate : {&plates.cyan, &plates.magenta, &plates.yellow, &plates.black})
    CHECK(plate->max_ink(ex - 1, ey - 20, ex + 1, ey + 20) == 0);
}

TEST_CASE("pdf_print: total ink stays within 300 % inside the bleed", "[pdf_print]") {
  const Written w = write_sample("ink");
  const int dpi = 72;
  const Plates plates = separate(w.pdf, dpi);
  const auto& doc = w.sample.document;
  const draw::Page& page = doc.pages.front();
  const PixelMap px{page.bleed + doc.print.slug_height, dpi};
  const draw::Rect bleed = page.bleed_box();
  int worst = 0;
  // Pixels wholly inside the BleedBox: the crop marks start right at its edge.
  for (int y = px.y(bleed.top()) + 1; y < px.y(bleed.bottom()) - 1; ++y)
    for (int x = px.x(bleed.left()) + 1; x < px.x(bleed.right()) - 1; ++x)
      worst = std::max(worst, plates.cyan.ink(x, y) + plates.magenta.ink(x, y) + plates.yellow.ink(x, y) +
                                  plates.black.ink(x, y));
  CHECK(worst > 255);          // there is colour on the page…
  CHECK(worst <= 3 * 255 + 4);  // …within the limit (8-bit rounding on four plates)

  // Ghostscript's inkcov: average coverage per plate, the print shop's first look.
  const auto inkcov = run("gs -q -dNOPAUSE -dBATCH -dSAFER -sDEVICE=inkcov -dUsePDFX3Profile -r72 -sOutputFile=- " +
                          quoted(w.pdf));
  INFO(inkcov.output);
  std::smatch m;
  REQUIRE(std::regex_search(inkcov.output, m, std::regex(R"(([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+CMYK OK)")));
  const double total = std::stod(m[1]) + std::stod(m[2]) + std::stod(m[3]) + std::stod(m[4]);
  CHECK(total > 0);
  CHECK(total <= 3.0);
}

TEST_CASE("pdf_print: a sheet of two panels is one PDF page with fold marks", "[pdf_print]") {
  const fs::path folder = print_samples::scratch("sheet");
  const draw::Document doc = print_samples::folded_sheet_document();
  const fs::path pdf = folder / "sheet.pdf";
  exporter::pdf_print::write(doc, pdf, build);

  const draw::Sheet& sheet = doc.sheets.front();
  const double margin = sheet.bleed + doc.print.slug_height;
  auto facts = pdf_facts(pdf);
  CHECK(facts.count("page1/MediaBox") == 1);
  CHECK(facts.count("page2/MediaBox") == 0);
  CHECK(facts["page1/MediaBox"] == box_text(0, 0, sheet.width + 2 * margin, sheet.height + 2 * margin));
  CHECK(facts["page1/TrimBox"] == box_text(margin, margin, margin + sheet.width, margin + sheet.height));

  const auto text = run("pdftotext " + quoted(pdf) + " -");
  CHECK(text.output.find("Left panel") != std::string::npos);
  CHECK(text.output.find("Right panel") != std::string::npos);
  CHECK(text.output.find("sheet inside 1/1") != std::string::npos);

  const int dpi = 72;
  const Plates plates = separate(pdf, dpi);
  const PixelMap px{margin, dpi};
  const double fold = sheet.folds.front().x;
  // Dashed fold marks above and below the sheet, outside the bleed, on every plate.
  const double mark = doc.print.mark_offset + util::mm(4);
  for (double y : {-mark, sheet.height + mark}) {
    for (const auto* plate : {&plates.cyan, &plates.magenta, &plates.yellow, &plates.black}) {
      CHECK(plate->max_ink(px.x(fold) - 1, px.y(y) - 6, px.x(fold) + 2, px.y(y) + 6) > 100);
    }
  }
  // Each panel's background stops at the fold: the right panel (40 % cyan) painted after the
  // left (100 %) would otherwise cover the left panel's last 3 mm.
  const int row = px.y(util::mm(100));
  CHECK(plates.cyan.ink(px.x(fold - 4), row) > 250);
  CHECK(plates.cyan.ink(px.x(fold + 4), row) == Approx(0.4 * 255).margin(3));
  // At the sheet's outer edges the panels do bleed.
  CHECK(plates.cyan.ink(px.x(-sheet.bleed / 2), row) > 250);
  CHECK(plates.cyan.ink(px.x(sheet.width + sheet.bleed / 2), row) == Approx(0.4 * 255).margin(3));
  CHECK(plates.cyan.ink(px.x(-sheet.bleed - 3), row) == 0);
}

TEST_CASE("pdf_print: an unreadable image is a failure that names the file", "[pdf_print]") {
  const fs::path folder = print_samples::scratch("missing-image");
  auto sample = print_samples::multilingual_sample(folder);
  sample.document.images.front().file = folder / "no-such-image.png";
  try {
    exporter::pdf_print::write(sample.document, folder / "out.pdf", build);
    FAIL("no failure");
  } catch (const util::Failure& failure) {
    CHECK(failure.diagnostic.where.file.find("no-such-image.png") != std::string::npos);
  }
  CHECK_FALSE(fs::exists(folder / "out.pdf"));
}

TEST_CASE("pdf_print: no pages, or no date to stamp, is a failure rather than a broken file", "[pdf_print]") {
  draw::Document empty = test_support::a4_document("en");
  empty.pages.clear();
  CHECK_THROWS_AS(exporter::pdf_print::render(empty, build), util::Failure);
  draw::Document undated = test_support::a4_document("en");
  undated.meta.date.clear();
  CHECK_THROWS_AS(exporter::pdf_print::render(undated, {}), util::Failure);
  undated.meta.date = "2026-01-15";  // the edition's date stands in for a missing build date
  CHECK(exporter::pdf_print::render(undated, {}).rfind("%PDF-1.6", 0) == 0);
}

// Time is measured by bench/, never asserted here: a loaded machine must not fail the build.
TEST_CASE("pdf_print: 50 pages of body text stay small: fonts subset, the profile embedded once", "[pdf_print]") {
  const fs::path folder = print_samples::scratch("budget");
  const draw::Document doc = print_samples::body_text_document(50);
  const std::string bytes = exporter::pdf_print::render(doc, build);
  std::ofstream(folder / "budget.pdf", std::ios::binary) << bytes;
  CHECK(bytes.size() < 1024 * 1024);  // the output profile is ~180 KiB of it
  const auto info = run("pdfinfo " + quoted(folder / "budget.pdf"));
  CHECK(info.output.find("Pages:           50") != std::string::npos);
}
