#include <catch2/catch.hpp>

#include "model/reader.hpp"
#include "model_test_support.hpp"

using namespace model_test;

namespace {

template <class T>
const T& as(const model::Block& block) {
  REQUIRE(std::holds_alternative<T>(block.node));
  return std::get<T>(block.node);
}

}  // namespace

TEST_CASE("all-elements.xml reads into the model with every part in place") {
  util::Diagnostics diagnostics;
  const std::string file = fixture("all-elements.xml");
  auto publication = model::read_publication(file, diagnostics);
  INFO(listing(diagnostics));
  REQUIRE(publication);
  CHECK(diagnostics.empty());

  CHECK(publication->id == "all-elements");
  CHECK(publication->kind == model::Kind::handbook);
  CHECK(publication->layout == "handbook-a4");
  CHECK(publication->languages == std::vector<std::string>{"en", "vi"});
  CHECK(publication->meta.title.plain("vi") == "Cẩm nang đầu tư");
  CHECK(publication->meta.keywords.plain("en") == "investment, Dung Quất");
  CHECK(publication->meta.date == "2026-01-15");
  REQUIRE(publication->cover);
  CHECK(publication->cover->image == std::filesystem::path(fixture("assets/cover.jpg")));
  CHECK(publication->cover->tagline.plain("en") == "Where industry meets the sea");
  REQUIRE(publication->inside_front.size() == 1);
  CHECK(as<model::Paragraph>(publication->inside_front[0]).style == "lead");

  // toc, overview, incentives
  REQUIRE(publication->body.size() == 3);
  const auto& toc = as<model::TableOfContents>(publication->body[0]);
  CHECK(toc.depth == 2);
  CHECK(toc.title.plain("vi") == "Mục lục");

  const auto& overview = as<model::Section>(publication->body[1]);
  CHECK(overview.id == "overview");
  CHECK(overview.level == 1);
  CHECK(overview.title.plain("en") == "Overview");
  CHECK(overview.where.file == file);
  CHECK(overview.where.line == line_containing(file, "<section id=\"overview\">"));
  CHECK(overview.where.column == 3);
  REQUIRE(overview.blocks.size() == 4);  // p, p, ul, section

  SECTION("inline markup inside a translation, white space collapsed across elements") {
    const auto& p = as<model::Paragraph>(overview.blocks[0]);
    CHECK(p.text.plain("en") ==
          "The Dung Quất zone covers 45332 ha; see the DEZA site, the incentives, emphasis, "
          "a styled span, a line break and a no-break span.");
    const auto* en = p.text.in("en");
    REQUIRE(en);
    std::vector<model::InlineKind> kinds;
    for (const auto& node : en->content) kinds.push_back(node.kind);
    using K = model::InlineKind;
    CHECK(kinds == std::vector<K>{K::text, K::strong, K::text, K::number, K::text, K::link,
                                  K::text, K::link, K::text, K::emphasis, K::text, K::span,
                                  K::text, K::line_break, K::text, K::no_break, K::text});
    CHECK(en->content[3].amount.value == "45332");
    CHECK(en->content[5].href == "https://dungquat.quangngai.gov.vn");
    CHECK(en->content[7].href == "#incentives");
    CHECK(en->content[11].style == "highlight");
    CHECK(en->content[12].text == ",");  // no space before the line break
    CHECK(en->content[14].text == "a line break and ");
  }

  SECTION("language-neutral text is one translation without a language") {
    const auto& p = as<model::Paragraph>(overview.blocks[1]);
    REQUIRE(p.text.translations.size() == 1);
    CHECK(p.text.translations[0].lang.empty());
    CHECK(p.text.plain("vi") == "VSIP Quảng Ngãi");
  }

  SECTION("lists nest inside list items") {
    const auto& list = as<model::List>(overview.blocks[2]);
    CHECK_FALSE(list.ordered);
    REQUIRE(list.items.size() == 1);
    CHECK(list.items[0].text.plain("en") == "First item");
    REQUIRE(list.items[0].children.size() == 1);
    const auto& nested = as<model::List>(list.items[0].children[0]);
    CHECK(nested.ordered);
    CHECK(nested.start == 3);
    CHECK(nested.items.at(0).text.plain("vi") == "Lồng nhau");
  }

  SECTION("subsections carry their level; facts and callouts read their values") {
    const auto& economy = as<model::Section>(overview.blocks[3]);
    CHECK(economy.level == 2);
    const auto& facts = as<model::Facts>(economy.blocks.at(0));
    REQUIRE(facts.items.size() == 2);
    CHECK(facts.items[0].amount.value == "11.51");
    CHECK(facts.items[0].amount.decimals == 2);
    CHECK(facts.items[0].unit.plain("vi") == "%");
    CHECK(facts.items[1].prefix == "US$");
    CHECK(facts.items[1].unit.plain("vi") == "tỷ");
    const auto& sectors = as<model::Section>(economy.blocks.at(1));
    CHECK(sectors.level == 3);
    const auto& callout = as<model::Callout>(sectors.blocks.at(0));
    CHECK(callout.title.plain("en") == "Why Quảng Ngãi");
    CHECK(as<model::Paragraph>(callout.blocks.at(0)).text.plain("vi") == "Cảng nước sâu.");
  }

  SECTION("tables: columns, head rows, spans and alignment") {
    const auto& incentives = as<model::Section>(publication->body[2]);
    const auto& table = as<model::Table>(incentives.blocks.at(0));
    CHECK(table.id == "cit");
    CHECK(table.span_columns);
    REQUIRE(table.columns.size() == 3);
    CHECK(table.columns[0].width.kind == model::ColumnWidth::Kind::relative);
    CHECK(table.columns[0].width.value == 2);
    CHECK(table.columns[1].align == model::Align::decimal);
    CHECK(table.columns[2].width.kind == model::ColumnWidth::Kind::automatic);
    REQUIRE(table.head.size() == 1);
    CHECK(table.head[0].cells.at(2).text.plain("en") == "%");
    REQUIRE(table.body.size() == 2);
    CHECK(table.body[0].cells.at(2).align == model::Align::center);
    CHECK_FALSE(table.body[0].cells.at(1).align);
    CHECK(table.body[1].cells.at(0).colspan == 2);
    CHECK(table.body[1].cells.at(0).text.plain("vi") == "Hai cột");
    CHECK(table.body[1].cells.at(1).rowspan == 1);

    const auto& figure = as<model::Figure>(incentives.blocks.at(1));
    CHECK(figure.src == std::filesystem::path(fixture("assets/map.png")));
    CHECK(figure.width.kind == model::Extent::Kind::column);
  }

  SECTION("back cover: contacts and QR code") {
    REQUIRE(publication->back_cover.size() == 2);
    const auto& contacts = as<model::Contacts>(publication->back_cover[0]);
    REQUIRE(contacts.items.size() == 1);
    CHECK(contacts.items[0].organisation.plain("vi") == "Ban Quản lý KKT Dung Quất");
    CHECK(contacts.items[0].web == "https://dungquat.quangngai.gov.vn");
    const auto& qr = as<model::QrCode>(publication->back_cover[1]);
    CHECK(qr.data == "https://dungquat.quangngai.gov.vn");
    CHECK(qr.error_correction == 'M');
    CHECK(qr.caption.plain("en") == "Scan");
  }
}

TEST_CASE("panels.xml reads as a leaflet with named panels") {
  util::Diagnostics diagnostics;
  auto publication = model::read_publication(fixture("panels.xml"), diagnostics);
  INFO(listing(diagnostics));
  REQUIRE(publication);
  CHECK(publication->kind == model::Kind::leaflet);
  REQUIRE(publication->panels.size() == 2);
  CHECK(publication->panels[0].name == "front-cover");
  const auto& heading = std::get<model::Heading>(publication->panels[0].blocks.at(0).node);
  CHECK(heading.level == 1);
  CHECK(heading.text.plain("en") == "Invest in Quảng Ngãi");
  const auto& qr = std::get<model::QrCode>(publication->panels[1].blocks.at(0).node);
  CHECK(qr.size == Approx(util::mm(25)));
  CHECK(publication->body.empty());
}

TEST_CASE("looks_like_publication tells publications from included parts") {
  CHECK(model::looks_like_publication(fixture("all-elements.xml")));
  CHECK(model::looks_like_publication(fixture("panels.xml")));
  CHECK_FALSE(model::looks_like_publication(fixture("handbook/01-overview.xml")));
  CHECK_FALSE(model::looks_like_publication(fixture("no-such-file.xml")));
}

TEST_CASE("with-includes.xml: included chapters take their place, files and paths follow them") {
  util::Diagnostics diagnostics;
  const auto file = fixture("with-includes.xml");
  const auto overview_file = fixture("handbook/01-overview.xml");
  const auto port_file = fixture("handbook/details/port.xml");
  auto publication = model::read_publication(file, diagnostics);
  INFO(listing(diagnostics));
  REQUIRE(publication);
  CHECK(diagnostics.empty());  // the links to #zone and #port meet ids in included files
  CHECK(publication->languages.size() == 6);
  CHECK(publication->meta.title.plain("ko") == "꽝응아이 투자 안내서");

  REQUIRE(publication->body.size() == 2);
  const auto& zone = as<model::Section>(publication->body[0]);
  CHECK(zone.id == "zone");
  CHECK(zone.level == 1);
  CHECK(zone.where.file == overview_file);
  CHECK(zone.where.line == line_containing(overview_file, "<section id=\"zone\">"));
  CHECK(zone.title.plain("zh") == "榕橘经济区");
  CHECK(as<model::Section>(publication->body[1]).where.file == file);

  REQUIRE(zone.blocks.size() == 3);
  const auto& paragraph = as<model::Paragraph>(zone.blocks[0]);
  CHECK(paragraph.where.file == overview_file);
  // Line breaks and indentation collapse to single spaces and go at both ends; the space
  // between </b> and <i> (which tinyxml2 alone would drop) stays; the no-break space stays.
  CHECK(paragraph.text.plain("en") == "The deep-water port of Dung Quất, an area of 45332\u00A0ha.");
  CHECK(paragraph.text.plain("vi") == "Cảng nước sâu Dung Quất, diện tích 45332\u00A0ha.");
  CHECK(paragraph.text.plain("ja") == "ズンクアット深水港、45332ヘクタール。");

  const auto& map = as<model::Figure>(zone.blocks[1]);
  CHECK(map.src == std::filesystem::path(fixture("handbook/img/zone-map.png")));
  CHECK(map.width.kind == model::Extent::Kind::page);

  const auto& port = as<model::Section>(zone.blocks[2]);
  CHECK(port.level == 2);
  CHECK(port.where.file == port_file);
  const auto& photo = as<model::Figure>(port.blocks.at(0));
  CHECK(photo.src == std::filesystem::path(fixture("handbook/img/port.jpg")));
  CHECK(photo.width.kind == model::Extent::Kind::length);
  CHECK(photo.width.points == Approx(util::mm(80)));
  CHECK(photo.where.file == port_file);
}
