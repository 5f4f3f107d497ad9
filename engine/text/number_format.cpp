#include "text/number_format.hpp"

#include <algorithm>

#include <unicode/dcfmtsym.h>
#include <unicode/formattedvalue.h>
#include <unicode/numberformatter.h>
#include <unicode/unistr.h>

namespace text {

namespace {

namespace icunum = icu::number;

icu::UnicodeString unicode(const std::string& utf8) { return icu::UnicodeString::fromUTF8(utf8); }

std::string utf8(const icu::UnicodeString& text) {
  std::string out;
  text.toUTF8String(out);
  return out;
}

// The locale's symbols with the layout's overrides; grouping never breaks a line.
icu::DecimalFormatSymbols symbols(const NumberConventions& c, UErrorCode& status) {
  icu::DecimalFormatSymbols s(icu::Locale::forLanguageTag(c.locale, status), status);
  if (!c.decimal_separator.empty()) s.setSymbol(icu::DecimalFormatSymbols::kDecimalSeparatorSymbol, unicode(c.decimal_separator));
  if (!c.group_separator.empty())
    s.setSymbol(icu::DecimalFormatSymbols::kGroupingSeparatorSymbol,
                unicode(c.group_separator == " " ? "\u00A0" : c.group_separator));
  if (!c.minus_sign.empty()) s.setSymbol(icu::DecimalFormatSymbols::kMinusSignSymbol, unicode(c.minus_sign));
  return s;
}

// "-1234.5": the content model's decimal syntax. ICU would also take "1e5" or "NaN".
bool is_plain_decimal(std::string_view value) {
  if (value.starts_with('-')) value.remove_prefix(1);
  const auto dot = value.find('.');
  const auto integer = value.substr(0, dot);
  const auto fraction = dot == std::string_view::npos ? std::string_view("0") : value.substr(dot + 1);
  auto digits = [](std::string_view part) {
    return !part.empty() && std::all_of(part.begin(), part.end(), [](char c) { return c >= '0' && c <= '9'; });
  };
  return digits(integer) && digits(fraction);
}

}  // namespace

std::string decimal_separator(const NumberConventions& c) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::DecimalFormatSymbols s = symbols(c, status);
  return U_FAILURE(status) ? "." : utf8(s.getSymbol(icu::DecimalFormatSymbols::kDecimalSeparatorSymbol));
}

bool looks_like_currency_code(const std::string& unit) {
  return unit.size() == 3 && std::all_of(unit.begin(), unit.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

std::optional<AmountParts> format_amount_parts(const Amount& amount, const NumberConventions& c,
                                               std::string* error) {
  if (!is_plain_decimal(amount.value)) {
    if (error) *error = "\"" + amount.value + "\" is not a decimal number like -1234.5";
    return std::nullopt;
  }
  UErrorCode status = U_ZERO_ERROR;
  const icu::Locale locale = icu::Locale::forLanguageTag(c.locale, status);
  icunum::LocalizedNumberFormatter f =
      icunum::NumberFormatter::withLocale(locale)
          .symbols(symbols(c, status))
          .roundingMode(UNUM_ROUND_HALFUP)
          .sign(UNUM_SIGN_NEGATIVE);  // -0.4 rounded to 0 is "0", not "-0"
  const int decimals = amount.decimals < 0 ? 0 : amount.decimals;
  if (amount.notation == Notation::compact)
    f = f.notation(c.compact_short ? icunum::Notation::compactShort() : icunum::Notation::compactLong())
            .precision(icunum::Precision::maxFraction(decimals));
  else
    f = f.precision(icunum::Precision::fixedFraction(decimals));

  // A currency the layout writes in its own words: the bare number goes into its pattern.
  std::optional<std::string> pattern;
  if (looks_like_currency_code(amount.unit)) {
    if (auto it = c.currency_formats.find(amount.unit); it != c.currency_formats.end())
      pattern = it->second;
    else
      f = f.unit(icu::CurrencyUnit(unicode(amount.unit).getTerminatedBuffer(), status))
              .unitWidth(UNUM_UNIT_WIDTH_SHORT);
  } else if (amount.unit == "%") {
    f = f.unit(icu::NoUnit::percent());
  }
  if (U_FAILURE(status)) {
    if (error) *error = "ICU cannot format unit \"" + amount.unit + "\" for " + c.locale + " (" + u_errorName(status) + ")";
    return std::nullopt;
  }
  icunum::FormattedNumber formatted = f.formatDecimal(icu::StringPiece(amount.value), status);
  icu::UnicodeString text = formatted.toString(status);
  // Where the digits end (ICU's field positions): what follows is the compact word, the
  // currency or the percent sign.
  int32_t digits_end = 0;
  icu::ConstrainedFieldPosition position;
  position.constrainCategory(UFIELD_CATEGORY_NUMBER);
  while (formatted.nextPosition(position, status))
    if (position.getField() == UNUM_INTEGER_FIELD || position.getField() == UNUM_FRACTION_FIELD)
      digits_end = std::max(digits_end, position.getLimit());
  if (U_FAILURE(status)) {
    if (error) *error = "\"" + amount.value + "\" is not a decimal number ICU can format (" + u_errorName(status) + ")";
    return std::nullopt;
  }
  AmountParts parts{utf8(text.tempSubString(0, digits_end)), utf8(text.tempSubString(digits_end))};
  if (pattern) {
    const auto at = pattern->find("{n}");
    parts.lead = pattern->substr(0, at) + parts.lead;
    parts.trail += pattern->substr(at + 3);
  }
  return parts;
}

std::optional<std::string> format_amount(const Amount& amount, const NumberConventions& c, std::string* error) {
  auto parts = format_amount_parts(amount, c, error);
  if (!parts) return std::nullopt;
  return parts->lead + parts->trail;
}

}  // namespace text
