#!/usr/bin/env python3
"""Panels a designer wants full (min-fill in the layout) are full, or the build says which are not.

The sample leaflet and flyer are built here; for every panel whose layout gives min-fill, the
lowest word poppler finds in the panel's text area (pdftotext -bbox-layout on the digital edition,
a page per panel) says how full it is: (lowest word bottom - text top) / text height. A panel at
or above its min-fill passes; one below must be named in a note on stderr with how full it is,
so nothing is left emptier than the layout asks without the designer being told. The layouts
let panel text grow (fit="fill" max-scale) to fill; the test also asserts that Vietnamese,
English and Russian need no note at all."""
import html
import re
import shutil
import xml.etree.ElementTree as ET

from support import OUT, ROOT, Failures, brochure, require, run
from panels_layout import ONE_JOB, layout_of, panel_pages

LANGUAGES = ("vi", "en", "zh", "ru", "ko", "ja")
FILLED_WITHOUT_NOTE = ("vi", "en", "ru")
SCRATCH = OUT / "panels-fill"
WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">')


def min_fill(layout_file, name):
    """The panel's min-fill as a share, read from the layout chain with Python's XML parser."""
    for root in layout_file.chain:
        for panel in root.iter("panel"):
            if panel.get("name") == name and panel.get("min-fill"):
                return float(panel.get("min-fill").rstrip("%")) / 100
    return None


def lowest_word(pdf, page, rect):
    """The largest yMax of the words inside `rect` (x, y, w, h, points from the page's top left)."""
    out = run(["pdftotext", "-bbox-layout", "-f", page, "-l", page, pdf, "-"]).stdout
    x, y, w, h = rect
    bottoms = [float(y1) for x0, y0, x1, y1 in WORD.findall(out)
               if float(x0) >= x - 1 and float(x1) <= x + w + 1 and float(y0) >= y - 1 and float(y1) <= y + h + 2]
    return max(bottoms, default=None)


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
                wanted = min_fill(layout, panel.name)
                if wanted is None:
                    continue
                x, y, w, h = panel.text
                bottom = lowest_word(pdf, page, panel.text)
                if not failures.check(bottom is not None, f"{pub_id} {lang} {panel.name}: no text found"):
                    continue
                filled = (bottom - y) / h
                checked += 1
                named = re.search(rf"{pub_id} \({lang}\), panel {panel.name} is (\d+) % full", notes)
                print(f"{pub_id} {lang:2} {panel.name:14} {filled:6.1%}  (min-fill {wanted:.0%})"
                      f"{'  noted' if named else ''}")
                if filled + 0.02 < wanted:
                    failures.check(named is not None,
                                   f"{pub_id} {lang} {panel.name} is {filled:.0%} full, below min-fill {wanted:.0%}, "
                                   f"and the build did not say so")
                    failures.check(lang not in FILLED_WITHOUT_NOTE,
                                   f"{pub_id} {lang} {panel.name} is {filled:.0%} full (min-fill {wanted:.0%})")
        failures.check(checked >= (24 if publication == "leaflet" else 12),
                       f"{publication}: only {checked} panels with min-fill checked")
    failures.finish("panels_fill")


if __name__ == "__main__":
    main()
