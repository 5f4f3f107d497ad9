#!/usr/bin/env python3
"""Every sample PDF, both editions: qpdf --check passes; pdffonts shows every font embedded
(and, in print, subset with a ToUnicode map); the digital outline has one entry per section
heading, nested as the sections are."""
import json

from support import Failures, LANGUAGES, PUBLICATIONS, headings, require, run, sample_pdf


def fonts(pdf):
    lines = run(["pdffonts", pdf]).stdout.splitlines()[2:]
    # name type encoding emb sub uni object-id: the flags are the 3rd..5th fields from the end
    return [(line.split()[0], line.split()[-5], line.split()[-4], line.split()[-3]) for line in lines if line.strip()]


def outline_titles(pdf):
    data = json.loads(run(["qpdf", "--json", "--json-key=outlines", pdf]).stdout)
    out = []

    def walk(items, level):
        for item in items:
            out.append((level, item["title"]))
            walk(item.get("kids", []), level + 1)

    walk(data.get("outlines", []), 1)
    return out


def main():
    require("qpdf", "pdffonts")
    failures = Failures()
    for publication, file in PUBLICATIONS.items():
        for lang in LANGUAGES:
            for edition in ("digital", "print"):
                pdf = sample_pdf(publication, lang, edition)
                check = run(["qpdf", "--check", pdf])
                failures.check(check.returncode == 0, f"{pdf.name}: qpdf --check: {check.stdout[-300:]}{check.stderr[-300:]}")
                found = fonts(pdf)
                failures.check(len(found) > 0, f"{pdf.name}: no fonts")
                for name, emb, sub, uni in found:
                    failures.check(emb == "yes", f"{pdf.name}: font {name} not embedded")
                    if edition == "print":
                        failures.check(sub == "yes" and uni == "yes", f"{pdf.name}: font {name} sub={sub} uni={uni}")
            if publication == "qn-handbook":
                expected = [(level, title) for level, _, title in headings(file, lang)]
                got = outline_titles(sample_pdf(publication, lang, "digital"))
                failures.check(got == expected,
                               f"{publication} {lang}: outline {got[:4]}… ({len(got)}) != headings {expected[:4]}… ({len(expected)})")
    failures.finish("pdf_structure")


if __name__ == "__main__":
    main()
