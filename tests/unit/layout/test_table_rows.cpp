#include <catch2/catch.hpp>

#include "layout/block_builder.hpp"
#include "layout_fixture.hpp"

namespace {

model::Text neutral(const std::string& text) {
  model::Inline node;
  node.text = text;
  model::Text t;
  t.translations.push_back({"", {node}, {}});
  return t;
}

model::TableRow row(const std::string& a, const std::string& b) {
  model::TableRow r;
  r.cells.push_back({neutral(a), 1, 1, std::nullopt, {}});
  r.cells.push_back({neutral(b), 1, 1, std::nullopt, {}});
  return r;
}

std::string text_of(const layout::Box& box) {
  std::string out;
  for (const auto& item : box.items)
    if (const auto* run = std::get_if<draw::GlyphRun>(&item.content))
      for (const auto& c : run->clusters) out += c.text;
  return out;
}

std::string long_text() {
  std::string s;
  for (int i = 1; i <= 60; ++i) s += "Clause " + std::to_string(i) + " of the investment certificate applies. ";
  return s;
}

}  // namespace

TEST_CASE("a table row taller than a page is cut between lines, each part under the repeated header") {
  text::FontSet fonts(layout_test::font_config());
  const auto& layout = layout_test::handbook_layout();
  draw::Document doc;
  util::Diagnostics diagnostics;
  layout::StyleResolver styles(layout, *layout.language("en"), doc, diagnostics);
  layout::BlockBuilder builder(styles, fonts);

  model::Table table;
  table.columns = {{{model::ColumnWidth::Kind::relative, 1}, model::Align::start, {}},
                   {{model::ColumnWidth::Kind::relative, 3}, model::Align::start, {}}};
  table.head.push_back(row("Item", "Terms"));
  table.body.push_back(row("Short", "One line."));
  table.body.push_back(row("Certificate", long_text()));
  table.body.push_back(row("After", "Another short row."));
  model::Block block{table};

  const double frame_height = 300;
  layout::Galley galley;
  builder.build({block}, galley, {240, 480, frame_height});

  // caption, header, first row, the long row in parts, last row
  std::vector<const layout::Box*> long_row;
  for (const auto& box : galley)
    if (text_of(box).find("Clause") != std::string::npos) long_row.push_back(&box);
  REQUIRE(long_row.size() >= 3);
  std::string joined;
  for (std::size_t i = 0; i < long_row.size(); ++i) {
    const layout::Box& part = *long_row[i];
    double header = 0;
    if (part.repeat_header)
      for (const auto& h : *part.repeat_header) header += h.height;
    CHECK(part.height + header <= frame_height);  // fits a frame with its repeated header
    CHECK(part.repeat_header != nullptr);
    joined += text_of(part);
  }
  // Nothing lost, nothing doubled: the parts hold the cell's lines in order.
  std::string whole;
  for (char c : long_text())
    if (c != ' ') whole += c;
  std::string got;
  for (std::size_t i = 0; i < joined.size(); ++i)
    if (joined[i] != ' ' && joined.compare(i, 2, "\u00AD") != 0) got += joined[i];
  for (std::size_t at; (at = got.find("\u00AD")) != std::string::npos;) got.erase(at, 2);
  CHECK(got == "Certificate" + whole);

  // The short rows stay whole.
  int short_boxes = 0;
  for (const auto& box : galley) short_boxes += text_of(box).find("Another short row.") != std::string::npos;
  CHECK(short_boxes == 1);
}

TEST_CASE("a cell's text sits pad below the row's highest ink and pad above its lowest") {
  text::FontSet fonts(layout_test::font_config());
  const auto& layout = layout_test::handbook_layout();
  draw::Document doc;
  util::Diagnostics diagnostics;
  layout::StyleResolver styles(layout, *layout.language("vi"), doc, diagnostics);
  layout::BlockBuilder builder(styles, fonts);

  model::Table table;
  table.columns = {{{model::ColumnWidth::Kind::relative, 1}, model::Align::start, {}},
                   {{model::ColumnWidth::Kind::relative, 1}, model::Align::start, {}}};
  table.head.push_back(row("Ưu đãi", "Ghi chú"));
  // Descenders on the last line (vi p17: "khó khăn" nearly touched the rule), stacked marks on
  // the first ("Ễ"), one line beside two.
  table.body.push_back(row("Thuế suất phổ thông; khu vực khó khăn gặp", "Ễ một dòng"));
  table.body.push_back(row("Miễn", "Áp dụng"));
  model::Block block{table};
  layout::Galley galley;
  builder.build({block}, galley, {240, 480, 700});

  const double pad = layout.table.cell_padding;
  int rows_checked = 0;
  for (const auto& box : galley) {
    const std::string t = text_of(box);
    if (t.find("khó") == std::string::npos && t.find("Miễn") == std::string::npos) continue;
    double top = 1e9, bottom = -1e9;
    for (const auto& item : box.items)
      if (const auto* run = std::get_if<draw::GlyphRun>(&item.content)) {
        top = std::min(top, run->ink.y);
        bottom = std::max(bottom, run->ink.y + run->ink.height);
      }
    INFO(t);
    CHECK(top == Approx(pad).margin(0.05));
    CHECK(box.height - bottom == Approx(pad).margin(0.05));
    ++rows_checked;
  }
  CHECK(rows_checked == 2);
}
