#!/usr/bin/env python3
"""Every panel a designer wants full (min-fill in the layout) is full, in every language.

The sample leaflet and flyer are built here; for every panel whose layout gives min-fill, the
lowest word poppler finds in the panel's text area (pdftotext -bbox-layout on the digital edition,
a page per panel) says how full it is: (lowest word bottom - text top) / text height, and that
must reach min-fill (75 %) in all six languages; the build must report it. The sample layouts get
there the way a designer would: the text grows (fit="fill" max-scale) and what is left is spread
down the panel (valign="justify", the space between blocks first).

A spread panel must still look set, not scattered: every heading of the panel (its text from the
publication's XML) stands no farther above the line after it than that line is tall (poppler's
line boxes). How full each column of a multi-column panel is, and the widest gap between two
lines (a QR code or key-figure tiles make such gaps by design), are printed for the record."""
import html
import re
import shutil
import unicodedata
import xml.etree.ElementTree as ET

from support import OUT, ROOT, Failures, brochure, require, run, source_texts, squash
from panels_layout import ONE_JOB, layout_of, panel_pages

LANGUAGES = ("vi", "en", "zh", "ru", "ko", "ja")
SCRATCH = OUT / "panels-fill"
WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">')
LINE = re.compile(r'<line xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">(.*?)</line>', re.S)
WORD_TEXT = re.compile(r'<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">(.*?)</word>')


def panel_setting(layout_file, name, attribute):
    """An attribute of the panel, read from the layout chain with Python's XML parser."""
    for root in layout_file.chain:
        for panel in root.iter("panel"):
            if panel.get("name") == name and panel.get(attribute):
                return panel.get(attribute)
    return None


def inside(box, rect):
    """Whether a word or line box is in `rect`; a heading's line box starts up to 4 pt above the
    frame (poppler's box takes the display font's ascent, the engine the line's)."""
    x0, y0, x1, y1 = box
    x, y, w, h = rect
    return x0 >= x - 1 and x1 <= x + w + 1 and y0 >= y - 4 and y1 <= y + h + 2


def boxes(pattern, page_xml, rect):
    """(x0, y0, x1, y1) of the words or lines inside `rect` (x, y, w, h, points from the page's top left)."""
    return [b for b in (tuple(map(float, m)) for m in pattern.findall(page_xml)) if inside(b, rect)]


def lowest_word(page_xml, rect):
    return max((b[3] for b in boxes(WORD, page_xml, rect)), default=None)


def column_lines(page_xml, rect):
    """The text lines of one column, top to bottom, as (top, bottom, squashed text); lines
    poppler splits on one baseline (a list label and its text) are merged."""
    x, _, w, _ = rect
    lines = []
    for top, bottom, words in sorted(((float(a), float(b), c) for a, b, c in LINE.findall(page_xml)),
                                     key=lambda line: line[0]):
        text = "".join(html.unescape(t) for x0, x1, t in WORD_TEXT.findall(words)
                       if float(x0) >= x - 1 and float(x1) <= x + w + 1)
        if not text or not inside((x, top, x, bottom), rect):
            continue
        if lines and top < lines[-1][1] - 1:
            lines[-1] = (min(lines[-1][0], top), max(lines[-1][1], bottom), lines[-1][2] + squash(text))
        else:
            lines.append((top, bottom, squash(text)))
    lines = [(top, bottom, unicodedata.normalize("NFC", text)) for top, bottom, text in lines]
    return lines


def heading_gaps(lines, titles):
    """(title, gap below its last line, height of the line after it) for every heading found."""
    out = []
    for i in range(len(lines)):
        text = ""
        for j in range(i, min(i + 4, len(lines) - 1)):
            text += lines[j][2]
            if text in titles:
                out.append((text, lines[j + 1][0] - lines[j][1], lines[j + 1][1] - lines[j + 1][0]))
                break
    return out


def check_panel(failures, pub_id, pub_source, lang, layout, page, panel, notes, pdf):
    wanted = float(panel_setting(layout, panel.name, "min-fill").rstrip("%")) / 100
    x, y, w, h = panel.text
    page_xml = run(["pdftotext", "-bbox-layout", "-f", page, "-l", page, pdf, "-"]).stdout
    bottom = lowest_word(page_xml, panel.text)
    if not failures.check(bottom is not None, f"{pub_id} {lang} {panel.name}: no text found"):
        return
    filled = (bottom - y) / h
    reported = re.search(rf"{pub_id} \({lang}\), panel {panel.name}\b[^\n]*?(\d+) % full", notes)
    columns = [((lowest_word(page_xml, c) or c[1]) - c[1]) / c[3] for c in panel.column_rects()]
    titles = {unicodedata.normalize("NFC", squash(text)) for _, text in source_texts(pub_source, lang, tags=("h",))}
    widest, headings_seen = 0.0, 0
    for column in panel.column_rects():
        lines = column_lines(page_xml, column)
        widest = max([widest] + [b[0] - a[1] for a, b in zip(lines, lines[1:])])
        for title, gap, text_height in heading_gaps(lines, titles):
            headings_seen += 1
            failures.check(gap <= text_height,
                           f"{pub_id} {lang} {panel.name}: the heading {title!r} stands {gap:.1f} pt above its "
                           f"text, more than a line of it is tall ({text_height:.1f} pt)")
    print(f"{pub_id} {lang:2} {panel.name:14} {filled:6.1%} (min-fill {wanted:.0%}, build says "
          f"{reported.group(1) + ' %' if reported else 'nothing'})"
          f"{'  columns ' + ' '.join(f'{c:.0%}' for c in columns) if len(columns) > 1 else ''}"
          f"  headings {headings_seen}, widest gap {widest:4.1f} pt")
    failures.check(headings_seen > 0, f"{pub_id} {lang} {panel.name}: none of the panel's headings found in its text")
    failures.check(reported is not None, f"{pub_id} {lang} {panel.name}: the build does not report how full it is")
    failures.check(filled + 0.005 >= wanted,
                   f"{pub_id} {lang} {panel.name} is {filled:.0%} full, below its min-fill {wanted:.0%}")


def main():
    require("pdftotext")
    failures = Failures()
    shutil.rmtree(SCRATCH, ignore_errors=True)
    for publication in ("leaflet", "flyer"):
        source = ROOT / "content" / "quang-ngai" / f"{publication}.xml"
        layout = layout_of(source)
        result = brochure("build", source, "--edition", "digital", "--no-preview", "--out", SCRATCH, *ONE_JOB)
        failures.check(result.returncode == 0, f"{publication}: build failed: {result.stderr[-400:]}")
        notes = html.unescape(result.stderr)
        pub_id = ET.parse(source).getroot().get("id")
        checked = 0
        for lang in LANGUAGES:
            pdf = SCRATCH / pub_id / f"{pub_id}.{lang}.digital.pdf"
            for page, panel, _ in panel_pages(pdf, layout, "digital"):
                if panel_setting(layout, panel.name, "min-fill") is None:
                    continue
                check_panel(failures, pub_id, source, lang, layout, page, panel, notes, pdf)
                checked += 1
        failures.check(checked >= (24 if publication == "leaflet" else 12),
                       f"{publication}: only {checked} panels with min-fill checked")
    failures.finish("panels_fill")


if __name__ == "__main__":
    main()
