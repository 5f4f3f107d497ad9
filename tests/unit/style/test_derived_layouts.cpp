// Derived layouts that say only what differs: styles and languages merge attribute by attribute,
// styles based on a changed style follow it, remove="true" takes an inherited entry out. Each
// case writes a small layout deriving from a copy of the shipped handbook-a4.xml into the
// scratch folder.
#include <catch2/catch.hpp>

#include <fstream>

#include "layout_files.hpp"
#include "test_scratch.hpp"
#include "style/reader.hpp"
#include "util/units.hpp"

using style_test::listing;

namespace {

namespace fs = std::filesystem;

// A folder of its own for each name, and a name for each case: CTest runs the cases in parallel.
fs::path folder(const std::string& name) {
  const auto dir = test_support::test_scratch("derived-layouts") / name;  // the case's own: ctest -j
  fs::create_directories(dir);
  fs::copy_file(style_test::shipped_layout("handbook-a4.xml"), dir / "handbook-a4.xml",
                fs::copy_options::overwrite_existing);
  // A copy, not a link: a layout reads only files inside its own folder.
  fs::create_directories(dir / "color");
  fs::copy_file(style_test::shipped_layout("color/FOGRA39L-argyll.icc"), dir / "color" / "FOGRA39L-argyll.icc",
                fs::copy_options::skip_existing);
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
  const auto base = good("same-languages", "");
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
  const auto base = good("same-sizes", "");
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
  const auto layout = good("same-parents", "");
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

TEST_CASE("derived layouts: gutters as wide as the text area are an error at <columns>, not one-letter columns") {
  // handbook-a4: 210 mm page, margins 20 + 16 mm: 174 mm between them.
  auto diagnostics = bad("wide-gutter", R"(<columns count="2" gutter="300mm"/>)");
  CHECK(diagnostics.error_count() == 1);
  CHECK(diagnostics.contains("wide-gutter.xml:2:1: error: <columns> has no room for its 2 columns: the gutters take "
                             "300.00 mm of the 174.00 mm between the margins"));
  good("fitting-gutter", R"(<columns count="3" gutter="80mm"/>)");
}

TEST_CASE("labels: the handbook's labels per language, merged by key in a derived layout") {
  const auto base = good("unchanged-for-labels", "");
  const auto* vi_before = base.language("vi");
  REQUIRE(vi_before);
  REQUIRE(vi_before->label("source"));
  CHECK(vi_before->label("source")->text == "Nguồn:");
  CHECK(vi_before->label("source")->where.line > 0);
  const auto layout = good("labels", R"(<languages>
  <labels language="vi">
    <label key="map-legend">Chú   giải
       bản đồ</label>
    <label key="district-map">Bản đồ hành chính</label>
    <label key="source" remove="true"/>
  </labels>
</languages>)");
  const auto* vi = layout.language("vi");
  REQUIRE(vi);
  REQUIRE(vi->label("map-legend"));
  CHECK(vi->label("map-legend")->text == "Chú giải bản đồ");  // XML white space collapsed
  CHECK(vi->label("map-legend")->where.line == 4);
  REQUIRE(vi->label("district-map"));
  CHECK(vi->label("district-map")->text == "Bản đồ hành chính");
  CHECK_FALSE(vi->label("source"));
  // The rest of the language and the other languages' labels as the handbook has them.
  CHECK(vi->figure_label == "Hình {n}");
  CHECK(vi->currency_formats.at("USD") == "{n} USD");
  REQUIRE(layout.language("en"));
  REQUIRE(layout.language("en")->label("source"));
  CHECK(layout.language("en")->label("source")->text == "Source:");
}

TEST_CASE("labels: a label twice, an empty one, the removal of one the base lacks or labels of no language is an error") {
  auto diagnostics = bad("bad-labels", R"(<languages><labels language="en">
<label key="note">Note</label>
<label key="note">Remark</label>
<label key="empty">  </label>
<label key="nothing" remove="true"/>
</labels>
<labels language="tlh"><label key="note">Note</label></labels></languages>)");
  INFO(listing(diagnostics));
  CHECK(diagnostics.contains("bad-labels.xml:4:1: error: label \"note\" is defined twice for en; the first is on line 3"));
  CHECK(diagnostics.contains("bad-labels.xml:5:1: error: label \"empty\" of en is empty"));
  CHECK(diagnostics.contains("bad-labels.xml:6:1: error: remove=\"true\" on label \"nothing\", which the base layout "
                             "does not define"));
  CHECK(diagnostics.contains("bad-labels.xml:8:1: error: language=\"tlh\" names no language of this layout or its "
                             "base; put <labels> after its <language code=\"tlh\">"));
}

TEST_CASE("labels: a master's <text>, its label checked when an edition is laid out") {
  const auto layout = good("master-text", R"(<masters><master name="notes">
  <frame name="body" x="20mm" y="22mm" width="174mm" height="253mm"/>
  <text label="source" style="caption" x="20mm" y="280mm" width="80mm" height="8mm" valign="bottom"/>
</master></masters>)");
  const auto* notes = layout.master("notes");
  REQUIRE(notes);
  REQUIRE(notes->texts.size() == 1);
  CHECK(notes->texts[0].label == "source");
  CHECK(notes->texts[0].style == "caption");
  CHECK(notes->texts[0].vertical_align == "bottom");
  CHECK(notes->texts[0].rect.y == Approx(util::mm(280)));
  CHECK(notes->texts[0].where.line == 4);

  auto diagnostics = bad("master-text-bad", R"(<masters><master name="notes">
  <frame name="body" x="20mm" y="22mm" width="174mm" height="253mm"/>
  <text label="source" style="captoin" x="20mm" y="296mm" width="80mm" height="8mm" valign="middle"/>
</master></masters>)");
  INFO(listing(diagnostics));
  CHECK(diagnostics.contains("master-text-bad.xml:4:85: error: valign=\"middle\" is not one of top, center, bottom"));
  CHECK(diagnostics.contains("master-text-bad.xml:4:3: error: <text> spans"));
  CHECK(diagnostics.contains("unknown paragraph style \"captoin\""));
}
