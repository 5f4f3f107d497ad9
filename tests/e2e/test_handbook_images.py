#!/usr/bin/env python3
"""A figure whose image is missing or cannot be read stops the build with an error at the
<figure> element's line and writes nothing: exit 1, the message names the source file, the line
and the image, and the previous good output stays as it was, byte for byte.

The image beside tests/fixtures/handbook-e2e/figure.xml is made here: a good PNG (drawn with
zlib), then none, one cut short, one with damaged image data, a text file under the PNG's name,
and a JPEG cut short (the sample cover, halved). `brochure check` reports the same errors.
A figure without alternative text stops the digital edition with an error at its line, unless
it is decorative="true"."""
import re
import shutil
import struct
import zlib

from support import CONTENT, OUT, ROOT, Failures, brochure

FIXTURE = ROOT / "tests" / "fixtures" / "handbook-e2e" / "figure.xml"


def png(width, height):
    """An RGB gradient as a PNG file's bytes: large enough to pass the print preflight's
    resolution check at column width."""
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    rows = b"".join(b"\x00" + bytes(v for x in range(width) for v in (x * 255 // width, y * 255 // height, 128))
                    for y in range(height))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows, 6)) + chunk(b"IEND", b""))


def damaged(data):
    """The same PNG with one byte in the middle of its image data changed: its checksum no
    longer matches."""
    middle = bytearray(data)
    middle[len(middle) // 2] ^= 0xFF
    return bytes(middle)


def main():
    failures = Failures()
    scratch = OUT / "handbook-images"
    shutil.rmtree(scratch, ignore_errors=True)
    scratch.mkdir(parents=True)
    source = FIXTURE.read_text(encoding="utf-8")
    xml = scratch / "figure.xml"
    xml.write_text(source, encoding="utf-8")
    figure_line = next(n for n, line in enumerate(source.splitlines(), start=1) if "<figure" in line)
    out = scratch / "out"

    good = png(1200, 800)
    (scratch / "picture.png").write_bytes(good)
    r = brochure("build", xml, "--no-preview", "--out", out)
    failures.check(r.returncode == 0, f"good image: exit {r.returncode}: {r.stderr[-500:]}")
    last_good = {p: p.read_bytes() for p in out.rglob("*") if p.is_file()}
    failures.check(len(last_good) >= 4, f"the good build wrote only {sorted(p.name for p in last_good)}")

    # The digital edition needs the figure's alternative text; decorative="true" needs none.
    alt = re.search(r"\s*<alt>.*?</alt>", source, re.S).group(0)
    xml.write_text(source.replace(alt, ""), encoding="utf-8")
    r = brochure("build", xml, "--no-preview", "--edition", "digital", "--out", scratch / "no-alt")
    failures.check(r.returncode == 1 and re.search(re.escape(str(xml)) + ":" + str(figure_line) +
                                                   r":\d+: error: [^\n]*alternative text", r.stderr) is not None,
                   f"no alt text: exit {r.returncode}, no error at the figure's line: {r.stderr[:400]}")
    failures.check(not list((scratch / "no-alt").rglob("*.digital.pdf")), "no alt text: a digital PDF was written")
    xml.write_text(source.replace(alt, "").replace("<figure ", '<figure decorative="true" '), encoding="utf-8")
    r = brochure("build", xml, "--no-preview", "--edition", "digital", "--out", scratch / "decorative")
    failures.check(r.returncode == 0, f"decorative figure without alt: exit {r.returncode}: {r.stderr[:400]}")
    xml.write_text(source, encoding="utf-8")

    cover = (CONTENT / "assets" / "cover.jpg").read_bytes()
    cases = {
        # name: (file name in src, its bytes or None for no file, words the message must contain)
        "missing": ("picture.png", None, ["not found"]),
        "truncated PNG": ("picture.png", good[: len(good) * 6 // 10], ["damaged"]),
        "damaged PNG data": ("picture.png", damaged(good), ["damaged"]),
        "not an image": ("picture.png", b"this is not a picture\n", ["neither PNG nor JPEG"]),
        "truncated JPEG": ("picture.jpg", cover[: len(cover) // 2], ["damaged"]),
    }
    for name, (file, data, words) in cases.items():
        for stale in ("picture.png", "picture.jpg"):
            (scratch / stale).unlink(missing_ok=True)
        if data is not None:
            (scratch / file).write_bytes(data)
        xml.write_text(source.replace('src="picture.png"', f'src="{file}"'), encoding="utf-8")
        location = re.compile(re.escape(str(xml)) + ":" + str(figure_line) + r"(:\d+)?: error: [^\n]*" + re.escape(file))
        for command in ("build", "check"):
            r = brochure(command, xml, "--no-preview", "--out", out)
            failures.check(r.returncode == 1, f"{name}, {command}: exit {r.returncode}")
            failures.check(location.search(r.stderr) is not None,
                           f"{name}, {command}: no '{xml}:{figure_line}: error: … {file}' in: {r.stderr[:400]}")
            for word in words:
                failures.check(word in r.stderr, f"{name}, {command}: the message lacks {word!r}: {r.stderr[:400]}")
            now = {p: p.read_bytes() for p in out.rglob("*") if p.is_file()}
            changed = sorted(str(p.relative_to(out)) for p in set(now) | set(last_good) if now.get(p) != last_good.get(p))
            failures.check(not changed, f"{name}, {command}: the output folder changed: {changed}")
    failures.finish("handbook_images")


if __name__ == "__main__":
    main()
