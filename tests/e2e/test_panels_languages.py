#!/usr/bin/env python3
"""The leaflet and the flyer in all six languages: `brochure check` finds no overset (the copy-fit
notes are printed for the record), every word poppler extracts from the digital edition stands
inside a text area of its panel (its text frame or its title area, as the layout file gives them), and the flyer's title stands on its sea-blue band in light type. pdffonts (embedded
fonts) and pdftotext (text round trip) are checked for every publication by test_pdf_structure.py
and test_text_roundtrip.py."""
import re
import subprocess
import xml.etree.ElementTree as ET

from support import CONTENT, LANGUAGES, Failures, brochure, require, run, sample_pdf, text_of
from panels_layout import ONE_JOB, layout_of, length, mm

PUBLICATIONS = {"qn-leaflet": "leaflet.xml", "qn-flyer": "flyer.xml"}
SLACK = 1.0  # pt: a glyph's side bearing may reach this far past its line's edge


def words(pdf):
    """{page number: [(xMin, yMin, xMax, yMax, word)]} as pdftotext -bbox reads them."""
    out = run(["pdftotext", "-bbox", pdf, "-"]).stdout
    pages = {}
    for number, page in enumerate(re.findall(r"<page [^>]*>(.*?)</page>", out, re.S), start=1):
        pages[number] = [(*map(float, m.group(1, 2, 3, 4)), m.group(5)) for m in re.finditer(
            r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>', page)]
    return pages


# Marks the body style lets hang in the right margin (optical margin alignment, hang-punctuation).
HANGING = "-\u00ad\u2010.,:;\u2013\u2014\u2019\u201d\u00bb\"'"


def inside(word, rect):
    """The word stands in the area: horizontally all of it (a final hyphen or stop may hang past
    the right edge by part of itself, less than a third of the word's height), vertically its
    middle."""
    x0, y0, x1, y1, text = word
    x, y, w, h = rect
    hang = (y1 - y0) / 3 if text[-1:] in HANGING else 0
    return x0 >= x - SLACK and x1 <= x + w + SLACK + hang and y <= (y0 + y1) / 2 <= y + h


def check_text_areas(failures, publication, lang, layout):
    pages = words(sample_pdf(publication, lang, "digital"))
    for number, name in enumerate(layout.reading_order, start=1):
        panel = layout.panel(name)
        areas = ([panel.title] if panel.title else []) + [panel.text]  # a lead may span the columns
        strays = [w for w in pages.get(number, []) if not any(inside(w, area) for area in areas)]
        failures.check(not strays, f"{publication} {lang}: page {number} ({name}): words outside its text areas "
                                   f"{[tuple(round(mm(v), 1) for v in a) for a in areas]} mm: " +
                                   ", ".join(f"{w[4]!r} at {mm(w[0]):.1f},{mm(w[1]):.1f} mm" for w in strays[:5]))
        failures.check(pages.get(number), f"{publication} {lang}: page {number} ({name}) has no text")


def gray_area(pdf, page, rect, dpi=72):
    """The grey values (0 black, 255 white) of an area of a page, rendered by poppler."""
    x, y, w, h = (str(int(v * dpi / 72)) for v in rect)
    data = subprocess.run(["pdftoppm", "-gray", "-r", str(dpi), "-f", str(page), "-l", str(page),
                           "-x", x, "-y", y, "-W", w, "-H", h, str(pdf)], capture_output=True, check=True).stdout
    header = re.match(rb"P5\s+(\d+)\s+(\d+)\s+255\s", data)
    return data[header.end():]


def check_flyer_title(failures, lang, layout):
    """The front's opening headings stand on its band, light on the dark ground."""
    band = next(r for r in layout.part("sheets").find(".//panel[@name='front']").findall("rect")
                if length(r.get("y")) == 0)  # the band at the head of the front
    band_rect = tuple(length(band.get(k)) for k in ("x", "y", "width", "height"))
    title = text_of(ET.parse(CONTENT / "flyer.xml").getroot().find("panel[@name='front']/h"), lang)
    pdf = sample_pdf("qn-flyer", lang, "digital")
    page_words = words(pdf)[layout.reading_order.index("front") + 1]
    squashed = re.sub(r"\s+", "", title)
    # The title's words: the first words on the page, up to its length.
    taken, found = "", []
    for word in page_words:
        if len(taken) >= len(squashed):
            break
        taken += word[4]
        found.append(word)
    failures.check(taken == squashed, f"flyer {lang}: the page does not open with its title {title!r} but {taken!r}")
    failures.check(found and all(inside(w, band_rect) for w in found),
                   f"flyer {lang}: title words outside the band {[round(mm(v), 1) for v in band_rect]} mm: "
                   + ", ".join(f"{w[4]!r} at y {mm(w[1]):.1f}–{mm(w[3]):.1f} mm" for w in found if not inside(w, band_rect)))
    if found:
        box = (min(w[0] for w in found), min(w[1] for w in found),
               max(w[2] for w in found) - min(w[0] for w in found), max(w[3] for w in found) - min(w[1] for w in found))
        pixels = sorted(gray_area(pdf, 1, box))
        ground, lightest = pixels[len(pixels) // 2], pixels[-1]  # most of a line's box is ground
        failures.check(ground < 110 and lightest > 200,
                       f"flyer {lang}: the title is not light type on a dark ground: ground {ground}, lightest {lightest}")


def main():
    require("pdftotext", "pdftoppm")
    failures = Failures()
    result = brochure("check", *(CONTENT / f for f in PUBLICATIONS.values()), *ONE_JOB)
    failures.check(result.returncode == 0 and "error:" not in result.stderr,
                   f"brochure check: exit {result.returncode}: {result.stderr[-800:]}")
    failures.check("overset" not in result.stderr, f"brochure check reports overset: {result.stderr[-800:]}")
    for note in re.findall(r"note: copy-fit: .*", result.stderr):
        print(note)
    for publication, file in PUBLICATIONS.items():
        layout = layout_of(CONTENT / file)
        for lang in LANGUAGES:
            check_text_areas(failures, publication, lang, layout)
            if publication == "qn-flyer":
                check_flyer_title(failures, lang, layout)
    failures.finish("panels_languages")


if __name__ == "__main__":
    main()
