#include "model/block_reader.hpp"


#include <algorithm>
#include <climits>
#include <cstdint>
#include <string>

#include "model/amount_reader.hpp"
#include "model/table_grid.hpp"
#include "model/values.hpp"
#include "util/limits.hpp"

namespace model {

namespace fs = std::filesystem;
using tinyxml2::XMLElement;
using xml::Occurs;
using xml::Presence;
using xml::tag;

namespace {

constexpr int kDeepestSection = 3;
constexpr std::size_t kFewestFacts = 2, kMostFacts = 6;
constexpr int kLargestListStart = 1'000'000'000;  // a list may number a billion items more before int overflows

const std::initializer_list<std::pair<std::string_view, Align>> kAlignments{
    {"start", Align::start},
    {"center", Align::center},
    {"end", Align::end},
    {"justify", Align::justify},
    {"decimal", Align::decimal}};

// Byte-mode capacity of the largest QR code (version 40) at each error-correction level.
std::size_t qr_capacity(char level) {
  switch (level) {
    case 'L': return 2953;
    case 'M': return 2331;
    case 'Q': return 1663;
    default: return 1273;  // H
  }
}

}  // namespace

BlockReader::BlockReader(const xml::XmlFile& file, Reading& reading)
    : source_{file, reading.diagnostics}, reading_(reading), texts_(source_, reading) {}

std::vector<xml::Child> BlockReader::block_children(BlockPlace place, std::vector<Block>& out) {
  auto into = [&out](auto read) {
    return [&out, read](const XMLElement& element) { out.push_back(Block{read(element)}); };
  };
  std::vector<xml::Child> children{
      {"p", Occurs::any, into([this](const XMLElement& e) { return read_paragraph(e); })},
      {"ul", Occurs::any, into([this](const XMLElement& e) { return read_list(e, false); })},
      {"ol", Occurs::any, into([this](const XMLElement& e) { return read_list(e, true); })},
  };
  if (place == BlockPlace::list_item) return children;

  children.insert(
      children.end(),
      {{"table", Occurs::any, into([this](const XMLElement& e) { return read_table(e); })},
       {"figure", Occurs::any, into([this](const XMLElement& e) { return read_figure(e); })},
       {"facts", Occurs::any, into([this](const XMLElement& e) { return read_facts(e); })},
       {"contacts", Occurs::any, into([this](const XMLElement& e) { return read_contacts(e); })},
       {"qr", Occurs::any, into([this](const XMLElement& e) { return read_qr(e); })},
       {"chart", Occurs::any, into([this](const XMLElement& e) { return read_chart(e); })},
       {"map", Occurs::any, into([this](const XMLElement& e) { return read_map(e); })}});

  const std::string panel_reason =
      "panels belong to leaflets and flyers, and stand directly in <publication>";
  const std::string toc_reason =
      "the table of contents stands between the sections of a handbook, or on its inside "
      "front cover";
  switch (place) {
    case BlockPlace::section:  // read_section adds the heading and subsections
      children.push_back({"callout", Occurs::any,
                          into([this](const XMLElement& e) { return read_callout(e); })});
      children.push_back({"toc", Occurs::never, {}, 0, toc_reason});
      children.push_back({"panel", Occurs::never, {}, 0, panel_reason});
      break;
    case BlockPlace::inside_front_cover:
      children.push_back({"toc", Occurs::any,
                          into([this](const XMLElement& e) { return read_toc(e); })});
      [[fallthrough]];
    case BlockPlace::panel:
    case BlockPlace::cover_page: {
      children.push_back({"h", Occurs::any,
                          into([this](const XMLElement& e) { return read_heading(e); })});
      children.push_back({"callout", Occurs::any,
                          into([this](const XMLElement& e) { return read_callout(e); })});
      const std::string no_sections =
          place == BlockPlace::panel
              ? "a leaflet or flyer has no sections; its content goes straight into the panel"
              : "sections stand directly in <publication>, between the cover pages";
      children.push_back({"section", Occurs::never, {}, 0, no_sections});
      children.push_back({"include", Occurs::never, {}, 0, no_sections});
      if (place != BlockPlace::inside_front_cover)
        children.push_back({"toc", Occurs::never, {}, 0, toc_reason});
      break;
    }
    case BlockPlace::callout:
      children.push_back({"callout", Occurs::never, {}, 0, "callouts do not nest"});
      break;
    case BlockPlace::list_item: break;
  }
  return children;
}

std::vector<Block> BlockReader::read_blocks(const XMLElement& element, BlockPlace place) {
  std::vector<Block> blocks;
  xml::read_children(source_, element, block_children(place, blocks));
  return blocks;
}

void BlockReader::read_id(xml::Attributes& attributes, std::string& id) {
  if (attributes.name("id", id)) reading_.references.define(id, attributes.at("id"),
                                                            reading_.diagnostics);
}

void BlockReader::expect_empty(const XMLElement& element) {
  xml::read_children(source_, element, {},
                     tag(element.Name()) + " is empty: write it as <" + element.Name() + " …/>");
}

// --- sections -----------------------------------------------------------------------------

Section BlockReader::read_section(const XMLElement& element, int level) {
  Section section;
  section.where = source_.at(element);
  section.level = level;
  xml::Attributes attributes(source_, element);
  read_id(attributes, section.id);
  attributes.report_unknown();
  if (level == kDeepestSection + 1)
    source_.error(element, "sections nest " + std::to_string(kDeepestSection) +
                               " levels deep at most, and this one is at level " +
                               std::to_string(level) +
                               "; move it up a level, or merge it into its parent section");

  auto children = block_children(BlockPlace::section, section.blocks);
  for (auto& child : children) child.rank = 1;  // after the heading
  xml::Child heading{"h", Occurs::once,
                     [&](const XMLElement& e) {
                       section.title = texts_.read_bare(e, TextNeed::required);
                     },
                     0,
                     "a section has one heading <h>, its first child; a sub-heading starts a "
                     "nested <section>"};
  children.insert(children.begin(), std::move(heading));  // first in "allowed here" lists
  children.push_back({"section", Occurs::any,
                      [&](const XMLElement& e) {
                        section.blocks.push_back(Block{read_section(e, level + 1)});
                      },
                      1});
  children.push_back({"include", Occurs::any,
                      [&](const XMLElement& e) { read_include(e, level + 1, section.blocks); },
                      1});
  xml::read_children(source_, element, children);
  if (section.blocks.empty())
    source_.warning(element, "<section> has no content after its heading; write its "
                             "paragraphs, or remove it");
  return section;
}

void BlockReader::read_include(const XMLElement& element, int level, std::vector<Block>& out) {
  xml::Attributes attributes(source_, element);
  std::string href;
  bool named = attributes.text("href", href, Presence::required);
  attributes.report_unknown();
  expect_empty(element);
  if (!named) return;

  // The cycle is found from the name before anything is opened.
  fs::path path = (source_.file.folder() / href).lexically_normal();
  fs::path identity = file_identity(path);
  auto& chain = reading_.include_chain;
  auto open = std::find_if(chain.begin(), chain.end(),
                           [&](const Reading::OpenFile& f) { return f.identity == identity; });
  if (open != chain.end()) {
    std::string cycle;
    for (auto f = open; f != chain.end(); ++f) cycle += f->name + " → ";
    source_.error(element, "include cycle: " + cycle + path.string() +
                               "; a file cannot include itself, directly or through others");
    return;
  }
  const util::ConfinedFile opened = reading_.root.open(source_.file.folder(), href, util::limits().include_bytes);
  std::string why = opened.error;
  auto bytes = opened ? util::read_all(opened.fd.get(), util::limits().include_bytes, why) : std::nullopt;
  if (!bytes) {
    source_.diagnostics.error(attributes.at("href"), std::string(opened.missing ? "cannot find" : "cannot read") +
                                                         " the included file \"" + href + "\": " + why +
                                                         (opened.missing ? " (href is relative to the folder of " +
                                                                               source_.file.name() + ")"
                                                                         : std::string()));
    return;
  }
  const fs::path resolved = opened.path;
  auto file = xml::XmlFile::from_bytes(resolved, std::move(*bytes), reading_.diagnostics);
  if (!file) return;
  const XMLElement& root = file->root();
  if (std::string_view(root.Name()) != "section") {
    reading_.diagnostics.error(file->at(root),
                               "an included file holds one <section> as its root element, not " +
                                   tag(root.Name()));
    return;
  }
  chain.push_back({identity, file->name()});
  out.push_back(Block{BlockReader(*file, reading_).read_section(root, level)});
  chain.pop_back();
}

TableOfContents BlockReader::read_toc(const XMLElement& element) {
  TableOfContents toc;
  toc.where = source_.at(element);
  xml::Attributes attributes(source_, element);
  attributes.integer("depth", toc.depth, 1, kDeepestSection);
  attributes.report_unknown();
  xml::read_children(source_, element,
                     {{"title", Occurs::once, [&](const XMLElement& e) {
                         toc.title = texts_.read_bare(e, TextNeed::required);
                       }}});
  return toc;
}

// --- text blocks --------------------------------------------------------------------------

Paragraph BlockReader::read_paragraph(const XMLElement& element) {
  Paragraph paragraph;
  paragraph.where = source_.at(element);
  xml::Attributes attributes(source_, element);
  attributes.text("style", paragraph.style);
  attributes.report_unknown();
  paragraph.text = texts_.read(element, TextNeed::required);
  return paragraph;
}

Heading BlockReader::read_heading(const XMLElement& element) {
  Heading heading;
  heading.where = source_.at(element);
  xml::Attributes attributes(source_, element);
  attributes.integer("level", heading.level, 1, kDeepestSection);
  attributes.text("style", heading.style);
  attributes.report_unknown();
  heading.text = texts_.read(element, TextNeed::required);
  return heading;
}

List BlockReader::read_list(const XMLElement& element, bool ordered) {
  List list;
  list.where = source_.at(element);
  list.ordered = ordered;
  xml::Attributes attributes(source_, element);
  if (ordered) {
    attributes.choice("type", list.numbering,
                      {{"1", Numbering::decimal}, {"a", Numbering::lower_alpha}, {"A", Numbering::upper_alpha},
                       {"i", Numbering::lower_roman}, {"I", Numbering::upper_roman}});
    attributes.integer("start", list.start, 0, kLargestListStart);  // no overflow counting on
    attributes.choice("continue", list.continues, {{"true", true}, {"false", false}});
    attributes.choice("inherit", list.inherits, {{"true", true}, {"false", false}});
  }
  attributes.text("style", list.style);
  attributes.report_unknown();
  xml::read_children(source_, element,
                     {{"li", Occurs::some,
                       [&](const XMLElement& e) { list.items.push_back(read_list_item(e)); }}},
                     "the text of a list goes into its <li> items");
  return list;
}

ListItem BlockReader::read_list_item(const XMLElement& element) {
  ListItem item;
  item.where = source_.at(element);
  xml::Attributes(source_, element).report_unknown();
  const tinyxml2::XMLNode* blocks = nullptr;
  item.text = texts_.read(element, TextNeed::required, {"p", "ul", "ol"}, &blocks);
  if (blocks)
    xml::read_children(source_, element, block_children(BlockPlace::list_item, item.children),
                       "an item's own text comes first, before its nested lists and "
                       "paragraphs; text after them goes into a <p>",
                       blocks);
  return item;
}

// --- tables -------------------------------------------------------------------------------

Table BlockReader::read_table(const XMLElement& element) {
  Table table;
  table.where = source_.at(element);
  xml::Attributes attributes(source_, element);
  read_id(attributes, table.id);
  attributes.text("style", table.style);
  attributes.choice("span", table.span_columns, {{"columns", true}});
  attributes.report_unknown();
  xml::read_children(
      source_, element,
      {{"caption", Occurs::optional,
        [&](const XMLElement& e) { table.caption = texts_.read_bare(e, TextNeed::optional); }, 0},
       {"col", Occurs::any,
        [&](const XMLElement& e) { table.columns.push_back(read_column(e)); }, 1},
       {"thead", Occurs::optional, [&](const XMLElement& e) { read_rows(e, true, table.head); },
        2},
       {"tbody", Occurs::once, [&](const XMLElement& e) { read_rows(e, false, table.body); }, 3}},
      "table text goes into <th> and <td> cells");
  check_table_grid(table, reading_.diagnostics);
  return table;
}

TableColumn BlockReader::read_column(const XMLElement& element) {
  TableColumn column;
  column.where = source_.at(element);
  xml::Attributes attributes(source_, element);
  if (auto width = attributes.get("width")) {
    if (!values::is_column_width(*width))
      attributes.bad_value("width", *width,
                           "a length (30mm), a share of the remaining width (2*) or auto");
    else if (*width == "auto")
      column.width = {ColumnWidth::Kind::automatic, 0};
    else if (width->ends_with('*'))
      column.width = {ColumnWidth::Kind::relative, *values::parse_decimal(width->substr(0, width->size() - 1))};
    else
      column.width = {ColumnWidth::Kind::fixed, *util::parse_length(*width)};
  }
  attributes.choice("align", column.align, kAlignments);
  attributes.report_unknown();
  expect_empty(element);
  return column;
}

void BlockReader::read_rows(const XMLElement& group, bool head, std::vector<TableRow>& rows) {
  xml::Attributes(source_, group).report_unknown();
  const std::string_view cell = head ? "th" : "td";
  const std::string_view other = head ? "td" : "th";
  auto read_row = [&](const XMLElement& row_element) {
    TableRow row;
    row.where = source_.at(row_element);
    xml::Attributes(source_, row_element).report_unknown();
    xml::read_children(source_, row_element,
                       {{cell, Occurs::some,
                         [&](const XMLElement& e) { row.cells.push_back(read_cell(e)); }},
                        {other, Occurs::never, {}, 0,
                         "the rows of <thead> hold <th> cells, the rows of <tbody> <td> cells"}},
                       "table text goes into <th> and <td> cells");
    rows.push_back(std::move(row));
  };
  xml::read_children(source_, group, {{"tr", Occurs::some, read_row}},
                     "table text goes into the cells of <tr> rows");
}

TableCell BlockReader::read_cell(const XMLElement& element) {
  TableCell cell;
  cell.where = source_.at(element);
  xml::Attributes attributes(source_, element);
  attributes.integer("colspan", cell.colspan, 1, INT_MAX);
  attributes.integer("rowspan", cell.rowspan, 1, INT_MAX);
  Align align = Align::start;
  if (attributes.choice("align", align, kAlignments)) cell.align = align;
  attributes.report_unknown();
  cell.text = texts_.read(element, TextNeed::may_be_empty);
  return cell;
}

// --- figures, key figures, callouts, contacts, QR codes -----------------------------------

Figure BlockReader::read_figure(const XMLElement& element) {
  Figure figure;
  figure.where = source_.at(element);
  xml::Attributes attributes(source_, element);
  read_id(attributes, figure.id);
  std::string src;
  if (attributes.text("src", src, Presence::required)) {
    if (src.find("://") != std::string::npos)
      attributes.bad_value("src", src,
                           "the path of an image file, relative to this file; images are not "
                           "fetched from the web");
    // A missing image is reported by layout, which reads it; one outside the root or not a
    // file is refused here.
    else if (auto image = reading_.root.open(source_.file.folder(), src, UINT64_MAX); image || image.missing)
      figure.src = image.path;
    else
      source_.diagnostics.error(attributes.at("src"), "cannot use the image \"" + src + "\": " + image.error);
  }
  read_extent(attributes, figure.width);
  attributes.choice("decorative", figure.decorative, {{"true", true}, {"false", false}});
  attributes.report_unknown();
  xml::read_children(source_, element,
                     {{"alt", Occurs::optional, [&](const XMLElement& e) {
                         figure.alt = texts_.read_bare(e, TextNeed::required);
                       }},
                      {"caption", Occurs::optional, [&](const XMLElement& e) {
                         figure.caption = texts_.read_bare(e, TextNeed::optional);
                       }}});
  return figure;
}

Facts BlockReader::read_facts(const XMLElement& element) {
  Facts facts;
  facts.where = source_.at(element);
  xml::Attributes attributes(source_, element);
  attributes.text("style", facts.style);
  attributes.report_unknown();
  xml::read_children(source_, element,
                     {{"fact", Occurs::some,
                       [&](const XMLElement& e) { facts.items.push_back(read_fact(e)); }}},
                     "each key figure is a <fact>");
  std::size_t count = facts.items.size();
  if (count > 0 && (count < kFewestFacts || count > kMostFacts))
    source_.error(element, "<facts> holds " + std::to_string(kFewestFacts) + " to " +
                               std::to_string(kMostFacts) + " <fact> tiles, this one " +
                               std::to_string(count) +
                               (count > kMostFacts ? "; split it into two <facts>"
                                                   : "; add a tile, or give the figure a "
                                                     "paragraph instead"));
  return facts;
}

Fact BlockReader::read_fact(const XMLElement& element) {
  Fact fact;
  fact.where = source_.at(element);
  xml::Attributes attributes(source_, element);
  read_amount(attributes, reading_.data, fact.amount);
  attributes.text("prefix", fact.prefix);
  attributes.report_unknown();
  xml::read_children(
      source_, element,
      {{"icon", Occurs::optional,
        [&](const XMLElement& e) {
          fact.icon_where = source_.at(e);
          xml::Attributes a(source_, e);
          a.name("name", fact.icon, Presence::required);
          a.report_unknown();
          expect_empty(e);
        }},
       {"sparkline", Occurs::optional, [&](const XMLElement& e) { read_sparkline(e, fact); }},
       {"unit", Occurs::optional,
        [&](const XMLElement& e) { fact.unit = texts_.read_bare(e, TextNeed::optional); }},
       {"label", Occurs::once,
        [&](const XMLElement& e) { fact.label = texts_.read_bare(e, TextNeed::required); }}},
      "the words of a key figure go into its <unit> and <label>; a picture, into <icon name=\"…\"/>; a "
      "short series, into <sparkline values=\"…\"/>");
  return fact;
}

Callout BlockReader::read_callout(const XMLElement& element) {
  Callout callout;
  callout.where = source_.at(element);
  xml::Attributes attributes(source_, element);
  attributes.text("style", callout.style);
  attributes.report_unknown();
  auto children = block_children(BlockPlace::callout, callout.blocks);
  for (auto& child : children) child.rank = 1;  // after the title
  children.push_back({"title", Occurs::optional,
                      [&](const XMLElement& e) {
                        callout.title = texts_.read_bare(e, TextNeed::optional);
                      },
                      0});
  xml::read_children(source_, element, children);
  if (callout.blocks.empty())
    source_.error(element, "<callout> has no content; write at least one block, such as a <p>");
  return callout;
}

Contacts BlockReader::read_contacts(const XMLElement& element) {
  Contacts contacts;
  contacts.where = source_.at(element);
  xml::Attributes(source_, element).report_unknown();
  xml::read_children(
      source_, element,
      {{"title", Occurs::optional,
        [&](const XMLElement& e) { contacts.title = texts_.read_bare(e, TextNeed::optional); },
        0},
       {"contact", Occurs::some,
        [&](const XMLElement& e) { contacts.items.push_back(read_contact(e)); }, 1}});
  return contacts;
}

Contact BlockReader::read_contact(const XMLElement& element) {
  Contact contact;
  contact.where = source_.at(element);
  xml::Attributes(source_, element).report_unknown();
  auto field = [this](std::string& target, bool (*valid)(std::string_view),
                      std::string_view expected) {
    return [this, &target, valid, expected](const XMLElement& e) {
      target = read_contact_field(e, valid, expected);
    };
  };
  xml::read_children(
      source_, element,
      {{"organisation", Occurs::once,
        [&](const XMLElement& e) {
          contact.organisation = texts_.read_bare(e, TextNeed::required);
        }},
       {"address", Occurs::optional,
        [&](const XMLElement& e) { contact.address = texts_.read_bare(e, TextNeed::optional); }},
       {"phone", Occurs::optional, field(contact.phone, nullptr, {})},
       {"email", Occurs::optional,
        field(contact.email,
              [](std::string_view s) {
                return values::classify_href("mailto:" + std::string(s)) ==
                       values::LinkTarget::mail;
              },
              "an e-mail address like invest@quangngai.gov.vn")},
       {"web", Occurs::optional,
        field(contact.web,
              [](std::string_view s) {
                return values::classify_href(s) == values::LinkTarget::web;
              },
              "a web address with its scheme, like https://quangngai.gov.vn")}});
  return contact;
}

std::string BlockReader::read_contact_field(const XMLElement& element,
                                            bool (*valid)(std::string_view),
                                            std::string_view expected) {
  std::string text = texts_.read_plain(element);
  if (text.empty())
    source_.warning(element, tag(element.Name()) + " is empty; write it, or leave it out");
  else if (valid && !valid(text))
    source_.error(element, tag(element.Name()) + " \"" + text + "\" is not valid: expected " +
                               std::string(expected));
  return text;
}

QrCode BlockReader::read_qr(const XMLElement& element) {
  QrCode qr;
  qr.where = source_.at(element);
  xml::Attributes attributes(source_, element);
  attributes.text("data", qr.data, Presence::required);
  if (std::string size; attributes.length("size", size)) qr.size = *util::parse_length(size);
  attributes.choice("ecc", qr.error_correction,
                    {{"L", 'L'}, {"M", 'M'}, {"Q", 'Q'}, {"H", 'H'}});
  attributes.choice("decorative", qr.decorative, {{"true", true}, {"false", false}});
  attributes.report_unknown();
  if (qr.data.size() > qr_capacity(qr.error_correction))
    attributes.bad_value("data", qr.data,
                         "at most " + std::to_string(qr_capacity(qr.error_correction)) +
                             " bytes, what the largest QR code holds at ecc=\"" +
                             qr.error_correction + "\"");
  xml::read_children(source_, element,
                     {{"alt", Occurs::optional, [&](const XMLElement& e) {
                         qr.alt = texts_.read_bare(e, TextNeed::required);
                       }},
                      {"caption", Occurs::optional, [&](const XMLElement& e) {
                         qr.caption = texts_.read_bare(e, TextNeed::optional);
                       }}});
  return qr;
}

void read_extent(xml::Attributes& attributes, Extent& target) {
  std::string written;
  if (!attributes.length("width", written, {"column", "page"})) return;
  if (written == "column")
    target = {Extent::Kind::column, 0};
  else if (written == "page")
    target = {Extent::Kind::page, 0};
  else
    target = {Extent::Kind::length, *util::parse_length(written)};
}

}  // namespace model
