#pragma once
// Numbers written once in the source, printed in each language's convention by ICU:
// 1.234,5 (vi), 1,234.5 (en, zh, ja, ko), 1 234,5 (ru, with a no-break space); percent,
// currency and compact forms (18,5 tỷ / 18.5 billion / 185亿 / 185억 / 185億 / 18,5 млрд).
// Every per-language choice comes from the layout's language settings (NumberConventions);
// this file knows no language.
#include <map>
#include <optional>
#include <string>

namespace text {

// How one language writes numbers: ICU's data for `locale`, with the layout's overrides.
struct NumberConventions {
  std::string locale;             // BCP 47 tag handed to ICU; empty = CLDR's root (language-neutral) data
  std::string decimal_separator;  // empty = the locale's
  std::string group_separator;    // empty = the locale's; a plain space is printed as U+00A0
  std::string minus_sign;         // empty = the locale's
  bool compact_short = false;     // "18,5 млрд" (short) rather than "18,5 миллиарда" (long)
  // ISO 4217 code → pattern with {n} for the number, "{n} USD", "US${n}". A currency without
  // one is written by ICU with its symbol ("₫1,234,567").
  std::map<std::string, std::string> currency_formats;
};

enum class Notation {
  plain,    // every digit: 18.500.000.000
  compact,  // the language's large-number words: 18,5 tỷ, 185亿
};

// One amount to print. The value stays a decimal string from the source to ICU, so no binary
// floating point ever rounds it: 12345678901234567890 prints exactly, 2.675 rounds to 2.68.
struct Amount {
  std::string value;  // "-1234.5", "18500000000": a decimal number, no exponent, no grouping
  int decimals = 0;   // plain: exactly this many fraction digits; compact: at most this many
  std::string unit;   // "%" (percent), an ISO 4217 code (currency), else none printed
  Notation notation = Notation::plain;
};

// The amount as `conventions` write it; nullopt with `error` set when ICU refuses it
// (not a decimal number, an unknown currency code).
std::optional<std::string> format_amount(const Amount& amount, const NumberConventions& conventions,
                                         std::string* error = nullptr);

// The same, cut after its last digit: "US$19.2" + " billion", "19,2" + " млрд долл. США",
// "192" + "亿美元", "11,51" + " %". A key-figure tile sets the trail smaller, like a unit.
struct AmountParts {
  std::string lead;   // up to the last digit, with any currency symbol or minus before it
  std::string trail;  // the compact word, the currency, the percent sign, with their spacing
};
std::optional<AmountParts> format_amount_parts(const Amount& amount, const NumberConventions& conventions,
                                               std::string* error = nullptr);

// Rounding: half away from zero on the decimal value ("half-up", as statistics offices and
// school arithmetic round; ICU's default would be half-even). Exposed for the documentation.
inline constexpr const char* kRoundingRule = "half-up";

// The decimal sign `conventions` print ("," in Vietnamese and Russian): where a table
// column of numbers aligns.
std::string decimal_separator(const NumberConventions& conventions);

// True for a three-letter upper-case code (the shape of ISO 4217; ICU decides if it exists).
bool looks_like_currency_code(const std::string& unit);

}  // namespace text
