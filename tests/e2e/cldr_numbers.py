"""How the six languages write numbers, for the tests: an oracle the engine did not write.

The symbols and patterns are CLDR 42's (the data of Debian 12's ICU 72), copied by hand from
the CLDR charts (unicode.org/cldr/charts/42/by_type/numbers.*): decimal and grouping symbols,
the percent pattern, and the compact-decimal patterns for the magnitudes the sample uses.
Rounding is half-up on the decimal value, as the engine documents. Per-language choices of the
layout (compact long or short, currency patterns, the minus sign) are read from the layout.
"""
import decimal
import pathlib
import xml.etree.ElementTree as ET

ROOT = pathlib.Path(__file__).resolve().parents[2]

NBSP = "\u00a0"
SYMBOLS = {  # decimal, group, percent pattern
    "vi": (",", ".", "{}%"),
    "en": (".", ",", "{}%"),
    "zh": (".", ",", "{}%"),
    "ko": (".", ",", "{}%"),
    "ja": (".", ",", "{}%"),
    "ru": (",", NBSP, "{}" + NBSP + "%"),
}
# (magnitude, pattern) from the largest down; CJK count in 10^4 and 10^8.
COMPACT_LONG = {
    "vi": [(10**9, "{} tỷ"), (10**6, "{} triệu"), (10**3, "{} nghìn")],
    "en": [(10**9, "{} billion"), (10**6, "{} million"), (10**3, "{} thousand")],
    "zh": [(10**8, "{}亿"), (10**4, "{}万")],
    "ja": [(10**8, "{}億"), (10**4, "{}万")],
    "ko": [(10**8, "{}억"), (10**4, "{}만")],
    # Russian long forms vary with plural (миллиард/миллиарда/миллиардов): the layout uses short.
}
COMPACT_SHORT = {
    "ru": [(10**9, "{}" + NBSP + "млрд"), (10**6, "{}" + NBSP + "млн"), (10**3, "{}" + NBSP + "тыс.")],
    "en": [(10**9, "{}B"), (10**6, "{}M"), (10**3, "{}K")],
}


def layout_numbers(layout=ROOT / "layouts" / "handbook-a4.xml"):
    """lang → (compact style, minus sign, {currency: pattern}) from the layout's language settings."""
    out = {}
    for language in ET.parse(layout).getroot().iter("language"):
        currencies = {c.get("code"): c.get("format") for c in language.iter("currency")}
        out[language.get("code")] = (language.get("compact", "long"), language.get("minus", "-"), currencies)
    return out


def _digits(value, decimals, lang, fixed=True):
    point, group, _ = SYMBOLS[lang]
    quantum = decimal.Decimal(1).scaleb(-decimals)
    rounded = value.quantize(quantum, rounding=decimal.ROUND_HALF_UP)
    text = f"{abs(rounded):f}"
    integer, _, fraction = text.partition(".")
    if not fixed:
        fraction = fraction.rstrip("0")
    grouped = ""
    for i, digit in enumerate(integer):
        if i and (len(integer) - i) % 3 == 0:
            grouped += group
        grouped += digit
    return rounded, grouped + (point + fraction if fraction else "")


def format_amount(value, decimals=0, unit="", compact=False, lang="en", layout=None):
    """The amount as the engine must print it in `lang`."""
    style, minus, currencies = (layout or layout_numbers())[lang]
    value = decimal.Decimal(str(value))
    decimals = int(decimals or 0)
    if compact:
        table = (COMPACT_SHORT if style == "short" else COMPACT_LONG)[lang]
        text = None
        for magnitude, pattern in table:
            scaled = value / magnitude
            rounded, digits = _digits(scaled, decimals, lang, fixed=False)
            if abs(rounded) >= 1:
                text = pattern.format(digits)
                break
        if text is None:
            rounded, text = _digits(value, decimals, lang, fixed=False)
    else:
        rounded, text = _digits(value, decimals, lang)
    if rounded < 0:
        text = minus + text
    if unit == "%":
        return SYMBOLS[lang][2].format(text)
    if unit in currencies:
        return currencies[unit].replace("{n}", text)
    return text


def indicators(data_file):
    """id → (value, decimals, unit) of a data file."""
    root = ET.parse(data_file).getroot()
    return {i.get("id"): (i.get("value"), i.get("decimals", "0"), i.get("unit", "")) for i in root.iter("indicator")}
