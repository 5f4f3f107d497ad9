#pragma once
// The attributes that make an Amount, shared by <num>, <fact> and the data file's <indicator>.
#include "model/amount.hpp"
#include "model/data_set.hpp"
#include "model/element_reader.hpp"

namespace model {

// value="…" (a decimal number, kept as written), unit="…", decimals="…".
void read_amount_value(xml::Attributes& attributes, Amount& amount, xml::Presence presence);

// <num>/<fact>: either value="…" written in place or ref="…" naming an indicator of `data`
// (an unknown name is an error with the nearest known one); then style="compact" and
// decimals="…", which override the indicator's.
void read_amount(xml::Attributes& attributes, const DataSet* data, Amount& amount);

}  // namespace model
