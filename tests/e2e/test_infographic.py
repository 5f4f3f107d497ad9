#!/usr/bin/env python3
"""The infographic (content/quang-ngai/infographic.xml, kind="infographic"), built by the
README's main command with the other samples, in all six languages:
- its PNG, the main product, is exactly the layout's size: <png pixel-width> wide and, the
  page's proportions kept, pixel-width × height / width tall (read from the layout file and
  the PNG's own header, not from the engine);
- it is the page: poppler's raster of the digital PDF at the same size differs from it by
  little on average (fonts are rasterised by two libraries);
- its charts carry no figure number ("Hình 1", "Figure 1", "图1": the language's pattern read
  from the base layout), since the infographic's layout says <captions numbered="false"/>;
- one page in each PDF; the print edition is PDF/X-4 (the shared checks of test_print_pdfx
  and the others run on it through support.PUBLICATIONS);
- pdftotext finds, in the digital PDF, every key figure and chart value in the language's
  own format (the oracle cldr_numbers over figures.xml: 14.825,48 vi, 14,825.48 en,
  14 825,48 ru; 11,51 / 11.51), the title, the chart's category labels, the donut's parts and
  the source line in that language;
- each key figure's icon (<icon name>) is drawn as a shape, not text: no Material Icons font in
  either PDF (pdffonts), no icon name among the words (pdftotext); in the PNG, the square above
  each figure, from the tile's top edge down to the figure, holds sea-blue icon pixels (without
  an icon it is the tile's tint only); a misspelt icon name stops
  `brochure check` with an error at its <icon>'s line and column;
- each chart's generated alternative text (the Figure's /Alt, read with qpdf) says every value
  with its unit the language's way: "6,05 %" in Russian, "≈33 600 га" for the donut's parts."""
import re
import shutil
import struct
import xml.etree.ElementTree as ET

import cldr_numbers
from support import CONTENT, LANGUAGES, OUT, ROOT, SAMPLES, Failures, _load, brochure, pdf_pages, pdftotext, \
    require, run, squash, text_of
from test_digital_tagged import Pdf, text as pdf_text

PUBLICATION = "qn-infographic"
LAYOUT = ROOT / "layouts" / "infographic-1080.xml"
POINTS = {"pt": 1.0, "mm": 72 / 25.4}


def length(text):
    number, unit = re.fullmatch(r"([\d.]+)(pt|mm)", text).groups()
    return float(number) * POINTS[unit]


def png_size(path):
    header = path.read_bytes()[:24]
    if header[:8] != b"\x89PNG\r\n\x1a\n" or header[12:16] != b"IHDR":
        raise ValueError(f"{path} is not a PNG")
    return struct.unpack(">II", header[16:24])


def read_ppm(path):
    data = path.read_bytes()
    header = re.match(rb"P6\s+(\d+)\s+(\d+)\s+255\s", data)
    return int(header.group(1)), int(header.group(2)), data[header.end():]


def png_pixels(path):
    """The PNG's RGB bytes, decoded by poppler's sibling tool chain: pngtopnm is not assumed,
    so Python's zlib undoes the PNG filters (RGB, 8 bits, as the writer makes it)."""
    import zlib
    data = path.read_bytes()
    width, height = png_size(path)
    chunks, at = [], 8
    while at < len(data):
        size = struct.unpack(">I", data[at:at + 4])[0]
        kind = data[at + 4:at + 8]
        if kind == b"IHDR":
            bit_depth, colour = data[at + 16], data[at + 17]
            if (bit_depth, colour) != (8, 2):
                raise ValueError(f"{path}: not 8-bit RGB ({bit_depth}, {colour})")
        if kind == b"IDAT":
            chunks.append(data[at + 8:at + 8 + size])
        at += 12 + size
    raw = zlib.decompress(b"".join(chunks))
    stride = width * 3
    out = bytearray(stride * height)
    previous = bytearray(stride)
    for y in range(height):
        kind = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for x in range(stride):
            a = line[x - 3] if x >= 3 else 0
            b = previous[x]
            c = previous[x - 3] if x >= 3 else 0
            if kind == 1:
                line[x] = (line[x] + a) & 255
            elif kind == 2:
                line[x] = (line[x] + b) & 255
            elif kind == 3:
                line[x] = (line[x] + (a + b) // 2) & 255
            elif kind == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[x] = (line[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        out[y * stride:(y + 1) * stride] = line
        previous = line
    return width, height, bytes(out)


SWATCHES = {s.get("name"): tuple(int(s.get("rgb")[i:i + 2], 16) for i in (1, 3, 5))
            for s in ET.parse(ROOT / "layouts" / "handbook-a4.xml").getroot().iter("swatch") if s.get("rgb")}
WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>')


def check_icons(failures, lang, source, digital, pixels, per_point):
    check = lambda condition, message: failures.check(condition, f"{lang}: {message}")
    for pdf in (digital, digital.with_name(digital.name.replace(".digital.", ".print."))):
        fonts = run(["pdffonts", pdf]).stdout
        check("MaterialIcons" not in fonts, f"{pdf.name} embeds the icon font: {fonts}")
    words = [(float(a), float(b), float(c), float(d), t)
             for a, b, c, d, t in WORD.findall(run(["pdftotext", "-bbox", digital, "-"]).stdout)]
    names = [i.get("name") for i in source.iter("icon")]
    text = " ".join(w[4] for w in words)
    for name in names:
        check(name not in text, f"the icon name {name!r} is in the page's text")
    width = 540 * per_point

    def colour(x, y):
        i = (int(y * per_point) * int(width) + int(x * per_point)) * 3
        return tuple(pixels[i:i + 3])

    near = lambda rgb, name: all(abs(a - b) <= 10 for a, b in zip(rgb, SWATCHES[name]))
    # The tiles' figures: the large words standing on the tile tint. Above each, up to the
    # tile's top edge (the first paper-white pixel going up), is the band an icon is drawn in;
    # without one it is tint only.
    bands = {}
    for x0, top, x1, bottom, _ in words:
        if bottom - top < 20 or not near(colour(x0 - 1, (top + bottom) / 2), "sea-light"):
            continue
        y = top - 1
        while y > 0 and not near(colour(x0 + 1, y), "paper"):
            y -= 0.5
        key = (round(y), x0 > 270)  # the tile's top edge and its column (left or right half)
        if key not in bands or x0 < bands[key][0]:  # a tile's first word: the figure's digits
            bands[key] = (x0, y + 1, top - 1, bottom - top)
    check(len(bands) == len(names), f"{len(bands)} key-figure tiles found on the PNG, {len(names)} have icons")
    for x0, band_top, band_bottom, side in bands.values():
        band = [colour(x, y) for y in frange(band_top, band_bottom, 0.5) for x in frange(x0, x0 + side, 0.5)]
        sea = sum(near(c, "sea") for c in band) / max(1, len(band))
        check(sea > 0.03, f"the tile at x {x0:.0f} pt, top {band_top:.0f} pt has {sea:.1%} sea blue above its figure: "
                          "no icon drawn")


def frange(start, stop, step):
    while start < stop:
        yield start
        start += step


def check_unknown_icon(failures):
    scratch = OUT / "infographic-bad"
    shutil.rmtree(scratch, ignore_errors=True)
    shutil.copytree(CONTENT, scratch)
    file = scratch / "infographic.xml"
    source = file.read_text(encoding="utf-8")
    bad = source.replace('<icon name="factory"/>', '<icon name="factroy"/>', 1)
    if not failures.check(bad != source, "the sample has no factory icon to misspell"):
        return
    file.write_text(bad, encoding="utf-8")
    line = next(n for n, l in enumerate(bad.splitlines(), 1) if "factroy" in l)
    r = brochure("check", file, "--lang", "en")
    failures.check(r.returncode == 1, f"a misspelt icon: exit {r.returncode}")
    found = re.search(rf"infographic\.xml:{line}:(\d+): error: no icon named \"factroy\"", r.stderr)
    if failures.check(found, f"a misspelt icon: no error at line {line}: {r.stderr[-400:]!r}"):
        column = int(found.group(1))
        failures.check(bad.splitlines()[line - 1][column - 1:].startswith("<icon"), f"column {column} is not the <icon>'s")


def expected_size():
    root = ET.parse(LAYOUT).getroot()
    page = root.find("page")
    width, height = length(page.get("width")), length(page.get("height"))
    pixels = int(root.find("png").get("pixel-width"))
    return pixels, round(pixels * height / width)


def figure_label(lang):
    """The language's figure-label pattern ("Hình {n}") from the handbook layout the
    infographic's layout is based on."""
    for element in ET.parse(ROOT / "layouts" / "handbook-a4.xml").getroot().iter("language"):
        if element.get("code") == lang:
            return element.get("figure-label")
    raise SystemExit(f"no language {lang} in handbook-a4.xml")


def main():
    require("pdftotext", "pdftoppm", "pdfinfo")
    failures = Failures()
    source = _load(CONTENT / "infographic.xml")
    data = cldr_numbers.indicators(CONTENT / "figures.xml")
    size = expected_size()
    failures.check(size == (1080, 2700), f"the layout's PNG size is {size}; the test expects the sample's 1080 × 2700")
    for lang in LANGUAGES:
        check = lambda condition, message: failures.check(condition, f"{lang}: {message}")
        folder = SAMPLES / PUBLICATION
        png = folder / f"{PUBLICATION}.{lang}.png"
        if not check(png.exists(), f"{png} is missing"):
            continue
        check(png_size(png) == size, f"the PNG is {png_size(png)} pixels, the layout asks for {size}")
        digital = folder / f"{PUBLICATION}.{lang}.digital.pdf"
        printed = folder / f"{PUBLICATION}.{lang}.print.pdf"
        check(pdf_pages(digital) == 1 and pdf_pages(printed) == 1, "the infographic is not one page in each PDF")

        # The PNG is the digital page: poppler's raster of it at the same size is close.
        prefix = OUT / "infographic" / lang
        prefix.parent.mkdir(parents=True, exist_ok=True)
        r = run(["pdftoppm", "-r", 72 * size[0] / 540, "-singlefile", digital, prefix])
        if check(r.returncode == 0, f"pdftoppm: {r.stderr}"):
            w, h, theirs = read_ppm(prefix.with_suffix(".ppm"))
            _, _, ours = png_pixels(png)
            check_icons(failures, lang, source, digital, ours, size[0] / 540)
            if check((w, h) == size, f"poppler's raster is {w} × {h}"):
                step = 7  # every 7th byte: enough for an average, quick in Python
                mean = sum(abs(a - b) for a, b in zip(ours[::step], theirs[::step])) / len(ours[::step])
                check(mean < 6, f"the PNG differs from the digital page by {mean:.1f} levels on average")

        text = squash(pdftotext(digital))
        # Its charts are not numbered figures (<captions numbered="false"/> in its layout): no
        # "Hình 1", "Figure 1", "图1" anywhere, the label read from the base layout's language.
        label = figure_label(lang)
        check(squash(label.replace("{n}", "1")) not in text, f"a numbered figure label {label!r} is printed")
        title = text_of(source.find("meta/title"), lang)
        check(squash(title) in text, f"title {title!r} not found")
        for fact in source.iter("fact"):
            ref = fact.get("ref")
            value, decimals, unit = data[ref]
            compact = fact.get("style") == "compact"
            figure = cldr_numbers.format_amount(value, decimals, unit if compact or unit in ("%",) else "", compact, lang)
            check(squash(figure) in text, f"key figure {ref} not written as {figure!r}")
        for chart in source.iter("chart"):
            for value in chart.iter("value"):
                amount = data[value.get("ref")]
                figure = cldr_numbers.format_amount(amount[0], amount[1], "", False, lang)
                check(squash(value.get("prefix", "") + figure) in text, f"chart value {figure!r} not found")
            for category in chart.findall("category"):
                label = text_of(category, lang)
                check(squash(label) in text, f"chart label {label!r} not found")
        alts = [squash(pdf_text(o.get("value", {}).get("/Alt", ""))) for o in Pdf(digital).objects.values()
                if isinstance(o, dict) and isinstance(o.get("value"), dict) and o["value"].get("/S") == "/Figure"]
        for chart in source.iter("chart"):
            unit = text_of(chart.find("unit"), lang)
            said = []
            for value in chart.iter("value"):
                amount = data[value.get("ref")]
                if unit == "%":
                    said.append(cldr_numbers.format_amount(amount[0], amount[1], "%", False, lang))
                else:
                    said.append(value.get("prefix", "") + cldr_numbers.format_amount(amount[0], amount[1], "", False, lang) + unit)
            said = [squash(v) for v in said]
            check(any(all(v in a for v in said) for a in alts),
                  f"no Figure's alternative text says {said} (chart {chart.get('id')})")
        source_line = text_of(list(source.iter("p"))[-1], lang)
        check(squash(source_line) in text, "the source line is not found")
    check_unknown_icon(failures)
    failures.finish("infographic")


if __name__ == "__main__":
    main()
