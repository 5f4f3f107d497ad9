#!/usr/bin/env python3
"""The print PDF reads as the digital one: pdftotext gives the same text from both, page by page
(a handbook page, or a leaflet or flyer panel cut from its press sheet), for every sample
publication in every language. The print file is read inside the TrimBox only, where the page
is; the slug line outside it is checked on its own: it names the publication, the language and
the page. Compared without white space, which each file's text layout breaks its own way."""
import difflib

from support import (CONTENT, LANGUAGES, PUBLICATIONS, Failures, PrintGeometry, pdf_pages, require, run, sample_pdf,
                     squash)

SCALE = 10  # pdftotext -r 720: its crop rectangle is in whole pixels, so a tenth of a point


def page_texts(pdf, left, top, width, height):
    """The text of every page inside a rectangle in points from the top left of the MediaBox,
    in the order the content stream paints it (pdftotext -raw): both writers paint the display
    list in its order, while pdftotext's own reading order guesses differently at tables and
    columns from one file to the other."""
    area = [round(v * SCALE) for v in (left, top, width, height)]
    result = run(["pdftotext", "-raw", "-enc", "UTF-8", "-r", 72 * SCALE,
                  "-x", area[0], "-y", area[1], "-W", area[2], "-H", area[3], pdf, "-"])
    if result.returncode != 0:
        raise RuntimeError(f"pdftotext {pdf}: {result.stderr}")
    return result.stdout.split("\f")[:-1]  # a form feed ends every page


def difference(a, b):
    """Where two texts part, with a little context."""
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag != "equal":
            return f"{tag} at {i1}: …{a[max(0, i1 - 20):i2 + 20]}… vs …{b[max(0, j1 - 20):j2 + 20]}…"
    return "equal"


def panels_in_reading_order(geometry):
    """(print page, left, width) of each page of the digital edition: on a press sheet, each
    panel at its place, in the layout's reading order; without sheets, the pages themselves."""
    if not geometry.sheets:
        return None
    panels = geometry.panels()
    return [(panels[name][0], panels[name][1], panels[name][2]) for name in geometry.reading_order]


def main():
    require("pdftotext")
    failures = Failures()
    for publication, file in PUBLICATIONS.items():
        geometry = PrintGeometry(CONTENT / file)
        margin = geometry.bleed + geometry.slug
        for lang in LANGUAGES:
            print_pdf, digital_pdf = sample_pdf(publication, lang, "print"), sample_pdf(publication, lang, "digital")
            digital = [squash(text) for text in page_texts(digital_pdf, 0, 0, geometry.width, geometry.height)]
            panels = panels_in_reading_order(geometry)
            if panels is None:
                printed = [squash(text) for text in page_texts(print_pdf, margin, margin, geometry.width, geometry.height)]
            else:
                cut = {left: page_texts(print_pdf, margin + left, margin, width, geometry.height)
                       for _, left, width in panels}
                printed = [squash(cut[left][sheet]) for sheet, left, _ in panels]
            failures.check(len(printed) == len(digital),
                           f"{publication} {lang}: {len(printed)} pages in print, {len(digital)} in the digital edition")
            for page, (a, b) in enumerate(zip(printed, digital), 1):
                if a != b:
                    failures.check(False, f"{print_pdf.name} page {page}: {difference(a, b)}")
            characters = sum(map(len, digital))
            # Enough text that a match means something: the one-page infographic has less.
            least = 400 if publication == "qn-infographic" else 1000
            failures.check(characters > least, f"{publication} {lang}: only {characters} characters of text compared")

            # The slug line, in the band above the bleed: publication, language and which page
            # of how many.
            sheets = pdf_pages(print_pdf)
            width = max(w for w, _ in geometry.trims(sheets)) + 2 * margin
            for sheet, text in enumerate(page_texts(print_pdf, 0, 0, width, geometry.slug), 1):
                slug = text.split()
                failures.check(publication in slug and lang in slug and f"{sheet}/{sheets}" in slug,
                               f"{print_pdf.name} page {sheet}: slug line {' '.join(slug)!r}")
    failures.finish("print_text")


if __name__ == "__main__":
    main()
