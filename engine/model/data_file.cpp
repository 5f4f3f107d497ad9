// <data>: <source id href>title</source>… <indicator id value unit decimals date source/>…
#include "model/data_file.hpp"

#include <algorithm>
#include <set>

#include "model/amount_reader.hpp"
#include "model/element_reader.hpp"
#include "model/values.hpp"
#include "model/xml_file.hpp"
#include "util/suggest.hpp"

namespace model {

using tinyxml2::XMLElement;
using xml::Occurs;
using xml::Presence;

const Indicator* DataSet::find(std::string_view id) const {
  auto it = std::find_if(indicators.begin(), indicators.end(), [&](const Indicator& i) { return i.id == id; });
  return it == indicators.end() ? nullptr : &*it;
}

std::vector<std::string> DataSet::ids() const {
  std::vector<std::string> out;
  for (const auto& i : indicators) out.push_back(i.id);
  return out;
}

namespace {

// The period a figure describes: a year, a month or a day.
bool is_period(std::string_view text) {
  if (text.size() == 10) return values::is_date(text);
  if (text.size() == 7) return values::is_date(std::string(text) + "-01");
  if (text.size() == 4) return values::is_date(std::string(text) + "-01-01");
  return false;
}

DataSource read_source(const xml::Source& source, const XMLElement& element) {
  DataSource s;
  s.where = source.at(element);
  xml::Attributes a(source, element);
  a.name("id", s.id, Presence::required);
  a.text("href", s.href);
  a.report_unknown();
  if (const char* text = element.GetText()) s.title = text;
  return s;
}

Indicator read_indicator(const xml::Source& source, const XMLElement& element) {
  Indicator i;
  i.where = source.at(element);
  xml::Attributes a(source, element);
  a.name("id", i.id, Presence::required);
  read_amount_value(a, i.amount, Presence::required);
  constexpr std::string_view kPeriod = "the period the figure describes: 2025, 2025-06 or 2025-06-30";
  if (auto date = a.get("date", Presence::required, kPeriod)) {
    if (is_period(*date)) i.date = *date;
    else a.bad_value("date", *date, kPeriod);
  }
  if (auto sources = a.get("source", Presence::required, "the ids of its <source>s, like \"S18\" or \"S2 S3\""))
    for (auto word : values::split_words(*sources)) i.sources.emplace_back(word);
  a.text("note", i.note);
  a.report_unknown();
  xml::read_children(source, element, {}, "an <indicator> is empty: its figure is in value=\"…\"");
  i.amount.ref = i.id;
  return i;
}

}  // namespace

std::optional<DataSet> read_data_file(const xml::XmlFile& xml_file, util::Diagnostics& diagnostics) {
  const int errors_before = diagnostics.error_count();
  const xml::Source source{xml_file, diagnostics};
  const XMLElement& root = xml_file.root();
  DataSet data;
  data.file = xml_file.path();
  if (std::string_view(root.Name()) != "data") {
    source.error(root, "a data file's root element is <data>, not " + xml::tag(root.Name()));
    return std::nullopt;
  }
  xml::Attributes(source, root).report_unknown();
  xml::read_children(
      source, root,
      {{"source", Occurs::any, [&](const XMLElement& e) { data.sources.push_back(read_source(source, e)); }},
       {"indicator", Occurs::any, [&](const XMLElement& e) { data.indicators.push_back(read_indicator(source, e)); }}},
      "figures go into <indicator value=\"…\"/>");

  std::set<std::string> source_ids, indicator_ids;
  for (const auto& s : data.sources)
    if (!source_ids.insert(s.id).second) diagnostics.error(s.where, "source \"" + s.id + "\" is defined twice");
  std::vector<std::string> known_sources(source_ids.begin(), source_ids.end());
  for (const auto& i : data.indicators) {
    if (!i.id.empty() && !indicator_ids.insert(i.id).second)
      diagnostics.error(i.where, "indicator \"" + i.id + "\" is defined twice; keep one");
    for (const auto& s : i.sources)
      if (!source_ids.count(s))
        diagnostics.error(i.where, "indicator \"" + i.id + "\" cites source \"" + s + "\", which no <source> defines" +
                                       util::did_you_mean(s, known_sources));
  }
  if (diagnostics.error_count() > errors_before) return std::nullopt;
  return data;
}

}  // namespace model
