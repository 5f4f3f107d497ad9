#!/usr/bin/env python3
"""Chart types and CSV data (tests/fixtures/chart-types/charts.xml, en and vi).

Each chart has a page of its own; everything is read back from the written PDFs by tools the
engine did not write, against values worked out by hand:
- CSV data: the GRDP values of data/growth.csv are words of their own in each language's
  format (en "11.51", vi "11,51"; the oracle cldr_numbers), under the chart's own labels;
- ticks (pdftotext word boxes): 0–0.37 → 0.0 … 0.4 by 0.1 (vi "0,1"); 3–1,234,567 →
  0 … 1,250,000 by 250,000 (vi "1.250.000"); a line through −3.2 … 7.9 → −4 … 8 by 2; each
  set evenly spaced, the largest at the top;
- stacked bars (poppler raster at 288 dpi, no anti-aliasing, the swatches' RGB from the
  layout): 2023 = 3 + 5 + 2 and 2024 = 4 + 1.5 + 2.5 on a 0 … 10 axis. Down the middle of
  each bar, the sea, cane and sand runs are each value × the tick scale (points per unit from
  the tick words' positions) long, within 1 pt, sea at the foot; across, for the horizontal
  chart, the same lengths left to right; the totals 10 and 8 are printed;
- the donut (same raster): parts of 50.5, 29.5, 15 and 5 % start at 0°, 181.8°, 288° and 342°
  clockwise from twelve o'clock, found within 1.5° by walking round the ring's middle circle;
  its four values with their unit are printed in the language's format;
- the print PDF holds no image: every chart is vector.
A changed CSV file rebuilds its job (the progress line names it) and the new value is printed.
Then bad data: a CSV with a missing cell, with a non-number ("6,05"), a quote left open, and
data="…" pointing outside the content folder (.., an absolute path, a symbolic link), each
stops `brochure check` with an error at the CSV file's line:column (or the chart's data=), and
the message names the <chart>'s line."""
import math
import os
import pathlib
import re
import shutil
import xml.etree.ElementTree as ET

import cldr_numbers
from support import OUT, ROOT, Failures, brochure, pdf_pages, require, run

FIXTURE = ROOT / "tests" / "fixtures" / "chart-types"
WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>')
DPI = 288
PX = DPI / 72


def words(pdf, page):
    result = run(["pdftotext", "-bbox", "-f", str(page), "-l", str(page), pdf, "-"])
    return [(float(a), float(b), float(c), float(d), w.replace("&amp;", "&")) for a, b, c, d, w in WORD.findall(result.stdout)]


def page_with(pdf, needed, nth=0):
    """The nth page (from 0) whose words include all of `needed`, and its words."""
    for page in range(1, pdf_pages(pdf) + 1):
        ws = words(pdf, page)
        if all(any(w[4] == n for w in ws) for n in needed):
            if nth == 0:
                return page, ws
            nth -= 1
    return None, []


def chart_rows(ws):
    """(top, bottom) in points of the chart on a page: below the heading (the tallest words, in
    the swatch the bars also use) and above the figure's caption (the last line)."""
    tallest = max(w[3] - w[1] for w in ws)
    heading = max(w[3] for w in ws if w[3] - w[1] > tallest - 0.5)
    caption = max(w[1] for w in ws if w[1] > heading and w[3] < 780)
    return heading + 2, caption - 1


def number(value, decimals, lang, unit=""):
    return cldr_numbers.format_amount(value, decimals, unit, False, lang)


def tick_scale(failures, ws, ticks, lang, decimals, what, axis="y"):
    """Points per unit from the tick words, after checking they are evenly spaced in order."""
    labels = [number(t, decimals, lang) for t in ticks]
    found = {}
    for label in labels:
        candidates = [w for w in ws if w[4] == label]
        if not failures.check(candidates, f"{lang} {what}: no tick {label!r} among the words"):
            return None
        # Ticks line up with the first one: right-aligned in a column (y axis), on one line (x
        # axis); a value label that reads the same stands elsewhere.
        if found:
            first = next(iter(found.values()))
            key = (lambda w: abs(w[2] - first[2])) if axis == "y" else (lambda w: abs(w[3] - first[3]))
            candidates.sort(key=key)
        found[label] = candidates[0]
    centre = (lambda w: (w[1] + w[3]) / 2) if axis == "y" else (lambda w: (w[0] + w[2]) / 2)
    positions = [centre(found[l]) for l in labels]
    steps = [b - a for a, b in zip(positions, positions[1:])]
    ok = failures.check(max(steps) - min(steps) < 0.6, f"{lang} {what}: ticks {labels} not evenly spaced: {steps}")
    if axis == "y":
        failures.check(all(s < 0 for s in steps), f"{lang} {what}: ticks do not rise: {positions}")
    else:
        failures.check(all(s > 0 for s in steps), f"{lang} {what}: ticks do not run rightwards: {positions}")
    if not ok:
        return None
    return abs(positions[-1] - positions[0]) / (ticks[-1] - ticks[0]), positions[0]


def swatches():
    out = {}
    for s in ET.parse(ROOT / "layouts" / "handbook-a4.xml").getroot().iter("swatch"):
        rgb = s.get("rgb", "")
        if rgb.startswith("#"):
            out[s.get("name")] = tuple(int(rgb[i:i + 2], 16) for i in (1, 3, 5))
    return out


class Raster:
    def __init__(self, pdf, page, folder):
        folder.mkdir(parents=True, exist_ok=True)
        prefix = folder / f"p{page}"
        r = run(["pdftoppm", "-r", DPI, "-f", page, "-l", page, "-aa", "no", "-aaVector", "no", "-singlefile", pdf, prefix])
        if r.returncode != 0:
            raise RuntimeError(r.stderr)
        data = pathlib.Path(f"{prefix}.ppm").read_bytes()
        header = re.match(rb"P6\s+(\d+)\s+(\d+)\s+255\s", data)
        self.width, self.height = int(header.group(1)), int(header.group(2))
        self.pixels = data[header.end():]

    def at(self, x, y):
        i = (int(y) * self.width + int(x)) * 3
        return tuple(self.pixels[i:i + 3])


def classify(rgb, palette):
    for name, colour in palette.items():
        if all(abs(a - b) <= 8 for a, b in zip(rgb, colour)):
            return name
    return None


def runs(colours):
    """[(name, length)] of the runs of equal non-empty names, in order."""
    out = []
    for c in colours:
        if c is None:
            continue
        if out and out[-1][0] == c:
            out[-1][1] += 1
        else:
            out.append([c, 1])
    return [(c, n) for c, n in out]


STACKS = {"2023": (3, 5, 2), "2024": (4, 1.5, 2.5)}
ORDER = ("sea", "cane", "sand")


def check_stacked(failures, pdf, lang, folder, horizontal):
    what = "horizontal stacked" if horizontal else "stacked"
    totals = [number(10, 0, lang), number(8, 1, lang)]
    # The vertical chart's page comes first, then the horizontal one's.
    page, ws = page_with(pdf, totals + [number(t, 0, lang) for t in (0, 2, 4, 6, 8, 10)], 1 if horizontal else 0)
    if not failures.check(page, f"{lang} {what}: no page with the totals {totals} and ticks 0 … 10"):
        return
    scale = tick_scale(failures, ws, [0, 2, 4, 6, 8, 10], lang, 0, what, "x" if horizontal else "y")
    if not scale:
        return
    per_unit, zero = scale
    palette = {k: v for k, v in swatches().items() if k in ORDER}
    raster = Raster(pdf, page, folder)
    top, bottom = chart_rows(ws)
    # The bars: lines across the raster (rows for horizontal bars, columns for vertical ones)
    # through the sea pixels, grouped into bands; the middle line of each band is measured.
    if horizontal:
        lines = [y for y in range(int(top * PX), int(bottom * PX)) if any(classify(raster.at(x, y), palette) == "sea"
                                                        for x in range(int(zero * PX) - 2, int(zero * PX) + 12))]
    else:
        probe = int((zero - 3) * PX)
        lines = [x for x in range(raster.width) if classify(raster.at(x, probe), palette) == "sea"]
    bands = []
    for v in lines:
        if bands and v - bands[-1][-1] <= 1:
            bands[-1].append(v)
        else:
            bands.append([v])
    bands = [b for b in bands if len(b) > 8]
    if not failures.check(len(bands) == 2, f"{lang} {what}: {len(bands)} bars found, not 2"):
        return
    for (year, values), band in zip(STACKS.items(), bands):
        middle = band[len(band) // 2]
        if horizontal:
            colours = [classify(raster.at(x, middle), palette)
                       for x in range(int((zero - 2) * PX), int((zero + per_unit * 10 + 2) * PX))]
        else:  # upwards from the zero line to the axis' top
            top = zero - per_unit * 10
            colours = [classify(raster.at(middle, y), palette)
                       for y in range(int((zero + 2) * PX), int((top - 2) * PX), -1)]
        found = runs(colours)
        names = tuple(n for n, _ in found)
        if not failures.check(names == ORDER, f"{lang} {what} {year}: segments {names}, expected {ORDER}"):
            continue
        for (name, length), value in zip(found, values):
            expected = value * per_unit
            failures.check(abs(length / PX - expected) <= 1.0,
                           f"{lang} {what} {year}: {name} segment {length / PX:.2f} pt, expected {value} × "
                           f"{per_unit:.3f} = {expected:.2f} pt")


DONUT = [("sea", 50.5), ("cane", 29.5), ("sand", 15), ("grey", 5)]


def check_donut(failures, pdf, lang, folder):
    labels = [number(v, 1, lang, "%") for _, v in DONUT]
    page, ws = page_with(pdf, labels)
    if not failures.check(page, f"{lang} donut: no page shows {labels}"):
        return
    palette = {k: v for k, v in swatches().items() if k in dict(DONUT)}
    raster = Raster(pdf, page, folder)
    top, bottom = chart_rows(ws)
    ring = [(x, y) for y in range(int(top * PX), int(bottom * PX), 2) for x in range(0, raster.width // 2, 2)
            if classify(raster.at(x, y), {k: palette[k] for k in ("sea", "cane", "sand")})]
    if not failures.check(ring, f"{lang} donut: no ring on page {page}"):
        return
    xs = sorted({x for x, _ in ring})
    # The key's swatches stand right of the ring, past a gap.
    end = next((a for a, b in zip(xs, xs[1:]) if b - a > 16), xs[-1])
    ring = [(x, y) for x, y in ring if x <= end]
    left, right = min(x for x, _ in ring), max(x for x, _ in ring)
    top, bottom = min(y for _, y in ring), max(y for _, y in ring)
    cx, cy, outer = (left + right) / 2, (top + bottom) / 2, (right - left) / 2
    failures.check(abs((bottom - top) - (right - left)) < 6, f"{lang} donut: ring not round ({right - left} × {bottom - top} px)")
    middle = outer * (1 + 0.55) / 2
    seen = []
    for step in range(0, 1440):
        angle = step / 4
        x = cx + middle * math.sin(math.radians(angle))
        y = cy - middle * math.cos(math.radians(angle))
        seen.append((angle, classify(raster.at(round(x), round(y)), palette)))
    starts = {}
    for (a0, c0), (a1, c1) in zip(seen, seen[1:]):
        if c1 != c0 and c1 is not None and c1 not in starts:
            starts[c1] = a1
    starts.setdefault(seen[0][1], 0.0)
    angle = 0.0
    for name, share in DONUT:
        found = starts.get(name)
        expected = angle
        if failures.check(found is not None, f"{lang} donut: no {name} part on the ring"):
            diff = min(abs(found - expected), 360 - abs(found - expected))
            failures.check(diff <= 1.5, f"{lang} donut: the {name} part starts at {found}°, expected {expected:.1f}°")
        angle += share * 3.6


def check_steep_line(failures, pdf, lang, folder):
    """Value labels of a line never lie on it: inside the box poppler gives each value label
    of the steep fixture line, no pixel is the series' colour (sea), on a raster without
    anti-aliasing. Centred over its point, "25" halfway up a segment that rises 51 pt over
    40 pt would have the line through its lower right corner."""
    values = ["0", "25", "50"]
    page, ws = page_with(pdf, [{"en": "steep", "vi": "dốc"}[lang]])
    if not failures.check(page, f"{lang}: no page with the steep line"):
        return
    top, bottom = chart_rows(ws)
    ticks = [w for w in ws if w[4] == "50" and top < w[1] < bottom]
    left = min(w[2] for w in ticks) + 2 if ticks else 0  # right of the tick column
    labels = [w for w in ws if w[4] in values and top < w[1] < bottom and w[0] > left]
    failures.check(len(labels) == 6, f"{lang} steep line: {len(labels)} value labels, expected 6: {labels}")
    raster = Raster(pdf, page, folder)
    scale = int(DPI) / 72
    sea = {"sea": swatches()["sea"]}
    for x0, y0, x1, y1, word in labels:
        hits = sum(1 for y in range(int(y0 * scale), int(y1 * scale) + 1) for x in range(int(x0 * scale), int(x1 * scale) + 1)
                   if classify(raster.at(x, y), sea))
        failures.check(hits == 0, f"{lang} steep line: the label {word!r} at ({x0:.1f}, {y0:.1f}) has {hits} pixels of the line")


def stroked_polylines(pdf, page, folder):
    """(colour, width, points) of every path of straight segments the page strokes, read from
    its content stream (qpdf --qdf writes it uncompressed), with the graphics state's stroke
    colour (RG) and width (w) as they stand at the S."""
    folder.mkdir(parents=True, exist_ok=True)
    qdf = folder / "qdf.pdf"
    run(["qpdf", "--qdf", "--object-streams=disable", pdf, qdf])
    text = qdf.read_bytes().decode("latin-1")
    stream = re.search(rf"%% Contents for page {page}\n.*?stream\n(.*?)endstream", text, re.S).group(1)
    colour, width, path, out = None, None, [], []
    for line in stream.splitlines():
        f = line.split()
        if len(f) == 4 and f[3] == "RG":
            colour = tuple(float(v) for v in f[:3])
        elif len(f) == 2 and f[1] == "w":
            width = float(f[0])
        elif len(f) == 3 and f[2] == "m":
            path = [(float(f[0]), float(f[1]))]
        elif len(f) == 3 and f[2] == "l" and path:
            path.append((float(f[0]), float(f[1])))
        elif f == ["S"]:
            out.append((colour, width, path))
            path = []
        elif f and f[-1] in ("c", "h", "re", "f", "n"):
            path = []
    return out


def check_sparklines(failures, pdf, lang, folder):
    """Each key figure's sparkline is a stroked line through its data: as many points as values,
    evenly spaced across the tile, each point's height a linear function of its value (highest
    value highest on the page; every point within 0.02 pt of the line through the extremes), in
    the figure's colour (the sea swatch's RGB, from the layout)."""
    page, _ = page_with(pdf, [{"en": "sparklines", "vi": "hướng"}[lang]])
    if not failures.check(page, f"{lang}: no page with the sparklines"):
        return
    series = [[3, -1.5, 6.05, 7.3, 4, 11.51], [-3.2, 1.5, 7.9, 4.25]]  # the fixture's values and negative.csv
    lines = [p for p in stroked_polylines(pdf, page, folder) if len(p[2]) >= 2]
    sea = tuple(round(c / 255, 2) for c in swatches()["sea"])
    for values in series:
        found = [p for p in lines if len(p[2]) == len(values)]
        if not failures.check(len(found) == 1, f"{lang}: {len(found)} stroked lines of {len(values)} points, not one"):
            continue
        colour, width, points = found[0]
        failures.check(colour and tuple(round(c, 2) for c in colour) == sea, f"{lang}: sparkline colour {colour}, not sea {sea}")
        xs = [x for x, _ in points]
        steps = [b - a for a, b in zip(xs, xs[1:])]
        failures.check(max(steps) - min(steps) < 0.01 and min(steps) > 0, f"{lang}: sparkline x not evenly spaced: {steps}")
        low, high = min(values), max(values)
        y_low = points[values.index(low)][1]
        y_high = points[values.index(high)][1]
        failures.check(y_high > y_low, f"{lang}: the highest value is not highest on the page")
        for v, (x, y) in zip(values, points):
            expected = y_low + (v - low) / (high - low) * (y_high - y_low)
            failures.check(abs(y - expected) < 0.02, f"{lang}: sparkline point for {v} at y {y:.3f}, expected {expected:.3f}")


def check_language(failures, out, lang):
    pdf = next(out.rglob(f"*.{lang}.digital.pdf"))
    check = lambda condition, message: failures.check(condition, f"{lang}: {message}")
    growth = [number(v, d, lang) for v, d in (("6.05", 2), ("7.3", 1), ("11.51", 2), ("10.15", 2))]
    page, ws = page_with(pdf, growth)
    if check(page, f"no page shows the CSV's values {growth} as words"):
        text = " ".join(w[4] for w in ws)
        label = {"en": "Average", "vi": "Bình quân"}[lang]
        check(label in text, f"the chart's own label {label!r} is not on the CSV chart's page")
        other = {"en": ",", "vi": "."}[lang]
        check(not any(other in g for g in growth), "oracle sanity")
    small = [number(t, 1, lang) for t in ("0", "0.1", "0.2", "0.3", "0.4")]
    page, ws = page_with(pdf, small + [number("0.37", 2, lang)])
    if check(page, f"no page with ticks {small} and the value 0.37"):
        tick_scale(failures, ws, [0, 0.1, 0.2, 0.3, 0.4], lang, 1, "0–0.37")
    large = [number(t, 0, lang) for t in range(0, 1250001, 250000)]
    page, ws = page_with(pdf, large + [number("1234567", 0, lang)])
    if check(page, f"no page with ticks {large} and the value 1,234,567"):
        tick_scale(failures, ws, list(range(0, 1250001, 250000)), lang, 0, "3–1,234,567")
    negative = [number(t, 0, lang) for t in range(-4, 9, 2)]
    page, ws = page_with(pdf, negative + [number("-3.2", 1, lang), number("7.9", 1, lang)])
    if check(page, f"no page with ticks {negative} and the values −3.2, 7.9"):
        tick_scale(failures, ws, list(range(-4, 9, 2)), lang, 0, "line −3.2 … 7.9")
    check_stacked(failures, pdf, lang, OUT / "chart-types-raster" / lang / "v", False)
    check_stacked(failures, pdf, lang, OUT / "chart-types-raster" / lang / "h", True)
    check_donut(failures, pdf, lang, OUT / "chart-types-raster" / lang / "d")
    check_steep_line(failures, pdf, lang, OUT / "chart-types-raster" / lang / "s")
    check_sparklines(failures, pdf, lang, OUT / "chart-types-raster" / lang / "k")


def check_bad_data(failures):
    scratch = (OUT / "chart-types-bad").resolve()
    shutil.rmtree(scratch, ignore_errors=True)
    shutil.copytree(FIXTURE, scratch / "content")
    content = scratch / "content"
    publication = content / "charts.xml"
    source = publication.read_text(encoding="utf-8")
    chart_line = next(n for n, l in enumerate(source.splitlines(), 1) if 'id="small-range"' in l)
    (scratch / "outside.csv").write_text("group,share\nA,1\n", encoding="utf-8")
    (content / "data" / "link.csv").symlink_to(scratch / "outside.csv")

    # The CSV file is an input of the build: changing a value rebuilds the job, and the
    # progress line names the file.
    out = scratch / "out"
    first = brochure("build", publication, "--lang", "en", "--edition", "digital", "--no-preview", "--out", out)
    growth = content / "data" / "growth.csv"
    growth.write_text(growth.read_text(encoding="utf-8").replace("2021,6.05", "2021,6.06"), encoding="utf-8")
    second = brochure("build", publication, "--lang", "en", "--edition", "digital", "--no-preview", "--out", out)
    if failures.check(first.returncode == 0 and second.returncode == 0, f"incremental: exit {first.returncode}, {second.returncode}"):
        failures.check("growth.csv changed" in second.stdout + second.stderr,
                       f"incremental: the rebuild does not name the changed CSV: {(second.stdout + second.stderr)[-300:]!r}")
        pdf = next(out.rglob("*.en.digital.pdf"))
        printed = [w[4] for page in range(1, pdf_pages(pdf) + 1) for w in words(pdf, page)]
        failures.check("6.06" in printed and "6.05" not in printed, "incremental: the chart does not show the CSV's new value")

    def expect(what, csv_text, pattern, message_part, href="data/small.csv", at_chart=False):
        (content / "data" / "small.csv").write_text(csv_text, encoding="utf-8")
        publication.write_text(source.replace('data="data/small.csv"', f'data="{href}"'), encoding="utf-8")
        r = brochure("check", publication)
        failures.check(r.returncode == 1, f"{what}: exit {r.returncode}, expected 1")
        failures.check("terminate" not in r.stderr and "Sanitizer" not in r.stderr, f"{what}: crashed")
        if at_chart:
            found = re.search(rf"charts\.xml:{chart_line}:(\d+): error: ([^\n]*)", r.stderr)
            if failures.check(found, f"{what}: no error at charts.xml:{chart_line} in {r.stderr[-400:]!r}"):
                column = int(found.group(1))
                failures.check(source.splitlines()[chart_line - 1][column - 1:].startswith("data="),
                               f"{what}: column {column} is not that of data=")
                failures.check(message_part in found.group(2), f"{what}: {found.group(2)!r} lacks {message_part!r}")
            return
        found = re.search(r"data/small\.csv:(\d+):(\d+): error: ([^\n]*)", r.stderr)
        if not failures.check(found, f"{what}: no csv:line:col error in {r.stderr[-400:]!r}"):
            return
        line, column, message = int(found.group(1)), int(found.group(2)), found.group(3)
        failures.check((line, column) == pattern, f"{what}: error at {line}:{column}, expected {pattern[0]}:{pattern[1]}")
        failures.check(message_part in message, f"{what}: {message!r} lacks {message_part!r}")
        failures.check(f"charts.xml:{chart_line}" in message, f"{what}: {message!r} does not name the chart's line {chart_line}")

    expect("a missing cell", "group,share,more\nA,0.12,1\nB,0.37\n", (3, 7), 'column "more" is missing')
    expect("an empty cell", "group,share\nA,\nB,0.37\n", (2, 3), "no value")
    expect("a decimal comma", 'group,share\nA,0.12\nB,"0,37"\n', (3, 3), '"0,37" is not a number')
    expect("a word", "group,share\nA,0.12\nB,n/a\n", (3, 3), '"n/a" is not a number')
    expect("an open quote", 'group,share\nA,0.12\nB,"0.37\n', (3, 3), "never closed")
    good = "group,share\nA,0.12\n"
    expect("a path outside the folder", good, None, "cannot read the chart's data file", "../outside.csv", True)
    expect("an absolute path", good, None, "cannot read the chart's data file", str(scratch / "outside.csv"), True)
    expect("a link leading out", good, None, "cannot read the chart's data file", "data/link.csv", True)
    expect("a missing file", good, None, "cannot find the chart's data file", "data/nothing.csv", True)


def main():
    require("pdftotext", "pdftoppm", "pdfimages")
    failures = Failures()
    out = OUT / "chart-types"
    shutil.rmtree(out, ignore_errors=True)
    r = brochure("build", FIXTURE / "charts.xml", "--no-preview", "--out", out)
    if failures.check(r.returncode == 0, f"fixture: exit {r.returncode}: {r.stderr[-800:]}"):
        for lang in ("en", "vi"):
            check_language(failures, out, lang)
        for pdf in out.rglob("*.print.pdf"):
            listing = run(["pdfimages", "-list", pdf]).stdout.splitlines()[2:]
            failures.check(not [l for l in listing if l.strip()], f"{pdf.name}: holds images {listing}")
    check_bad_data(failures)
    failures.finish("chart types")


if __name__ == "__main__":
    main()
