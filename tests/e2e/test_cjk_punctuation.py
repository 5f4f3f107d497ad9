#!/usr/bin/env python3
"""Two full-width punctuation marks in a row are set solid in Chinese and Japanese (JLReq 3.1.4,
clreq 3.2.3): "）、" "。」" "、「" show half an em between their marks, not a whole one.

The oracle is Ghostscript's txtwrite device, which gives every character's position on the page
(the engine's own line data is not read): the advance of a mark is the distance from its x to the
next character's x on the same line. In the sample handbook and leaflet, zh and ja:
  - the first of a compressed pair advances at most 0.8 em (half an em, plus what justification
    adds between CJK characters, at most a quarter em on these lines, plus a point of rounding);
  - a closing mark followed by an ideograph or kana keeps its full em (at least 0.95 em less a
    point of rounding): only pairs give up space.
Each file must contain both kinds, so the test cannot pass by finding nothing."""
import html
import re

from support import Failures, require, run, sample_pdf

LANGUAGES = ("zh", "ja")
PUBLICATIONS = ("qn-handbook", "qn-leaflet")
OPENING = set("（〔［｛〈《「『【〖〘〝｟")
CLOSING = set("）〕］｝〉》」』】〗〙〟｠、，。．")
SPAN = re.compile(r'<span bbox="[^"]*" font="[^"]*" size="([\d.]+)"')
CHAR = re.compile(r'<char bbox="(-?\d+) (-?\d+) (-?\d+) (-?\d+)" c="([^"]*)"')


def characters(pdf):
    """(page, x, baseline y, character, font size) of every character, as Ghostscript reads them."""
    out = run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-sDEVICE=txtwrite", "-dTextFormat=0", "-sOutputFile=-",
               str(pdf)]).stdout
    page, size, found = 0, 0.0, []
    for line in out.splitlines():
        if line.startswith("<page"):
            page += 1
        elif m := SPAN.search(line):
            size = float(m.group(1))
        elif m := CHAR.search(line):
            found.append((page, int(m.group(1)), int(m.group(2)), html.unescape(m.group(5)), size))
    return found


def is_cjk_letter(c):
    return "\u3041" <= c <= "\u30ff" or "\u4e00" <= c <= "\u9fff"


def main():
    require("gs")
    failures = Failures()
    for publication in PUBLICATIONS:
        for lang in LANGUAGES:
            pdf = sample_pdf(publication, lang, "digital")
            chars = characters(pdf)
            pairs, singles = [], []
            for a, b in zip(chars, chars[1:]):
                if a[0] != b[0] or a[2] != b[2] or a[3] not in CLOSING | OPENING:
                    continue
                advance, em = b[1] - a[1], a[4]
                if a[3] in CLOSING and (b[3] in CLOSING or b[3] in OPENING):
                    pairs.append((a[0], a[3] + b[3], advance, em))
                elif a[3] in CLOSING and is_cjk_letter(b[3]):
                    singles.append((a[0], a[3] + b[3], advance, em))
            print(f"{pdf.name}: {len(pairs)} pairs set solid, {len(singles)} single marks at full width")
            if publication == "qn-handbook":
                failures.check(pairs and singles, f"{pdf.name}: {len(pairs)} pairs, {len(singles)} single marks: "
                                                  f"the sample should have both")
            wide = [p for p in pairs if p[2] > 0.8 * p[3] + 1]
            failures.check(not wide, f"{pdf.name}: {len(wide)} of {len(pairs)} punctuation pairs keep a whole em "
                                     f"(page, pair, advance pt, size pt): {wide[:5]}")
            narrow = [s for s in singles if s[2] < 0.95 * s[3] - 1]
            failures.check(not narrow, f"{pdf.name}: {len(narrow)} single marks lost their blank: {narrow[:5]}")
    failures.finish("cjk_punctuation")


if __name__ == "__main__":
    main()
