#!/usr/bin/env python3
"""The sample handbook's tables, figures and key figures survive into both PDFs of every
language, read back by poppler:

- the text of every table cell (<th>, <td>);
- every caption with its number: "Hình 1. …", "Table 2. …", "图1　…", with the label and the
  separator the layout gives the language, figures and tables counted separately in document
  order;
- every figure's image (pdfimages, matched by its pixel size read from the image file) on the
  page where its caption is;
- every key figure: the number formatted for the language, its unit and its label.

poppler's reading order mixes two columns that lie close together, so the text is searched in
three readings: the whole page, and each half of it on its own.
"""
import struct

from handbook_pdf import layout_language, loose
from support import (CONTENT, LANGUAGES, Failures, _load, amount_text, require, run, sample_pdf, source_texts,
                     text_of)

PUBLICATION, FILE, LAYOUT = "qn-handbook", "handbook.xml", "handbook-a4"
DEFAULT_SEPARATOR = ". "   # layouts/schema/layout.rng: caption-separator, default ". "


def readings(pdf):
    """The PDF's text as poppler reads it whole and in the left and right halves of each page,
    each a list of loose() page texts."""
    info = run(["pdfinfo", pdf]).stdout
    width, height = (float(v) for v in info.split("Page size:")[1].split("pts")[0].split("x"))
    half = int(width / 2)
    out = []
    for crop in ([], ["-x", 0, "-y", 0, "-W", half, "-H", int(height) + 1],
                 ["-x", half, "-y", 0, "-W", int(width) - half + 1, "-H", int(height) + 1]):
        text = run(["pdftotext", "-enc", "UTF-8", *crop, pdf, "-"]).stdout
        out.append([loose(page) for page in text.split("\f")])
    return out


def pages_with(readings_, text):
    wanted = loose(text)
    return sorted({i + 1 for reading in readings_ for i, page in enumerate(reading) if wanted in page})


def png_size(path):
    with open(path, "rb") as f:
        header = f.read(24)
    return struct.unpack(">II", header[16:24])


def jpeg_size(path):
    data = path.read_bytes()
    i = 2
    while i < len(data):
        marker, length = data[i + 1], struct.unpack(">H", data[i + 2:i + 4])[0]
        if marker in (0xC0, 0xC1, 0xC2):
            height, width = struct.unpack(">HH", data[i + 5:i + 9])
            return width, height
        i += 2 + length
    raise ValueError(f"{path}: no JPEG frame header")


def images_by_page(pdf):
    """page -> [(width, height)] of the images pdfimages lists (smasks left out)."""
    pages = {}
    for line in run(["pdfimages", "-list", pdf]).stdout.splitlines()[2:]:
        fields = line.split()
        if len(fields) > 4 and fields[2] == "image":
            pages.setdefault(int(fields[0]), []).append((int(fields[3]), int(fields[4])))
    return pages


def numbered_captions(lang):
    """(kind, expected printed caption, image file or None) of every figure and table, in order."""
    settings = layout_language(LAYOUT, lang)
    separator = settings.get("caption-separator", DEFAULT_SEPARATOR)
    counters = {"figure": 0, "table": 0}
    out = []
    root = _load(CONTENT / FILE)
    for element in root.iter():
        # Charts and maps are numbered with the figures; they have no image, the engine draws
        # them (test_charts, test_maps).
        kind = "figure" if element.tag in ("chart", "map") else element.tag
        if kind not in counters:
            continue
        counters[kind] += 1
        label = settings[f"{kind}-label"].replace("{n}", str(counters[kind]))
        caption = element.find("caption")
        text = text_of(caption, lang) if caption is not None else ""
        image = None
        if element.tag == "figure":
            image = next(p for p in (CONTENT / element.get("src"), CONTENT / "handbook" / element.get("src")) if p.exists())
        out.append((kind, label + separator + text if text else label, image))
    return out


def key_figures(lang):
    """(printed number, unit, label) of every <fact>."""
    out = []
    for fact in _load(CONTENT / FILE).iter("fact"):
        number = fact.get("prefix", "") + amount_text(fact, lang)
        unit = fact.find("unit")
        out.append((number, text_of(unit, lang) if unit is not None else "", text_of(fact.find("label"), lang)))
    return out


def main():
    require("pdftotext", "pdfinfo", "pdfimages")
    failures = Failures()
    checked = 0
    for lang in LANGUAGES:
        cells = source_texts(FILE, lang, tags=("th", "td"))
        captions = numbered_captions(lang)
        facts = key_figures(lang)
        failures.check(len(cells) > 20 and len(captions) >= 4 and len(facts) >= 4,
                       f"{lang}: the source has {len(cells)} cells, {len(captions)} captions, {len(facts)} key figures")
        for edition in ("digital", "print"):
            pdf = sample_pdf(PUBLICATION, lang, edition)
            text = readings(pdf)
            where = f"{lang} {edition}"
            for tag, cell in cells:
                checked += 1
                failures.check(pages_with(text, cell), f"{where}: <{tag}> {cell[:70]!r} is not in the PDF")
            images = images_by_page(pdf)
            for kind, caption, image in captions:
                checked += 1
                pages = pages_with(text, caption)
                if not failures.check(len(pages) == 1, f"{where}: {kind} caption {caption[:70]!r} on pages {pages}, not one"):
                    continue
                if image:
                    size = png_size(image) if image.suffix == ".png" else jpeg_size(image)
                    # The digital edition carries PNGs at screen resolution: the same picture,
                    # fewer pixels, so it is recognised by its proportions there.
                    same = (lambda w, h: (w, h) == size) if edition == "print" or image.suffix != ".png" else \
                        (lambda w, h: abs(w / h - size[0] / size[1]) < 0.01 * size[0] / size[1])
                    failures.check(any(same(w, h) for w, h in images.get(pages[0], [])),
                                   f"{where}: {image.name} ({size[0]}×{size[1]}) is not on page {pages[0]} with its caption; "
                                   f"pdfimages lists {images.get(pages[0], [])}")
            for number, unit, label in facts:
                checked += 1
                failures.check(pages_with(text, number + unit), f"{where}: key figure {number} {unit} is not in the PDF")
                failures.check(pages_with(text, label), f"{where}: key-figure label {label[:60]!r} is not in the PDF")
    print(f"checked {checked} texts")
    failures.finish("handbook_text")


if __name__ == "__main__":
    main()
