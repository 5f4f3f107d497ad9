#pragma once
// Reads the blocks of one content file (paragraphs, lists, tables, figures, key figures, …)
// and its sections, following <include href="…"> into further files.
#include <vector>

#include <tinyxml2.h>

#include "model/blocks.hpp"
#include "model/csv_file.hpp"
#include "model/element_reader.hpp"
#include "model/reading.hpp"
#include "model/text_reader.hpp"
#include "model/xml_file.hpp"

namespace model {

// Where blocks stand decides which blocks may: a table of contents only in the front matter,
// a standalone heading nowhere in the section structure, and so on.
enum class BlockPlace { section, panel, inside_front_cover, cover_page, callout, list_item };

class BlockReader {
 public:
  BlockReader(const xml::XmlFile& file, Reading& reading);
  BlockReader(const BlockReader&) = delete;  // texts_ refers to source_
  BlockReader& operator=(const BlockReader&) = delete;

  // Rules for the block children of a container at `place`; what they read goes to `out`,
  // which must outlive them.
  std::vector<xml::Child> block_children(BlockPlace place, std::vector<Block>& out);

  // The blocks of `element` (a panel, a cover page) and nothing else.
  std::vector<Block> read_blocks(const tinyxml2::XMLElement& element, BlockPlace place);

  Section read_section(const tinyxml2::XMLElement& element, int level);
  // Reads the <section> that the file named by `element` (an <include>) holds, as a section
  // of `level`, and appends it to `out`.
  void read_include(const tinyxml2::XMLElement& element, int level, std::vector<Block>& out);
  TableOfContents read_toc(const tinyxml2::XMLElement& element);

 private:
  xml::Source source_;
  Reading& reading_;
  TextReader texts_;

  Paragraph read_paragraph(const tinyxml2::XMLElement& element);
  Heading read_heading(const tinyxml2::XMLElement& element);
  List read_list(const tinyxml2::XMLElement& element, bool ordered);
  ListItem read_list_item(const tinyxml2::XMLElement& element);
  Table read_table(const tinyxml2::XMLElement& element);
  TableColumn read_column(const tinyxml2::XMLElement& element);
  void read_rows(const tinyxml2::XMLElement& group, bool head, std::vector<TableRow>& rows);
  TableCell read_cell(const tinyxml2::XMLElement& element);
  Figure read_figure(const tinyxml2::XMLElement& element);
  Facts read_facts(const tinyxml2::XMLElement& element);
  Fact read_fact(const tinyxml2::XMLElement& element);
  Callout read_callout(const tinyxml2::XMLElement& element);
  Contacts read_contacts(const tinyxml2::XMLElement& element);
  Contact read_contact(const tinyxml2::XMLElement& element);
  // <phone>, <email>, <web>: plain text, checked by `valid` when given.
  std::string read_contact_field(const tinyxml2::XMLElement& element,
                                 bool (*valid)(std::string_view), std::string_view expected);
  QrCode read_qr(const tinyxml2::XMLElement& element);
  Chart read_chart(const tinyxml2::XMLElement& element);  // chart_reader.cpp
  Map read_map(const tinyxml2::XMLElement& element);      // map_reader.cpp
  void read_sparkline(const tinyxml2::XMLElement& element, Fact& fact);  // chart_reader.cpp
  MapPlace read_map_place(const tinyxml2::XMLElement& element);
  MapArea read_map_area(const tinyxml2::XMLElement& element);
  MapRoute read_map_route(const tinyxml2::XMLElement& element);

  // A data file the content names (a chart's CSV, a map's drawing), opened like an include:
  // inside the content folder, size-limited. Its bytes and its name as messages show it; an
  // error at `where` naming `what` and nullopt when it cannot be read.
  std::optional<std::pair<std::string, std::string>> read_beside(const std::string& reference,
                                                                 const util::SourceLocation& where,
                                                                 const std::string& what);
  // A CSV file beside the content, its rows and its name as messages show it; a malformed
  // one is reported at its place with "(data of the <owner> at …)" added.
  struct CsvData {
    std::vector<CsvRow> rows;
    std::string path;
  };
  std::optional<CsvData> read_csv_beside(const std::string& reference, const util::SourceLocation& where,
                                         const std::string& owner, const util::SourceLocation& owner_where);

  // An optional id: checked, and registered for duplicates and links.
  void read_id(xml::Attributes& attributes, std::string& id);
  void expect_empty(const tinyxml2::XMLElement& element);
};

// width="column|page|80mm" of a figure or chart, resolved as it is read.
void read_extent(xml::Attributes& attributes, Extent& target);

}  // namespace model
