#!/usr/bin/env python3
"""Images at the resolution each edition needs, read back with poppler's pdfimages: the print
edition keeps every pixel of every image (line art drawn at 600 ppi stays 600 ppi, the cover
JPEG its pixels: converted to CMYK for the samples' cmyk-only printer, it is deflated rather
than encoded as JPEG a second time), the digital edition carries PNGs at about 200 ppi where they are placed
(a screen shows no more) and passes JPEGs through unchanged."""
from support import Failures, LANGUAGES, require, run, sample_pdf


def images(pdf):
    """(page, width, height, encoding, x-ppi) of every image, as pdfimages -list reports them."""
    rows = run(["pdfimages", "-list", pdf]).stdout.splitlines()[2:]
    out = []
    for row in rows:
        f = row.split()
        out.append((int(f[0]), int(f[3]), int(f[4]), f[8], int(f[12])))
    return out


def main():
    require("pdfimages")
    failures = Failures()
    for lang in LANGUAGES:
        printed = images(sample_pdf("qn-handbook", lang, "print"))
        digital = images(sample_pdf("qn-handbook", lang, "digital"))
        # The cover; the charts and the map are drawn as vectors since issue 11 (test_charts,
        # test_maps), so the samples hold no PNG: the PNG path is the unit tests' and
        # test_handbook_images' (a drawn PNG at column width).
        failures.check(len(printed) == len(digital) >= 1, f"{lang}: {len(printed)} print images, {len(digital)} digital")
        for (page, width, height, encoding, ppi), (dpage, dwidth, dheight, dencoding, dppi) in zip(printed, digital):
            where = f"{lang} page {page}"
            failures.check(page == dpage, f"{where}: the digital edition places it on page {dpage}")
            failures.check(ppi >= 300, f"{where}: the print edition has it at {ppi} ppi")
            if dencoding == "jpeg":  # the cover: JPEG as it is on screen, every pixel in print
                failures.check((dwidth, dheight) == (width, height) and encoding in ("jpeg", "image"),
                               f"{where}: the JPEG is {dwidth}x{dheight} on screen, {width}x{height} {encoding} in print")
            else:
                failures.check(150 <= dppi <= 250, f"{where}: the digital edition has a PNG at {dppi} ppi")
                failures.check(dwidth < width, f"{where}: the digital edition keeps all {width} pixels of a PNG")
    failures.finish("image_resolution")


if __name__ == "__main__":
    main()
