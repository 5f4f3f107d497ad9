#!/usr/bin/env python3
"""The handbook's GRDP chart is drawn by the engine from the data file, in every language.

Read back with poppler's word boxes (pdftotext -bbox) inside the chart's area of its page:
- each bar's value is a word of its own, written as CLDR writes the number in that language
  (the oracle in cldr_numbers: vi and ru "11,51", en, zh, ja and ko "11.51");
- the ticks are 0, 2, … 12 (worked out by hand: the finest step of 1, 2, 2.5 or 5 × 10ⁿ that
  covers 0 … 11.51 in at most the layout's 6 intervals is 2), equally spaced;
- each value label sits just above its bar: its foot within 5 pt above the height the tick
  scale gives its value, and the labels run left to right in category order;
- the category labels are the source's in that language;
- the print edition's chart page holds no image (pdfimages -list): the chart is vector;
- the digital edition's Figure for it has an alternative text generated from the data: the
  values with their percent sign as CLDR writes them, every category label, opening with the
  series' name.
A fixture of every kind (tests/fixtures/handbook-e2e/charts.xml, en and vi, values in place):
grouped vertical bars with a negative value, grouped horizontal bars, and a chart too narrow for
its nine labels: every value of the first two is printed in the language's format (the minus
included); of the crowded one, each value is either printed or named by a warning at its
<value>'s file:line:col, never both, never neither; the print PDF holds no image at all.
Then bad data: an inline value that is not a number, and a series with a value missing, stop
`brochure check` with an error at the value's or series' file:line:column."""
import collections
import re
import shutil

import cldr_numbers
from support import CONTENT, LANGUAGES, OUT, ROOT, Failures, _load, brochure, pdf_pages, require, run, \
    sample_pdf, squash, text_of
from test_digital_tagged import Pdf, text

CHART = "economy-growth-chart"
TICKS = [0, 2, 4, 6, 8, 10, 12]
WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>')


def chart_element():
    for element in _load(CONTENT / "handbook.xml").iter("chart"):
        if element.get("id") == CHART:
            return element
    raise SystemExit(f"no <chart id=\"{CHART}\"> in the handbook")


def words(pdf, page):
    result = run(["pdftotext", "-bbox", "-f", str(page), "-l", str(page), pdf, "-"])
    unescape = lambda s: s.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
    return [(float(a), float(b), float(c), float(d), unescape(w)) for a, b, c, d, w in WORD.findall(result.stdout)]


def chart_page(pdf, values):
    """The page whose words include the chart's value labels as words of their own, and ticks."""
    for page in range(1, pdf_pages(pdf) + 1):
        ws = words(pdf, page)
        if all(any(w[4] == v for w in ws) for v in values) and tick_column(ws):
            return page, ws
    return None, []


def tick_column(ws):
    """(left, top, {tick: y of its centre}) of a column of the words 0, 2, … 12, right-aligned
    (their right edges within 1 pt), 12 at the top and the rest below it in order."""
    for head in (w for w in ws if w[4] == str(TICKS[-1])):
        column = {}
        for t in TICKS:
            found = [w for w in ws if w[4] == str(t) and abs(w[2] - head[2]) < 1 and head[1] - 1 <= w[1] <= head[1] + 150]
            if found:
                column[t] = found[0]
        if len(column) == len(TICKS):
            return min(w[0] for w in column.values()), head[1], {t: (w[1] + w[3]) / 2 for t, w in column.items()}
    return None


def check_language(failures, lang, chart, data):
    check = lambda condition, message: failures.check(condition, f"{lang}: {message}")
    name = text_of(chart.find("series/name"), lang)
    categories = [text_of(c, lang) for c in chart.findall("category")]
    refs = [v.get("ref") for v in chart.find("series").findall("value")]
    numbers = [float(data[r][0]) for r in refs]
    labels = [cldr_numbers.format_amount(data[r][0], data[r][1], "", False, lang) for r in refs]
    pdf = sample_pdf("qn-handbook", lang, "digital")
    page, ws = chart_page(pdf, labels)
    if not check(page is not None, f"no page shows the values {labels} as words of their own"):
        return None
    # The chart's area: right of its tick column's left edge, a column wide, from a little
    # above the top tick (the unit, the value labels) down to its category labels.
    column = tick_column(ws)
    if not check(column is not None, f"page {page}: no column of ticks {TICKS}"):
        return page
    left, top, ticks = column
    area = [w for w in ws if left - 1 <= w[0] <= left + 250 and w[1] >= top - 25]
    steps = [ticks[b] - ticks[a] for a, b in zip(TICKS, TICKS[1:])]
    check(max(steps) - min(steps) < 0.5 and min(steps) < 0, f"ticks not evenly spaced upwards: {steps}")
    zero = ticks[0]
    area = [w for w in area if w[1] < zero + 21]  # the category labels end 20 pt below the zero line
    per_unit = (ticks[12] - ticks[0]) / 12
    centres = []
    for label, value in zip(labels, numbers):
        found = [w for w in area if w[4] == label and w[0] > left + 20]
        if not check(len(found) == 1, f"the value {label!r} is a word of the chart {len(found)} times, not once"):
            continue
        x0, _, x1, foot, _ = found[0]
        bar_top = zero + per_unit * value
        check(0 <= bar_top - foot <= 5, f"{label!r}: its foot at {foot:.1f} pt is not just above its bar's top "
                                        f"at {bar_top:.1f} pt (tick scale)")
        centres.append((x0 + x1) / 2)
    check(centres == sorted(centres), f"value labels not left to right in category order: {centres}")
    text_in_area = squash("".join(w[4] for w in sorted(area, key=lambda w: (round(w[1]), w[0]))))
    for category in categories:
        check(squash(category) in squash("".join(w[4] for w in area)) or squash(category) in text_in_area,
              f"category label {category!r} not in the chart")
    check("Ø" not in text_in_area, "the old chart's 'Ø' is printed")

    # Print: the chart page holds no image; the chart is paths and text.
    print_pdf = sample_pdf("qn-handbook", lang, "print")
    print_page, _ = chart_page(print_pdf, labels)
    if check(print_page is not None, "the print edition has no chart page"):
        listing = run(["pdfimages", "-list", "-f", str(print_page), "-l", str(print_page), print_pdf]).stdout
        images = [line for line in listing.splitlines()[2:] if line.strip()]
        check(not images, f"print page {print_page} holds images: {images}")

    # Digital: a Figure whose alternative text is generated from the data.
    tagged = Pdf(pdf)
    alts = [squash(text(o.get("value", {}).get("/Alt", ""))) for o in tagged.objects.values()
            if isinstance(o, dict) and isinstance(o.get("value"), dict) and o["value"].get("/S") == "/Figure"]
    with_percent = [squash(cldr_numbers.format_amount(data[r][0], data[r][1], "%", False, lang)) for r in refs]
    generated = [a for a in alts if all(v in a for v in with_percent)]
    if check(len(generated) == 1, f"{len(generated)} figures' alternative texts hold {with_percent}, not one"):
        check(generated[0].startswith(squash(name)), f"alternative text does not open with the series' name {name!r}")
        for category in categories:
            check(squash(category) in generated[0], f"alternative text lacks the category {category!r}")
    return page


FIXTURE = ROOT / "tests" / "fixtures" / "handbook-e2e" / "charts.xml"


def check_fixture(failures):
    out = OUT / "charts-fixture"
    shutil.rmtree(out, ignore_errors=True)
    r = brochure("build", FIXTURE, "--no-preview", "--out", out)
    if not failures.check(r.returncode == 0, f"fixture: exit {r.returncode}: {r.stderr[-500:]}"):
        return
    source = FIXTURE.read_text(encoding="utf-8")
    root = _load(FIXTURE)
    charts = {c.get("id"): c for c in root.iter("chart")}
    crowded_lines = [n for n, line in enumerate(source.splitlines(), 1) if "<series><name>s" in line]
    warnings = re.findall(r"charts\.xml:(\d+):(\d+): warning: the value (\S+) of \"([^\"]*)\" \((\w+)\) has no room", r.stderr)
    for lang in ("en", "vi"):
        pdf = next(out.rglob(f"*.{lang}.digital.pdf"))
        printed = [w[4] for page in range(1, pdf_pages(pdf) + 1) for w in words(pdf, page)]
        for chart_id in ("trade", "parks"):
            for value in charts[chart_id].iter("value"):
                label = cldr_numbers.format_amount(value.get("value"), value.get("decimals", "0"), "", False, lang)
                failures.check(label in printed, f"fixture {lang}: {chart_id} value {label!r} is not printed")
        mine = [w for w in warnings if w[4] == lang]
        failures.check(all(int(w[0]) in crowded_lines for w in mine),
                       f"fixture {lang}: a warning names a line outside the crowded chart: {mine}")
        failures.check(len(mine) >= 1, f"fixture {lang}: the crowded chart left no label out")
        # Each label is printed as often as the values it writes that were not reported.
        reported = collections.Counter((w[2], w[3]) for w in mine)
        categories = [text_of(c, lang) for c in charts["crowded"].findall("category")]
        expected = collections.Counter()
        shown = 0
        for series in charts["crowded"].findall("series"):
            for category, value in zip(categories, series.findall("value")):
                if reported[(value.get("value"), category)] > 0:
                    reported[(value.get("value"), category)] -= 1
                    continue
                expected[cldr_numbers.format_amount(value.get("value"), value.get("decimals", "0"), "", False, lang)] += 1
                shown += 1
        failures.check(+reported == collections.Counter(), f"fixture {lang}: warnings for values the chart lacks: {+reported}")
        for label, count in expected.items():
            failures.check(printed.count(label) == count,
                           f"fixture {lang}: crowded label {label!r} printed {printed.count(label)} times, "
                           f"{count} not reported")
        failures.check(shown + len(mine) == 9, f"fixture {lang}: {shown} shown + {len(mine)} reported is not 9")
    for pdf in out.rglob("*.print.pdf"):
        listing = run(["pdfimages", "-list", pdf]).stdout.splitlines()[2:]
        failures.check(not [l for l in listing if l.strip()], f"{pdf.name}: holds images {listing}")


def check_bad_data(failures):
    scratch = OUT / "charts"
    shutil.rmtree(scratch, ignore_errors=True)
    content = scratch / "quang-ngai"
    shutil.copytree(CONTENT, content)
    economy = content / "handbook" / "02-economy.xml"
    source = economy.read_text(encoding="utf-8")

    def run_with(changed, what, expected_line, expected_column_text, message_part):
        economy.write_text(changed, encoding="utf-8")
        r = brochure("check", content / "handbook.xml")
        failures.check(r.returncode != 0, f"{what}: exit {r.returncode}, expected non-zero")
        found = re.search(rf"02-economy\.xml:(\d+):(\d+): error: ([^\n]*)", r.stderr)
        if not failures.check(found is not None, f"{what}: no file:line:col error in {r.stderr[-400:]!r}"):
            return
        line, column, message = int(found.group(1)), int(found.group(2)), found.group(3)
        failures.check(line == expected_line, f"{what}: error on line {line}, expected {expected_line}")
        at = changed.splitlines()[line - 1][column - 1:]
        failures.check(at.startswith(expected_column_text),
                       f"{what}: column {column} points at {at[:20]!r}, not at {expected_column_text!r}")
        failures.check(message_part in message, f"{what}: message {message!r} does not say {message_part!r}")
        failures.check("Traceback" not in r.stderr and "terminate" not in r.stderr, f"{what}: crashed")

    bad = source.replace('<value ref="grdp-growth-2021"/>', '<value value="6,05" decimals="2"/>', 1)
    line = next(n for n, l in enumerate(bad.splitlines(), 1) if 'value="6,05"' in l)
    run_with(bad, "a value written with a decimal comma", line, 'value="6,05"', "6,05")

    missing = re.sub(r'\s*<value ref="grdp-growth-2025-9m"/>', "", source, count=1)
    line = next(n for n, l in enumerate(missing.splitlines(), 1) if "<series>" in l)
    run_with(missing, "a series with a value missing", line, "<series", "3 values for 4 categories")


def main():
    require("pdftotext", "pdfimages", "qpdf")
    failures = Failures()
    chart = chart_element()
    data = cldr_numbers.indicators(CONTENT / "figures.xml")
    for lang in LANGUAGES:
        check_language(failures, lang, chart, data)
    check_fixture(failures)
    check_bad_data(failures)
    failures.finish("charts")


if __name__ == "__main__":
    main()
