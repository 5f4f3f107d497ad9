// The data file of a publication: indicators read exactly as written, references from <num>
// and <fact> resolved, every mistake reported at its line.
#include <catch2/catch.hpp>

#include "model/xml_file.hpp"
#include "model/data_file.hpp"
#include "model/reader.hpp"
#include "model_test_support.hpp"

using namespace model_test;

namespace {

const char* kData = R"(<?xml version="1.0" encoding="UTF-8"?>
<data>
  <source id="S18" href="https://vietnamnews.vn/">Việt Nam News</source>
  <indicator id="grdp-growth" value="11.51" unit="%" decimals="2" date="2025-06" source="S18"/>
  <indicator id="capital" value="18500000000" unit="USD" decimals="1" date="2025-07" source="S18"/>
  <indicator id="huge" value="12345678901234567890" date="2025" source="S18"/>
</data>
)";

std::string publication_with(std::string_view body, std::string_view data = "figures.xml") {
  std::string text = handbook(body);
  const std::string attribute = " data=\"" + std::string(data) + "\" languages=";
  text.replace(text.find(" languages="), std::string(" languages=").size(), attribute);
  return text;
}

}  // namespace

TEST_CASE("data: indicators keep their value exactly as written") {
  util::Diagnostics diagnostics;
  auto file = model::xml::XmlFile::load(scratch_file("figures.xml", kData), diagnostics);
  REQUIRE(file);
  auto data = model::read_data_file(*file, diagnostics);
  INFO(listing(diagnostics));
  REQUIRE(data);
  REQUIRE(data->indicators.size() == 3);
  CHECK(data->find("huge")->amount.value == "12345678901234567890");
  CHECK(data->find("capital")->amount.unit == "USD");
  CHECK(data->find("grdp-growth")->date == "2025-06");
  CHECK(data->find("grdp-growth")->sources == std::vector<std::string>{"S18"});
  CHECK(data->sources.at(0).href == "https://vietnamnews.vn/");
}

TEST_CASE("data: <num ref> and <fact ref> take the indicator, style and decimals from the reference") {
  scratch_file("figures.xml", kData);
  const auto file = scratch_file("data-refs.xml", publication_with(
      R"(<p>Growth <num ref="grdp-growth"/>, capital <num ref="capital" style="compact" decimals="0"/>.</p>
    <facts><fact ref="capital" style="compact"><label>Capital</label></fact>
           <fact value="96"><label>Communes</label></fact></facts>)"));
  util::Diagnostics diagnostics;
  auto publication = model::read_publication(file, diagnostics);
  INFO(listing(diagnostics));
  REQUIRE(publication);
  const auto& section = std::get<model::Section>(publication->body.at(0).node);
  const auto& text = std::get<model::Paragraph>(section.blocks.at(0).node).text.translations.at(0).content;
  CHECK(text.at(1).amount.value == "11.51");
  CHECK(text.at(1).amount.unit == "%");
  CHECK(text.at(1).amount.ref == "grdp-growth");
  CHECK(text.at(3).amount.compact);
  CHECK(text.at(3).amount.decimals == 0);
  const auto& facts = std::get<model::Facts>(section.blocks.at(1).node);
  CHECK(facts.items.at(0).amount.value == "18500000000");
  CHECK(facts.items.at(0).amount.compact);
  CHECK(facts.items.at(1).amount.ref.empty());
}

TEST_CASE("data: an unknown reference names the nearest indicator, at its line") {
  scratch_file("figures.xml", kData);
  const auto file = scratch_file("data-unknown.xml", publication_with(R"(<p>Growth <num ref="grdp-grwth"/>.</p>)"));
  util::Diagnostics diagnostics;
  CHECK_FALSE(model::read_publication(file, diagnostics));
  const auto* error = find_error(diagnostics, {"grdp-grwth", "did you mean \"grdp-growth\""});
  INFO(listing(diagnostics));
  REQUIRE(error);
  CHECK(error->where.line == line_containing(file, "grdp-grwth"));
}

TEST_CASE("data: a reference without a data file, or with a value as well, is an error") {
  const auto none = scratch_file("data-none.xml", handbook(R"(<p><num ref="capital"/></p>)"));
  util::Diagnostics d1;
  CHECK_FALSE(model::read_publication(none, d1));
  CHECK(find_error(d1, {"data=\"figures.xml\""}));
  scratch_file("figures.xml", kData);
  const auto both = scratch_file("data-both.xml", publication_with(R"(<p><num ref="capital" value="3"/></p>)"));
  util::Diagnostics d2;
  CHECK_FALSE(model::read_publication(both, d2));
  CHECK(find_error(d2, {"not both"}));
}

TEST_CASE("data: mistakes in the data file are reported at their line") {
  const auto file = scratch_file("figures-bad.xml", R"(<data>
  <source id="S1">one</source>
  <indicator id="a" value="1,5" date="2025" source="S1"/>
  <indicator id="b" value="2" date="2025-13" source="S1"/>
  <indicator id="c" value="3" date="2025" source="S2"/>
  <indicator id="c" value="4" date="2025" source="S1"/>
</data>
)");
  util::Diagnostics diagnostics;
  auto xml_file = model::xml::XmlFile::load(file, diagnostics);
  REQUIRE(xml_file);
  CHECK_FALSE(model::read_data_file(*xml_file, diagnostics));
  INFO(listing(diagnostics));
  CHECK(find_error(diagnostics, {"value=\"1,5\""})->where.line == 3);
  CHECK(find_error(diagnostics, {"date=\"2025-13\""})->where.line == 4);
  CHECK(find_error(diagnostics, {"S2", "did you mean \"S1\""})->where.line == 5);
  CHECK(find_error(diagnostics, {"defined twice"})->where.line == 6);
}

TEST_CASE("data: the file is opened inside the content folder only") {
  scratch_file("figures.xml", kData);
  for (std::string_view outside : {"../figures.xml", "/etc/passwd", "sub/../../figures.xml"}) {
    const auto file = scratch_file("data-outside.xml", publication_with(R"(<p>x</p>)", outside));
    util::Diagnostics diagnostics;
    CHECK_FALSE(model::read_publication(file, diagnostics));
    INFO(outside << "\n" << listing(diagnostics));
    const auto* error = find_error(diagnostics, {"data=", "inside the content folder"});
    REQUIRE(error);
    CHECK(error->where.line == line_containing(file, "data=\""));
  }
}
