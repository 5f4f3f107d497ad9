#!/usr/bin/env python3
"""PNG previews of every sample, every language: one per page of the digital PDF, each the page's
trim size (read with pdfinfo) at 72 dpi, plus a contact sheet; not blank. The PNG header and
pixels are read here with zlib, not with the engine's own code."""
import re
import struct
import zlib

from support import Failures, LANGUAGES, PUBLICATIONS, SAMPLES, require, run, sample_pdf


def png_header(path):
    data = path.read_bytes()
    if data[:8] != b"\x89PNG\r\n\x1a\n" or data[12:16] != b"IHDR":
        raise ValueError(f"{path} is not a PNG")
    width, height, depth, colour = struct.unpack(">IIBB", data[16:26])
    return data, width, height, depth, colour


def distinct_rows(path):
    """How many different scanlines the (filtered, non-interlaced) image has: a blank page has 1."""
    data, width, height, depth, colour = png_header(path)
    idat = b""
    at = 8
    while at < len(data):
        length = struct.unpack(">I", data[at:at + 4])[0]
        if data[at + 4:at + 8] == b"IDAT":
            idat += data[at + 8:at + 8 + length]
        at += 12 + length
    raw = zlib.decompress(idat)
    stride = len(raw) // height
    return len({raw[y * stride + 1:(y + 1) * stride] for y in range(height)})


def page_sizes(pdf):
    info = run(["pdfinfo", "-f", "1", "-l", "999", pdf]).stdout
    return [(float(w), float(h)) for w, h in re.findall(r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts", info)]


def main():
    require("pdfinfo")
    failures = Failures()
    for publication in PUBLICATIONS:
        for lang in LANGUAGES:
            folder = SAMPLES / publication / "preview" / lang
            sizes = page_sizes(sample_pdf(publication, lang, "digital"))
            pages = sorted(folder.glob("page-*.png"))
            failures.check(len(pages) == len(sizes), f"{publication} {lang}: {len(pages)} previews for {len(sizes)} pages")
            for number, (png, (width, height)) in enumerate(zip(pages, sizes), start=1):
                _, w, h, _, _ = png_header(png)
                failures.check((w, h) == (round(width), round(height)),
                               f"{publication} {lang} page {number}: preview {w}x{h} px for a {width}x{height} pt page")
            if pages:
                failures.check(distinct_rows(pages[0]) > 10, f"{publication} {lang}: the first preview is blank")
            sheet = folder / "contact-sheet.png"
            _, w, h, _, _ = png_header(sheet)
            failures.check(w >= 150 * min(len(pages), 4) and h > 150, f"{publication} {lang}: contact sheet {w}x{h} px")
    failures.finish("previews")


if __name__ == "__main__":
    main()
