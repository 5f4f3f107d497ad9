#!/usr/bin/env python3
"""The sample handbook as a saddle-stitched booklet, in every language:

- both editions have the same number of pages, a multiple of 4 (pdfinfo);
- every chapter opens on a right-hand (odd) page: the outline's chapter entries (qpdf) point to
  odd pages, the pages the engine laid out on its opener master, and poppler finds the chapter
  title there in large type;
- blank pages are blank (poppler reads nothing on them) and stand only before a chapter opener;
  so do the folio-less notes pages the layout asks for in their place (`verso="notes"`);
  the pages that make up the multiple of 4 are ruled notes pages (the layout's "notes" master)
  before the inside back cover, with a folio and no running head;
- folios: every page of the body prints its folio, at the foot, on the outer side (left on even
  pages, right on odd ones); covers and blank pages print none. In a self-cover booklet the
  outside front cover is page 1, so the folio is the page's position in the PDF;
- running heads: every body page except an opener carries the title of the chapter it belongs
  to, at the head, on the outer side; openers, covers and the contents carry none;
- page labels of the digital edition (the catalog's /PageLabels as qpdf reads it) are the folios:
  a viewer's "go to page 13" opens the page that prints 13. Pages without a folio have labels
  that no folio uses, so every label is unique.
"""
import re

from handbook_pdf import (common_line_height, find_block_text, layout_geometry, loose, outline, page_labels,
                          read_dump, text_pages)
from support import LANGUAGES, SAMPLES, Failures, headings, pdf_pages, require, sample_pdf

PUBLICATION, FILE = "qn-handbook", "handbook.xml"
COVERS = {"cover", "inside-front-cover", "inside-back-cover", "back-cover"}
VERSOS = {"blank", "verso-notes"}  # the left page before a right-hand opener


def zone_words(page, top, bottom):
    return [w for w in page.words if top <= (w.y0 + w.y1) / 2 <= bottom]


def text_of_words(words):
    return " ".join(w.text for w in sorted(words, key=lambda w: (round(w.y0), w.x0)))


def on_outer_side(words, page_number, width):
    """Left half on even (left-hand) pages, right half on odd (right-hand) ones."""
    centre = (min(w.x0 for w in words) + max(w.x1 for w in words)) / 2
    return centre < width / 2 if page_number % 2 == 0 else centre > width / 2


def check_openers(failures, lang, digital, pages, masters, chapters):
    """Chapters open on right-hand pages, in large type; returns their pages."""
    opener_pages = [page for level, _, page in outline(digital) if level == 1]
    failures.check(len(opener_pages) == len(chapters),
                   f"{lang}: {len(opener_pages)} chapters in the outline, {len(chapters)} in the source")
    masters_say = sorted(n for n, m in masters.items() if m == "opener")
    failures.check(opener_pages == masters_say, f"{lang}: outline chapters on pages {opener_pages}, opener masters on {masters_say}")
    large = 2 * common_line_height(pages)
    for title, number in zip(chapters, opener_pages):
        failures.check(number % 2 == 1, f"{lang}: chapter {title!r} opens on page {number}, a left-hand page")
        page = pages[number - 1]
        failures.check(find_block_text(page, title, (0, 0, page.width, page.height), large) is not None,
                       f"{lang}: page {number} does not show the chapter title {title!r} in large type")
    return opener_pages


def check_notes(failures, lang, pages, masters):
    """Notes pages stand together right before the inside back cover, fewer than four of them."""
    count = len(pages)
    notes = sorted(n for n, m in masters.items() if m == "notes")
    failures.check(len(notes) < 4, f"{lang}: {len(notes)} notes pages: a whole sheet wasted")
    failures.check(notes == list(range(count - 1 - len(notes), count - 1)),
                   f"{lang}: notes pages {notes} do not stand right before the inside back cover (page {count - 1})")


def check_blanks(failures, lang, pages, masters):
    """Blank pages (or notes pages in their place) stand only before a chapter opener."""
    for number in (n for n, m in masters.items() if m in VERSOS):
        failures.check(masters[number] != "blank" or not pages[number - 1].words,
                       f"{lang}: blank page {number} has text: {text_of_words(pages[number - 1].words)[:60]!r}")
        following = masters.get(number + 1)
        failures.check(following == "opener", f"{lang}: blank page {number} is followed by a {following} page")


def check_folios(failures, lang, digital, pages, masters, chapters, opener_pages, geometry):
    """Folios, running heads and page labels, page by page."""
    labels = page_labels(digital, len(pages))
    chapter = None
    for page in pages:
        n, master = page.number, masters[page.number]
        if n in opener_pages:
            chapter = chapters[opener_pages.index(n)]
        foot = zone_words(page, page.height - geometry.bottom, page.height)
        head = zone_words(page, 0, geometry.top)
        if master in COVERS or master in VERSOS:
            # A cover may carry the publisher and the year at its foot, but no folio.
            failures.check(not re.fullmatch(r"\d{1,3}", text_of_words(foot)),
                           f"{lang}: page {n} ({master}) prints {text_of_words(foot)!r} as a folio")
            continue
        printed = text_of_words(foot)
        if not failures.check(printed == str(n), f"{lang}: page {n} ({master}) prints {printed!r} as its folio"):
            continue
        failures.check(on_outer_side(foot, n, page.width), f"{lang}: the folio of page {n} is on the inner side")
        failures.check(labels[n - 1] == printed,
                       f"{lang}: page {n} prints folio {printed!r}, its page label is {labels[n - 1]!r}")
        running = text_of_words(head)
        if master in ("opener", "notes") or chapter is None:
            failures.check(not head, f"{lang}: page {n} ({master}) has a running head {running!r}")
        elif failures.check(loose(running) == loose(chapter),
                            f"{lang}: the running head of page {n} is {running!r}, the chapter is {chapter!r}"):
            failures.check(on_outer_side(head, n, page.width), f"{lang}: the running head of page {n} is on the inner side")
    failures.check(len(set(labels)) == len(labels), f"{lang}: page labels are not unique: {labels}")


def main():
    require("pdftotext", "pdfinfo", "qpdf")
    failures = Failures()
    geometry = layout_geometry("handbook-a4")
    for lang in LANGUAGES:
        digital = sample_pdf(PUBLICATION, lang, "digital")
        count = pdf_pages(digital)
        failures.check(count % 4 == 0, f"{lang}: {count} pages, not a multiple of 4")
        print_count = pdf_pages(sample_pdf(PUBLICATION, lang, "print"))
        failures.check(print_count == count, f"{lang}: the print edition has {print_count} pages, the digital {count}")
        dump = read_dump(SAMPLES / PUBLICATION / f"{PUBLICATION}.{lang}.dump.txt")
        pages = text_pages(digital)
        if not failures.check(len(dump) == count == len(pages),
                              f"{lang}: dump {len(dump)}, pdfinfo {count}, poppler {len(pages)} pages"):
            continue
        masters = {p.number: p.master for p in dump}
        chapters = [title for _, _, title in headings(FILE, lang, max_level=1)]
        opener_pages = check_openers(failures, lang, digital, pages, masters, chapters)
        check_blanks(failures, lang, pages, masters)
        check_notes(failures, lang, pages, masters)
        check_folios(failures, lang, digital, pages, masters, chapters, opener_pages, geometry)
    failures.finish("handbook_pagination")


if __name__ == "__main__":
    main()
