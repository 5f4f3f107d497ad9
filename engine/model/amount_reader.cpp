#include "model/amount_reader.hpp"

#include "model/values.hpp"
#include "util/suggest.hpp"

namespace model {

using xml::Presence;

void read_amount_value(xml::Attributes& attributes, Amount& amount, Presence presence) {
  constexpr std::string_view kExpected = "a number like 1234.5 (a dot before the decimals, no grouping, no unit)";
  if (auto value = attributes.get("value", presence, kExpected)) {
    if (values::parse_decimal(*value)) amount.value = *value;
    else attributes.bad_value("value", *value, kExpected);
  }
  attributes.text("unit", amount.unit);
  attributes.integer("decimals", amount.decimals, 0, 6);
}

void read_amount(xml::Attributes& attributes, const DataSet* data, Amount& amount) {
  if (auto ref = attributes.get("ref")) {
    amount.ref = *ref;
    if (attributes.get("value") || attributes.get("unit"))
      attributes.bad_value("ref", *ref, "either ref=\"…\" (a figure of the data file) or value=\"…\" and unit=\"…\", not both");
    if (!data) {
      attributes.bad_value("ref", *ref, "a figure of the data file, but the publication names none: add data=\"figures.xml\" to <publication>");
    } else if (const Indicator* indicator = data->find(*ref)) {
      amount = indicator->amount;
    } else {
      attributes.bad_value("ref", *ref, "an indicator of " + data->file.filename().string() +
                                            util::did_you_mean(*ref, data->ids()));
    }
    attributes.integer("decimals", amount.decimals, 0, 6);
  } else {
    read_amount_value(attributes, amount, Presence::required);
  }
  attributes.choice("style", amount.compact, {{"plain", false}, {"compact", true}});
}

}  // namespace model
