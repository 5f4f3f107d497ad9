#!/usr/bin/env python3
"""The print edition's page geometry, asked of poppler for every sample publication in every
language. pdfinfo -box: MediaBox, BleedBox and TrimBox of every page are what the layout file
asks for (trim size, bleed, and the slug for printer's marks around the bleed), to 0.01 pt, with
one PDF page per document page, or per press sheet for a leaflet or flyer. pdftoppm: the crop
marks lie on the lines of the trim edges, in the slug outside the BleedBox, and never reach into
the bleed. The expected values come from the layout XML read here, not from the engine."""
import shutil

from support import (CONTENT, LANGUAGES, OUT, PUBLICATIONS, SAMPLES, Failures, PrintGeometry, crop_mark_strips,
                     page_boxes, pdf_pages, read_dump, read_pgm, render_gray, require, sample_pdf)

MM = 72 / 25.4
TOLERANCE = 0.01  # pt; pdfinfo prints two decimals
DPI = 36          # enough to find a 0.25 pt line drawn with pdftoppm -thinlinemode solid
PIXEL = 72 / DPI


def check_boxes(failures, name, geometry, trims, boxes):
    failures.check(len(boxes) == len(trims), f"{name}: {len(boxes)} pages, the layout makes {len(trims)}")
    for number, (trim, found) in enumerate(zip(trims, boxes), 1):
        for box, expected in geometry.boxes(*trim).items():
            got = found.get(box)
            failures.check(got is not None and all(abs(a - b) <= TOLERANCE for a, b in zip(got, expected)),
                           f"{name} page {number}: {box} {got}, the layout asks for "
                           f"{tuple(round(v, 2) for v in expected)}")


def check_marks(failures, name, image, geometry, trim, bleed_is_blank):
    """A crop mark on each edge line at each corner, in the slug from a pixel outside the
    BleedBox to a pixel inside the MediaBox; with nothing on the page running into the bleed,
    nothing on those lines in the bleed, from a pixel outside the trim to a pixel inside the
    BleedBox."""
    bleed, slug = geometry.bleed, geometry.slug
    for (corner, direction), box in crop_mark_strips(geometry, *trim, DPI, bleed + PIXEL, bleed + slug - PIXEL).items():
        failures.check(image.darkest(box) < 128, f"{name}: no {direction} crop mark at the {corner} corner")
    if bleed_is_blank:
        for (corner, direction), box in crop_mark_strips(geometry, *trim, DPI, PIXEL, bleed - PIXEL).items():
            failures.check(image.darkest(box) == 255, f"{name}: something on the {direction} crop mark line at the "
                                                      f"{corner} corner, in the bleed")


def main():
    require("pdfinfo", "pdftoppm")
    failures = Failures()
    scratch = OUT / "print_boxes"
    shutil.rmtree(scratch, ignore_errors=True)

    # The issue's own words, against the layout as read here.
    sheets = PrintGeometry(CONTENT / PUBLICATIONS["qn-leaflet"]).trims(0)
    failures.check(len(sheets) == 2 and all(abs(w - 297 * MM) < 1e-6 and abs(h - 210 * MM) < 1e-6 for w, h in sheets),
                   f"the leaflet layout gives sheets of {[(round(w / MM, 2), round(h / MM, 2)) for w, h in sheets]} mm, "
                   "not two of 297 × 210 mm")

    for publication, file in PUBLICATIONS.items():
        geometry = PrintGeometry(CONTENT / file)
        for lang in LANGUAGES:
            pdf = sample_pdf(publication, lang, "print")
            trims = geometry.trims(pdf_pages(sample_pdf(publication, lang, "digital")))
            check_boxes(failures, pdf.name, geometry, trims, page_boxes(pdf, pdf_pages(pdf)))

            # Marks on the first two PDF pages: the handbook's cover (bled) and inside cover
            # (nothing bleeds), both sheets of a leaflet or flyer.
            document = read_dump(SAMPLES / publication / f"{publication}.{lang}.dump.txt")
            images = render_gray(pdf, scratch, f"{publication}.{lang}", DPI, 1, 2, extra=["-thinlinemode", "solid"])
            for number, (path, trim) in enumerate(zip(images, trims), 1):
                blank = not geometry.sheets and not document[number - 1].bleeds
                check_marks(failures, f"{pdf.name} page {number}", read_pgm(path), geometry, trim, blank)
    failures.finish("print_boxes")


if __name__ == "__main__":
    main()
