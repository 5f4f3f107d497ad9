#!/usr/bin/env python3
"""pdftotext (poppler) must give back every heading, paragraph and list item of the source, in
all six languages and both editions: no lost, garbled or substituted text."""
from support import (CONTENT, Failures, LANGUAGES, PUBLICATIONS, headings, pdftotext, require, sample_pdf,
                     source_texts, squash)
from panels_layout import layout_of, text_by_area

import re
import xml.etree.ElementTree as ET


def page_texts_without_furniture(pdf, publication_file, lang):
    """The PDF's text with running heads and folios removed: they interrupt paragraphs that
    continue on the next page."""
    titles = {squash(t) for _, _, t in headings(publication_file, lang, 1)}
    pages = pdftotext(pdf).split("\f")
    kept = []
    for page in pages:
        for line in page.splitlines():
            s = squash(line)
            if not s or s in titles or re.fullmatch(r"\d{1,3}", s):
                continue
            kept.append(s)
    return "".join(kept)


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
                readings = [page_texts_without_furniture(pdf, file, lang)]
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
