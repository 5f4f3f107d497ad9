#!/usr/bin/env python3
"""pdftotext (poppler) must give back every heading, paragraph and list item of the source, in
all six languages and both editions: no lost, garbled or substituted text."""
import xml.etree.ElementTree as ET

from panels_layout import layout_of, text_by_area
from support import (CONTENT, Failures, LANGUAGES, PUBLICATIONS, page_boxes, pdftotext, require, sample_pdf,
                     source_texts, squash)


def document_text(pdf, publication):
    """The PDF's text in content order: poppler's reading-order guesses merge the lines of two
    CJK columns set side by side. Handbook pages are read inside the band between the running
    head and the folio (12–13 mm from the trim), which would otherwise interrupt a paragraph
    that goes on over a page break; the print edition's trim sits inside its marks."""
    if publication != "qn-handbook":
        return squash(pdftotext(pdf, raw=True))
    media_left, _, _, media_top = page_boxes(pdf, 1)[0]["MediaBox"]
    left, bottom, right, top = page_boxes(pdf, 1)[0]["TrimBox"]
    margin = 17 * 72 / 25.4
    area = (left - media_left, media_top - top + margin, right - left, top - bottom - 2 * margin)
    return squash(pdftotext(pdf, raw=True, area=area))


def found_in(text, reading):
    """pdftotext joins a line that ends in a hard hyphen to the next and drops the hyphen
    ("вьетнамо-" + "сингапурский"), so a text is also found with its hyphens left out."""
    return squash(text) in reading or squash(text).replace("-", "") in reading.replace("-", "")


def main():
    require("pdftotext")
    failures = Failures()
    checked = 0
    for publication, file in PUBLICATIONS.items():
        for lang in LANGUAGES:
            texts = source_texts(file, lang)
            failures.check(len(texts) > 5, f"{publication} {lang}: only {len(texts)} source texts found")
            for edition in ("digital", "print"):
                pdf = sample_pdf(publication, lang, edition)
                # Leaflets and flyers are also read panel by panel, column by column (panels_layout).
                readings = [document_text(pdf, publication)]
                if ET.parse(CONTENT / file).getroot().get("kind") in ("leaflet", "flyer"):
                    readings.append(text_by_area(pdf, layout_of(CONTENT / file), edition))
                for tag, text in texts:
                    checked += 1
                    failures.check(any(found_in(text, reading) for reading in readings),
                                   f"{publication} {lang} {edition}: <{tag}> not found in pdftotext output: {text[:90]}")
    print(f"checked {checked} texts")
    failures.finish("text_roundtrip")


if __name__ == "__main__":
    main()
