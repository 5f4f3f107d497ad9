#!/usr/bin/env python3
"""Glyph scaling (the language's `<breaking glyph-scaling>`, font expansion as pdfTeX and
InDesign do it): a justified line may set its glyphs up to that share wider or narrower, so its
word spaces need take less of the slack.

Read from the PDFs (qpdf uncompresses the content streams; the horizontal scale of every text
object is the first number of its `Tm`), for the sample handbook, leaflet and flyer, digital and
print editions:
  - in a language whose breaking rules set glyph-scaling, every text object's scale lies within
    1 ± that share, and some lines of the handbook use it both ways (wider and narrower);
  - in a language that does not set it (the layout is the oracle), every scale is exactly 1."""
import re
import subprocess
import tempfile
import xml.etree.ElementTree as ET

from support import LANGUAGES, ROOT, Failures, sample_pdf

TM = re.compile(rb"(?<![\w.])(-?[\d.]+) 0 0 1 -?[\d.]+ -?[\d.]+ Tm")
PUBLICATIONS = ("qn-handbook", "qn-leaflet", "qn-flyer")


def scaling_by_language():
    """glyph-scaling of each language in the samples' base layout (0 where it is not set)."""
    root = ET.parse(ROOT / "layouts" / "handbook-a4.xml").getroot()
    shares = {lang: 0.0 for lang in LANGUAGES}
    for breaking in root.iter("breaking"):
        shares[breaking.get("language")] = float(breaking.get("glyph-scaling", "0"))
    return shares


def text_scales(pdf):
    with tempfile.NamedTemporaryFile(suffix=".pdf") as plain:
        subprocess.run(["qpdf", "--qdf", "--object-streams=disable", str(pdf), plain.name], check=False,
                       capture_output=True)
        data = open(plain.name, "rb").read()
    return [float(m.group(1)) for m in TM.finditer(data)]


def main():
    f = Failures()
    shares = scaling_by_language()
    f.check(any(shares.values()), "no language of handbook-a4.xml sets glyph-scaling: nothing to test")
    for publication in PUBLICATIONS:
        for lang in LANGUAGES:
            for edition in ("digital", "print"):
                scales = text_scales(sample_pdf(publication, lang, edition))
                share = shares[lang]
                wider = sum(s > 1 for s in scales)
                narrower = sum(s < 1 for s in scales)
                where = f"{publication} {lang} {edition}"
                print(f"{where}: {len(scales)} text objects, {wider} wider, {narrower} narrower, "
                      f"range {min(scales, default=1):.4f}–{max(scales, default=1):.4f} (share {share})")
                f.check(len(scales) > 10, f"{where}: only {len(scales)} text matrices found")
                outside = [s for s in scales if abs(s - 1) > share + 1e-4]
                f.check(not outside, f"{where}: scales beyond 1 ± {share}: {sorted(set(outside))[:5]}")
                if share and publication == "qn-handbook":
                    f.check(wider > 10 and narrower > 10,
                            f"{where}: glyph scaling used {wider} times wider and {narrower} narrower")
    f.finish("glyph scaling")


if __name__ == "__main__":
    main()
