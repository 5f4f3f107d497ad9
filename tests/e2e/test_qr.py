#!/usr/bin/env python3
"""The QR codes of the leaflet and the flyer scan, in every language, to exactly the URL the
source gives: zbarimg (zbar-tools) decodes the PNG preview (the engine's Cairo raster, at a
resolution a phone camera would match), and poppler's renderings of the digital and the print PDF.
Each rendering is cropped to the panel the source puts the code in, and must hold that one code."""
import shutil
import xml.etree.ElementTree as ET

from support import CONTENT, LANGUAGES, OUT, Failures, brochure, require, run, sample_pdf
from panels_layout import ONE_JOB, layout_of, panel_pages

PUBLICATIONS = {"qn-leaflet": "leaflet.xml", "qn-flyer": "flyer.xml"}
DPI = 150  # a 25 mm code at 150 dpi: about 4.5 pixels a module


def codes_in_source(publication_file):
    """[(panel name, data)] of every <qr> in the publication, read with Python's XML parser."""
    root = ET.parse(CONTENT / publication_file).getroot()
    return [(panel.get("name"), qr.get("data")) for panel in root.iter("panel") for qr in panel.iter("qr")]


def scan(image):
    """[(symbol type, data)] zbarimg finds in an image."""
    result = run(["zbarimg", "--xml", "--nodbus", "-q", image])
    if result.returncode not in (0, 4):  # 4: no symbol found
        raise RuntimeError(f"zbarimg {image}: {result.stderr}")
    if result.returncode == 4:
        return []
    ns = {"z": "http://zbar.sourceforge.net/2008/barcode"}
    return [(s.get("type"), s.findtext("z:data", namespaces=ns)) for s in ET.fromstring(result.stdout).iter(f"{{{ns['z']}}}symbol")]


def render(pdf, page, origin, panel, folder, name):
    """poppler's rendering of one panel's area of a PDF page, in grey (PGM: quicker to write than PNG)."""
    scale = DPI / 72
    args = ["pdftoppm", "-gray", "-singlefile", "-r", DPI, "-f", page, "-l", page,
            "-x", int(origin[0] * scale), "-y", int(origin[1] * scale),
            "-W", int(panel.width * scale) + 1, "-H", int(panel.height * scale) + 1]
    result = run(args + [pdf, folder / name])
    if result.returncode != 0:
        raise RuntimeError(f"pdftoppm {pdf}: {result.stderr}")
    return folder / f"{name}.pgm"


def main():
    require("zbarimg", "pdftoppm")
    failures = Failures()
    scratch = OUT / "qr"
    shutil.rmtree(scratch, ignore_errors=True)
    renders = scratch / "renders"
    renders.mkdir(parents=True)
    previews = scratch / "previews"
    result = brochure("build", *(CONTENT / f for f in PUBLICATIONS.values()), "--edition", "digital",
                      "--preview-dpi", DPI, "--out", previews, *ONE_JOB)
    failures.check(result.returncode == 0, f"previews at {DPI} dpi: exit {result.returncode}: {result.stderr[-500:]}")

    for publication, file in PUBLICATIONS.items():
        layout, codes = layout_of(CONTENT / file), codes_in_source(file)
        failures.check(len(codes) == 1, f"{publication}: expected one <qr> in the source, found {codes}")
        for panel_name, data in codes:
            for lang in LANGUAGES:
                images = {"preview": previews / publication / "preview" / lang /
                          f"page-{layout.reading_order.index(panel_name) + 1:03d}.png"}
                for edition in ("digital", "print"):
                    pdf = sample_pdf(publication, lang, edition)
                    page, panel, origin = next(p for p in panel_pages(pdf, layout, edition) if p[1].name == panel_name)
                    images[edition] = render(pdf, page, origin, panel, renders, f"{publication}.{lang}.{edition}")
                for what, image in images.items():
                    found = scan(image) if image.exists() else f"no image {image}"
                    failures.check(found == [("QR-Code", data)],
                                   f"{publication} {lang} {what}, panel {panel_name}: zbarimg found {found}, expected {data!r}")
    failures.finish("qr")


if __name__ == "__main__":
    main()
