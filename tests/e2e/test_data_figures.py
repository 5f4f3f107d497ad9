#!/usr/bin/env python3
"""Figures are single-sourced: change one indicator in the data file and every publication
prints the new value in the text, the key-figure tiles and the charts of all six languages, as
CLDR writes it (the oracle in cldr_numbers, not the engine's formatter); the old value is gone. A reference
to an unknown indicator, and a data file outside the publication's folder, are errors."""
import re
import shutil

import cldr_numbers
from support import CONTENT, LANGUAGES, OUT, PUBLICATIONS, XML_LANG, Failures, _load, brochure, pdftotext, require

CHANGES = {  # indicator → new value: a percent (text and tiles) and a compact money amount
    "grdp-growth-2025h1": "12.34",
    "dqez-capital-2025-07": "21370000000",
}


def squeeze(text):
    """Word boxes of a tile's digits and its smaller words come out with or without a space, and
    lines break anywhere: compare without white space (NBSP included)."""
    return re.sub(r"\s+", "", text.replace("\u00a0", " ").replace("\u202f", " "))


def references(publication_file, ref, lang):
    """How often `lang` prints indicator `ref`: <num ref> in its translations, <fact ref>."""
    root = _load(CONTENT / publication_file)
    count = sum(1 for fact in root.iter("fact") if fact.get("ref") == ref)
    for t in root.iter("t"):
        if t.get(XML_LANG) == lang:
            count += sum(1 for num in t.iter("num") if num.get("ref") == ref)
    return count


def chart_references(publication_file, ref):
    """How often a chart of the publication plots indicator `ref` (<value ref> in a <chart>)."""
    root = _load(CONTENT / publication_file)
    return sum(1 for chart in root.iter("chart") for value in chart.iter("value") if value.get("ref") == ref)


def expected_text(ref, value, lang, data):
    _, decimals, unit = data[ref]
    root = _load(CONTENT / "handbook.xml")
    compact = any(n.get("ref") == ref and n.get("style") == "compact" for n in root.iter("num"))
    return cldr_numbers.format_amount(value, decimals, unit, compact, lang)


def main():
    require("pdftotext")
    failures = Failures()
    scratch = OUT / "data-figures"
    shutil.rmtree(scratch, ignore_errors=True)
    content = scratch / "quang-ngai"
    shutil.copytree(CONTENT, content)
    data_file = content / "figures.xml"
    original = cldr_numbers.indicators(data_file)
    text = data_file.read_text(encoding="utf-8")
    for ref, value in CHANGES.items():
        text, n = re.subn(rf'(<indicator id="{ref}" value=")[^"]+"', rf'\g<1>{value}"', text)
        failures.check(n == 1, f"{ref} not found once in figures.xml")
    data_file.write_text(text, encoding="utf-8")

    r = brochure("build", content, "--edition", "digital", "--no-preview", "--out", scratch / "out")
    failures.check(r.returncode == 0, f"build: exit {r.returncode}: {r.stderr[-600:]}")
    checked = charted = 0
    for publication, file in PUBLICATIONS.items():
        for lang in LANGUAGES:
            pdf = scratch / "out" / publication / f"{publication}.{lang}.digital.pdf"
            if not pdf.exists():
                failures.check(False, f"{pdf.name} missing")
                continue
            printed = squeeze(pdftotext(pdf))
            for ref, value in CHANGES.items():
                wanted = references(file, ref, lang)
                new = squeeze(expected_text(ref, value, lang, original))
                old = squeeze(expected_text(ref, original[ref][0], lang, original))
                found = printed.count(new)
                failures.check(found == wanted, f"{publication} {lang}: {new!r} printed {found} times, "
                                                f"the source refers to {ref} {wanted} times")
                failures.check(old not in printed, f"{publication} {lang}: the old {old!r} is still printed")
                checked += wanted
                # A chart labels its bar with the number alone (its unit is the axis's): the
                # bare number is printed at least once more per chart that plots the indicator.
                plotted = chart_references(file, ref)
                if plotted:
                    _, decimals, _ = original[ref]
                    bare_new = squeeze(cldr_numbers.format_amount(value, decimals, "", False, lang))
                    bare_old = squeeze(cldr_numbers.format_amount(original[ref][0], decimals, "", False, lang))
                    failures.check(printed.count(bare_new) >= wanted + plotted,
                                   f"{publication} {lang}: the chart does not print {bare_new!r}")
                    failures.check(bare_old not in printed, f"{publication} {lang}: the chart still prints {bare_old!r}")
                    charted += plotted
    failures.check(checked > 40, f"only {checked} references checked; did the sample lose its <num ref>s?")
    failures.check(charted >= 6, f"only {charted} chart values checked; does a chart still plot {list(CHANGES)}?")

    # An unknown indicator: file:line:col, the name, and the nearest known one.
    bad = content / "handbook" / "02-economy.xml"
    bad.write_text(bad.read_text(encoding="utf-8").replace('ref="grdp-growth-2025h1"', 'ref="grdp-growht-2025h1"', 1),
                   encoding="utf-8")
    r = brochure("check", content / "handbook.xml", "--lang", "vi")
    failures.check(r.returncode == 1 and re.search(r"02-economy\.xml:\d+:\d+: error: .*grdp-growht-2025h1.*"
                                                   r"did you mean \"grdp-growth-2025h1\"", r.stderr),
                   f"unknown ref: exit {r.returncode}: {r.stderr[:400]}")
    # A data file outside the publication's folder is refused before it is read.
    for name in ("../figures.xml", "/etc/passwd"):
        leaflet = content / "leaflet.xml"
        leaflet.write_text(re.sub(r'data="[^"]*"', f'data="{name}"', leaflet.read_text(encoding="utf-8")),
                           encoding="utf-8")
        r = brochure("check", leaflet, "--lang", "vi")
        failures.check(r.returncode == 1 and "leaflet.xml:" in r.stderr and "data=" in r.stderr and
                       ("outside" in r.stderr or "absolute" in r.stderr),
                       f"data={name}: exit {r.returncode}: {r.stderr[:300]}")
    failures.finish(f"data figures: {checked} references in 3 publications × 6 languages")


if __name__ == "__main__":
    main()
