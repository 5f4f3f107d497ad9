#!/usr/bin/env python3
"""pdftotext (poppler) must give back every heading, paragraph and list item of the source, in
all six languages and both editions: no lost, garbled or substituted text."""
from support import (Failures, LANGUAGES, PUBLICATIONS, headings, pdftotext, require, sample_pdf,
                     source_texts, squash)

import re


def page_texts_without_furniture(pdf, publication_file, lang):
    """The PDF's text with running heads and folios removed: they interrupt paragraphs that
    continue on the next page."""
    titles = {squash(t) for _, _, t in headings(publication_file, lang, 1)}
    pages = pdftotext(pdf).split("\f")
    kept = []
    for page in pages:
        for line in page.splitlines():
            s = squash(line)
            if not s or s in titles or re.fullmatch(r"\d{1,3}", s):
                continue
            kept.append(s)
    return "".join(kept)


def main():
    require("pdftotext")
    failures = Failures()
    checked = 0
    for publication, file in PUBLICATIONS.items():
        for lang in LANGUAGES:
            texts = source_texts(file, lang)
            failures.check(len(texts) > 5, f"{publication} {lang}: only {len(texts)} source texts found")
            for edition in ("digital", "print"):
                pdf = sample_pdf(publication, lang, edition)
                document = page_texts_without_furniture(pdf, file, lang)
                for tag, text in texts:
                    checked += 1
                    failures.check(squash(text) in document,
                                   f"{publication} {lang} {edition}: <{tag}> not found in pdftotext output: {text[:90]}")
    print(f"checked {checked} texts")
    failures.finish("text_roundtrip")


if __name__ == "__main__":
    main()
