// Derived layouts that say only what differs: styles and languages merge attribute by attribute,
// styles based on a changed style follow it, remove="true" takes an inherited entry out. Each
// case writes a small layout deriving from a copy of the shipped handbook-a4.xml into the
// scratch folder.
#include <catch2/catch.hpp>

#include <fstream>

#include "layout_files.hpp"
#include "style/reader.hpp"
#include "util/units.hpp"

using style_test::listing;

namespace {

namespace fs = std::filesystem;

// A folder of its own for each case: CTest runs the cases in parallel.
fs::path folder(const std::string& name) {
  const auto dir = fs::path(BROCHURE_TEST_SCRATCH) / "derived-layouts" / name;
  fs::create_directories(dir);
  fs::copy_file(style_test::shipped_layout("handbook-a4.xml"), dir / "handbook-a4.xml",
                fs::copy_options::overwrite_existing);
  std::error_code ec;
  if (!fs::exists(dir / "color")) fs::create_directory_symlink(style_test::shipped_layout("color"), dir / "color", ec);
  return dir;
}

// A handbook layout named `name`, based on handbook-a4, holding `children`.
fs::path derived(const std::string& name, const std::string& children) {
  const auto path = folder(name) / (name + ".xml");
  std::ofstream(path) << "<layout id=\"" << name << "\" kind=\"handbook\" base=\"handbook-a4\">\n"
                      << children << "\n</layout>\n";
  return path;
}

style::Layout good(const std::string& name, const std::string& children) {
  util::Diagnostics diagnostics;
  auto layout = style::read_layout(derived(name, children), diagnostics);
  INFO(listing(diagnostics));
  REQUIRE(layout);
  CHECK(diagnostics.error_count() == 0);
  return *layout;
}

util::Diagnostics bad(const std::string& name, const std::string& children) {
  util::Diagnostics diagnostics;
  auto layout = style::read_layout(derived(name, children), diagnostics);
  INFO(listing(diagnostics));
  CHECK_FALSE(layout);
  return diagnostics;
}

const style::ParagraphStyle& paragraph(const style::Layout& layout, const std::string& name) {
  const auto* style = layout.paragraph_style(name);
  REQUIRE(style);
  return *style;
}

}  // namespace

TEST_CASE("derived layouts: a re-declared language changes what it writes and keeps the rest") {
  const auto base = good("same", "");
  const auto layout = good("vi-label", R"(<languages><language code="vi" table-label="Biểu {n}"/></languages>)");
  const auto* vi = layout.language("vi");
  REQUIRE(vi);
  CHECK(vi->table_label == "Biểu {n}");
  const auto* before = base.language("vi");
  REQUIRE(before);
  // Everything else as the handbook has it: fonts, number style, currency, the other labels.
  CHECK(vi->fonts == before->fonts);
  CHECK(vi->minus_sign == "−");
  CHECK(vi->compact_short == before->compact_short);
  CHECK(vi->currency_formats.at("USD") == "{n} USD");
  CHECK(vi->figure_label == "Hình {n}");
  CHECK(vi->notes_title == "Ghi chú");
  CHECK(vi->alphabet == before->alphabet);
  CHECK(vi->breaking.units == before->breaking.units);
  CHECK(vi->letter_stretch == Approx(before->letter_stretch));
  CHECK(layout.languages.size() == base.languages.size());
}

TEST_CASE("derived layouts: a new language still needs its fonts") {
  auto diagnostics = bad("new-language", R"(<languages><language code="th" name="ไทย"/></languages>)");
  INFO(listing(diagnostics));
  CHECK(diagnostics.contains("new-language.xml:2:12: error: <language> needs the attribute text-font"));
  CHECK(diagnostics.contains("<language> needs the attribute display-font"));
}

TEST_CASE("derived layouts: remove=\"true\" takes out a style, a swatch, a master and a language") {
  const auto layout = good("removals", R"(<swatches><swatch name="cane" remove="true"/></swatches>
<languages><language code="ja" remove="true"/></languages>
<paragraph-styles><style name="toc-2" remove="true"/></paragraph-styles>
<page-breaks chapter-start="right" verso="blank"/>
<masters><master name="notes" remove="true"/></masters>
<chart-style palette="sea sand grey"/>
<map-style><class name="land" fill="sand" fill-tint="0.2"/><class name="island" fill="sand" fill-tint="0.1"/></map-style>)");
  CHECK_FALSE(layout.swatch("cane"));
  // A class of the same name replaces the base's whole; the others stay.
  REQUIRE(layout.map_style.find("land"));
  CHECK(layout.map_style.find("land")->fill == "sand");
  CHECK(layout.map_style.find("land")->stroke.empty());
  REQUIRE(layout.map_style.find("expressway"));
  CHECK(layout.map_style.find("expressway")->casing == "black");
  CHECK(layout.swatch("sand"));
  CHECK_FALSE(layout.language("ja"));
  CHECK(layout.language("ko"));
  CHECK_FALSE(layout.paragraph_style("toc-2"));
  CHECK_FALSE(layout.master("notes"));
  CHECK(layout.master("opener"));
}

TEST_CASE("derived layouts: removing the notes master that verso=\"notes\" fills pages with is an error at the removal") {
  auto diagnostics = bad("no-notes", R"(  <masters><master name="notes" remove="true"/></masters>)");
  INFO(listing(diagnostics));
  CHECK(diagnostics.error_count() == 1);
  CHECK(diagnostics.contains("no-notes.xml:2:12: error: master \"notes\" is removed, but <page-breaks "
                             "verso=\"notes\"> (" + (folder("no-notes") / "handbook-a4.xml").string() + ":14:3) fills"));
}

TEST_CASE("derived layouts: a removal of nothing, or one that says more, is an error") {
  auto diagnostics = bad("bad-removals", R"(<masters><master name="poster" remove="true"/></masters>
<paragraph-styles><style name="list" remove="true" size="9pt"/></paragraph-styles>)");
  INFO(listing(diagnostics));
  CHECK(diagnostics.contains("bad-removals.xml:2:10: error: remove=\"true\" on master \"poster\", which the base "
                             "layout does not define"));
  CHECK(diagnostics.contains("bad-removals.xml:3:19: error: <style remove=\"true\"> removes paragraph style \"list\" "
                             "and says nothing else; delete size=\"9pt\""));
}

TEST_CASE("derived layouts: a style based on a removed style says where it was removed") {
  auto diagnostics = bad("removed-parent", R"(<paragraph-styles><style name="running-head" remove="true"/></paragraph-styles>)");
  CHECK(diagnostics.contains("paragraph style \"folio\" is based on \"running-head\", which " +
                             (folder("removed-parent") / "removed-parent.xml").string() + ":2:19 removes"));
}

TEST_CASE("style inheritance: changing only body's size changes the styles based on it in proportion") {
  const auto base = good("same", "");
  const auto layout = good("body-11", R"(<paragraph-styles><style name="body" size="11pt"/></paragraph-styles>)");
  const double scale = 11 / 9.5;
  for (const char* name : {"body", "list", "notes-line", "label", "table-cell", "table-head", "caption", "fact-label",
                           "running-head", "folio", "callout-body"}) {
    INFO(name);
    CHECK(paragraph(layout, name).size == Approx(paragraph(base, name).size * scale).epsilon(0.002));
  }
  // Leadings given as a ratio follow the size; a length stays (notes-line: the ruling).
  for (const char* name : {"body", "list", "table-cell", "caption", "callout-body"}) {
    INFO(name);
    CHECK(paragraph(layout, name).leading == Approx(paragraph(base, name).leading * scale).epsilon(0.002));
  }
  CHECK(paragraph(layout, "notes-line").leading == Approx(paragraph(base, "notes-line").leading));
  // Only the size changed: body keeps its alignment, hyphenation, colour and spacing.
  CHECK(paragraph(layout, "body").align == style::Align::justify);
  CHECK(paragraph(layout, "body").hyphenate);
  CHECK(paragraph(layout, "body").space_after == Approx(5));
  CHECK(paragraph(layout, "body").where.file == (folder("body-11") / "body-11.xml").string());
  // Headings have sizes of their own.
  CHECK(paragraph(layout, "h1").size == Approx(24));
  CHECK(paragraph(layout, "h2").leading == Approx(16));
}

TEST_CASE("style inheritance: the handbook's styles, from their parents") {
  const auto layout = good("same", "");
  CHECK(paragraph(layout, "body").leading == Approx(13.5));  // 9.5 pt × 1.421, to 0.01 pt
  CHECK(paragraph(layout, "body").leading_ratio == Approx(1.421));
  CHECK(paragraph(layout, "table-cell").size == Approx(8));  // 84.21 % of 9.5 pt
  CHECK(paragraph(layout, "table-cell").leading == Approx(10));
  CHECK(paragraph(layout, "table-cell").font == style::FontRole::display);
  CHECK(paragraph(layout, "table-cell").hyphenate);
  CHECK(paragraph(layout, "table-head").weight == 700);
  CHECK(paragraph(layout, "table-head").color == "paper");
  CHECK(paragraph(layout, "caption").leading == Approx(10.5));
  CHECK(paragraph(layout, "folio").color == "sea");
  CHECK(paragraph(layout, "folio").font == style::FontRole::display);
  CHECK(paragraph(layout, "list").align == style::Align::left);
  CHECK(paragraph(layout, "list").hyphenate);
  CHECK(paragraph(layout, "h3").keep_with_next);
  CHECK_FALSE(paragraph(layout, "h3").hyphenate);
}

TEST_CASE("style inheritance: min-size inherited with a size keeps its proportion") {
  const auto layout = good("min-size", R"(<paragraph-styles>
<style name="body" min-size="8pt"/>
<style name="small" size="50%"/>
</paragraph-styles>)");
  CHECK(paragraph(layout, "small").size == Approx(4.75));
  CHECK(paragraph(layout, "small").min_size == Approx(4));
}

TEST_CASE("style inheritance: a leading smaller than the size is a warning at the style") {
  util::Diagnostics diagnostics;
  auto layout = style::read_layout(
      derived("tight", R"(<paragraph-styles><style name="h2" size="16pt" leading="13.5pt"/></paragraph-styles>)"),
      diagnostics);
  INFO(listing(diagnostics));
  CHECK(layout);
  CHECK(diagnostics.error_count() == 0);
  CHECK(diagnostics.contains("tight.xml:2:19: warning: paragraph style \"h2\" has a leading of 13.5 pt, smaller "
                             "than its size of 16 pt"));
}

TEST_CASE("style inheritance: a parent chain that loops through the default parent is an error") {
  auto diagnostics = bad("loop", R"(<paragraph-styles><style name="body" parent="list"/></paragraph-styles>)");
  CHECK(diagnostics.contains("error: paragraph style \"list\" inherits from itself (body → list → body)"));
}

TEST_CASE("style inheritance: a bare leading is a ratio; one out of range says how to write a length") {
  auto diagnostics = bad("bare-leading", R"(<paragraph-styles><style name="h2" leading="16"/></paragraph-styles>)");
  CHECK(diagnostics.contains("bare-leading.xml:2:19: error: leading=\"16\" is read as a ratio of the size"));
  CHECK(diagnostics.contains("leading=\"16pt\""));
}
