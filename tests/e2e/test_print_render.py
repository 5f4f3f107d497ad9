#!/usr/bin/env python3
"""Render parity: every page of the sample handbook in every language looks the same in print as
in the digital edition. poppler renders both in grey at the same resolution: the print PDF cut
to its TrimBox, its CMYK turned to grey through the layout's output profile (as the file's
output intent says it will print), and the digital PDF, which Cairo wrote from the same display
list. Fewer than 1 % of the pixels may differ by more than an eighth of the grey scale
(anti-aliasing, colour conversion); a glyph, rule or picture out of place shows well above that."""
import shutil

from support import CONTENT, LANGUAGES, OUT, PUBLICATIONS, Failures, PrintGeometry, read_pgm, render_gray, require, \
    sample_pdf

PUBLICATION = "qn-handbook"
TARGET_DPI = 72     # as the previews
TOLERANCE = 32      # grey levels
MAX_FRACTION = 0.01


def differing(a, b):
    """How many pixels of two same-sized images differ by more than TOLERANCE, leaving out the
    outermost pixels, where the print file's bleed meets the digital page's edge."""
    count = 0
    for y in range(1, a.height - 1):
        row_a, row_b = a.row(y, 1, a.width - 1), b.row(y, 1, b.width - 1)
        if row_a != row_b:
            count += sum(1 for p, q in zip(row_a, row_b) if p - q > TOLERANCE or q - p > TOLERANCE)
    return count


def main():
    require("pdftoppm")
    failures = Failures()
    scratch = OUT / "print_render"
    shutil.rmtree(scratch, ignore_errors=True)
    geometry = PrintGeometry(CONTENT / PUBLICATIONS[PUBLICATION])
    # A resolution near the previews' that puts the trim's corner on a pixel corner, so the two
    # renders sample the page at the same points.
    margin = geometry.bleed + geometry.slug
    offset = round(margin * TARGET_DPI / 72)
    dpi = offset * 72 / margin
    width, height = int(geometry.width * dpi / 72), int(geometry.height * dpi / 72)
    worst = (0, None)
    for lang in LANGUAGES:
        folder = scratch / lang
        printed = render_gray(sample_pdf(PUBLICATION, lang, "print"), folder, "print", dpi,
                              area=(offset, offset, width, height), cmyk_profile=geometry.output_profile)
        digital = render_gray(sample_pdf(PUBLICATION, lang, "digital"), folder, "digital", dpi,
                              area=(0, 0, width, height))
        failures.check(len(printed) == len(digital) > 0, f"{lang}: {len(printed)} print pages, {len(digital)} digital")
        for page, (a, b) in enumerate(zip(printed, digital), 1):
            a, b = read_pgm(a), read_pgm(b)
            if not failures.check((a.width, a.height) == (b.width, b.height) == (width, height),
                                  f"{lang} page {page}: sizes {a.width}x{a.height}, {b.width}x{b.height}"):
                continue
            fraction = differing(a, b) / ((width - 2) * (height - 2))
            worst = max(worst, (fraction, f"{lang} page {page}"))
            failures.check(fraction < MAX_FRACTION, f"{PUBLICATION} {lang} page {page}: {fraction:.2%} of the pixels "
                                                    f"differ from the digital edition by more than {TOLERANCE}")
        shutil.rmtree(folder)
    print(f"at {dpi:.2f} dpi, the most different page is {worst[1]}: {worst[0]:.2%} of its pixels")
    failures.finish("print_render")


if __name__ == "__main__":
    main()
