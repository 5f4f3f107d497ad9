#!/usr/bin/env python3
"""The printing plates, as Ghostscript separates every sample print PDF in every language
(tiffsep at low resolution, colour through the file's PDF/X output intent):
- only the four process plates, Cyan, Magenta, Yellow and Black: no spot colour;
- every crop mark prints on all four plates (registration colour), so each plate can be
  trimmed and registered;
- inside the BleedBox, the four plates together never carry more ink than the layout's max-ink;
- on the handbook's pages, black body text is on the black plate only: wherever the display
  list (--dump) has nothing but text in inks without cyan, magenta or yellow, those three plates
  are blank, and the black plate does carry the text there."""
import math
import shutil

from support import (CONTENT, LANGUAGES, OUT, PLATES, PUBLICATIONS, SAMPLES, Failures, PrintGeometry,
                     crop_mark_strips, pdf_pages, read_dump, read_tiff, require, sample_pdf, separate)

DPI = 36
PIXEL = 72 / DPI
NO_INK = 255  # tiffsep writes each plate as film: 255 where the plate takes no ink


class Page:
    """One separated page: its four plates and the mapping of trim points to pixels."""

    def __init__(self, plates, geometry):
        self.plates = {name: read_tiff(path) for name, path in plates.items()}
        self.width, self.height = self.plates["Black"].width, self.plates["Black"].height
        self.margin = geometry.bleed + geometry.slug

    def px(self, points):
        return (points + self.margin) * DPI / 72

    def touched(self, left, top, right, bottom):
        """The pixels (left, top, right, bottom, inclusive) that a box in trim points touches,
        clipped to the raster."""
        return (max(0, int(self.px(left))), max(0, int(self.px(top))),
                min(self.width - 1, int(self.px(right))), min(self.height - 1, int(self.px(bottom))))

    def within(self, left, top, right, bottom):
        """The pixels wholly inside a box in trim points."""
        return (math.ceil(self.px(left)), math.ceil(self.px(top)),
                math.floor(self.px(right)) - 1, math.floor(self.px(bottom)) - 1)


def check_total_ink(failures, name, page, geometry, trim):
    limit = geometry.max_ink * NO_INK + 2  # +2: each plate is rounded to 1/255
    left, top, right, bottom = page.within(-geometry.bleed, -geometry.bleed, trim[0] + geometry.bleed,
                                           trim[1] + geometry.bleed)
    c, m, y, k = (page.plates[p] for p in PLATES)
    heaviest, where = 0, None
    for row in range(top, bottom + 1):
        rows = [plate.row(row, left, right + 1) for plate in (c, m, y, k)]
        for x, values in enumerate(zip(*rows)):
            ink = 4 * NO_INK - sum(values)
            if ink > heaviest:
                heaviest, where = ink, (left + x, row)
    failures.check(heaviest <= limit, f"{name}: {heaviest / NO_INK:.0%} total ink at pixel {where}, "
                                      f"the layout allows {geometry.max_ink:.0%}")


def check_crop_marks(failures, name, page, geometry, trim):
    strips = crop_mark_strips(geometry, *trim, DPI, geometry.bleed + PIXEL, geometry.bleed + geometry.slug - PIXEL)
    for (corner, direction), box in strips.items():
        missing = [plate for plate in PLATES if page.plates[plate].darkest(box) > NO_INK // 2]
        failures.check(not missing, f"{name}: the {direction} crop mark at the {corner} corner is not on {missing}")


def coloured_areas(page_dump, swatches):
    """Boxes (trim points) of whatever may put cyan, magenta or yellow on the page: every path
    and image, and the line of every run in a swatch with any of them (as the layout defines
    it), from the run's start to the page's right edge (all six scripts run left to right); each
    grown by a point."""
    boxes = [(x - 1, y - 1, x + w + 1, y + h + 1) for x, y, w, h in page_dump.shapes]
    for size, fill, x, y, _ in page_dump.runs:
        c, m, yellow, _ = swatches.get(fill.split("@")[0]) or (1, 1, 1, 1)  # "sea@0.50": a tint
        if c or m or yellow:
            boxes.append((x - 1, y - 1.1 * size, page_dump.width + 1, y + 0.4 * size))
    return boxes


def free_stretches(row, boxes, left, right):
    """[start, end) pixel ranges of a row between left and right (inclusive) that no box
    (pixels, inclusive, taken a pixel wider) touches."""
    x = left
    for start, end in sorted((b[0] - 1, b[2] + 1) for b in boxes if b[1] - 1 <= row <= b[3] + 1):
        if start > x:
            yield x, start
        x = max(x, end + 1)
    if x <= right:
        yield x, right + 1


def check_text_plates(failures, name, page, page_dump, swatches):
    """Cyan, magenta and yellow are blank wherever the page has nothing but text in K-only inks
    and paper. Returns how many pixels of black-plate ink (the text) that area held."""
    boxes = [page.touched(*box) for box in coloured_areas(page_dump, swatches)]
    left, top, right, bottom = page.within(0, 0, page_dump.width, page_dump.height)
    text_pixels, stray = 0, {}
    for row in range(top, bottom + 1):
        for start, end in free_stretches(row, boxes, left, right):
            for plate in ("Cyan", "Magenta", "Yellow"):
                if plate not in stray and min(page.plates[plate].row(row, start, end)) < NO_INK:
                    stray[plate] = (start, row)
            text_pixels += sum(1 for v in page.plates["Black"].row(row, start, end) if v < NO_INK)
    failures.check(not stray, f"{name}: ink where there is only K-only text, first at pixel: {stray}")
    return text_pixels


def main():
    require("gs")
    failures = Failures()
    scratch = OUT / "print_separations"
    shutil.rmtree(scratch, ignore_errors=True)
    for publication, file in PUBLICATIONS.items():
        geometry = PrintGeometry(CONTENT / file)
        for lang in LANGUAGES:
            pdf = sample_pdf(publication, lang, "print")
            document = read_dump(SAMPLES / publication / f"{publication}.{lang}.dump.txt")
            trims = geometry.trims(pdf_pages(sample_pdf(publication, lang, "digital")))
            separated = separate(pdf, scratch / f"{publication}.{lang}", DPI)
            failures.check(len(separated) == len(trims), f"{pdf.name}: Ghostscript separated {len(separated)} pages")
            text_pixels = 0
            for number, trim in enumerate(trims, 1):
                name = f"{pdf.name} page {number}"
                plates = separated.get(number, {})
                if not failures.check(sorted(plates) == sorted(PLATES), f"{name}: plates {sorted(plates)}"):
                    continue
                page = Page(plates, geometry)
                check_total_ink(failures, name, page, geometry, trim)
                check_crop_marks(failures, name, page, geometry, trim)
                if not geometry.sheets:
                    text_pixels += check_text_plates(failures, name, page, document[number - 1], geometry.swatches)
            if not geometry.sheets:
                # the check above must have looked at text, not only at paper
                failures.check(text_pixels > 10000, f"{pdf.name}: only {text_pixels} pixels of black text checked")
            shutil.rmtree(scratch / f"{publication}.{lang}")
    failures.finish("print_separations")


if __name__ == "__main__":
    main()
