#!/usr/bin/env python3
"""The sample handbook's navigation, in every language, read back from the digital PDF:

- the contents list every heading down to the <toc depth>, in order, and each page number it
  prints is the folio printed at the foot of the page where poppler finds that heading;
- the outline (qpdf) points to the same pages;
- every contents line is a link to its heading: the destination page is that page and the view
  opens at the heading;
- every inline <a href="#id"> of the source is a link whose words are the source's link text and
  whose destination is the page, and the place, where the section `id` begins.

Where a heading "landed" comes from poppler alone: the first page after the contents where a
block of text outside the top and bottom margins (running heads and folios stand there) reads
as the heading's title, searching forward from the previous heading's page.
"""
import re

from handbook_pdf import (common_line_height, find_block_text, layout_geometry, link_annotations, loose, outline,
                          text_in_rect, text_pages, visual_lines)
from support import (CONTENT, LANGUAGES, XML_LANG, Failures, _inline_text, _load, headings, require,
                     sample_pdf, text_of)

PUBLICATION, FILE = "qn-handbook", "handbook.xml"
LEADER = re.compile(r"(?:\s*[.\u00b7\u2026\u30fb\uff0e]){2,}\s*")   # dot leaders, also CJK middle dots


def contents_setting():
    """The <toc> element's depth and its title element."""
    toc = _load(CONTENT / FILE).find(".//toc")
    return int(toc.get("depth", "2")), toc.find("title")


def source_links(lang):
    """(link text, target id) of every <a href="#…"> in `lang`, in document order."""
    out = []
    for t in _load(CONTENT / FILE).iter("t"):
        if t.get(XML_LANG) != lang:
            continue
        for a in t.iter("a"):
            if a.get("href", "").startswith("#"):
                out.append((_inline_text(a, lang), a.get("href")[1:]))
    return out


def body_region(page, geometry):
    """Inside the top and bottom margins: no running head, no folio."""
    return (0, geometry.top, page.width, page.height - geometry.bottom)


def folio(page, geometry):
    return page.text_in(0, page.height - geometry.bottom, page.width, page.height).strip()


def contents_entries(pages, first, title, geometry, count):
    """(title, number, page) of the contents lines, from page `first` on, until `count` are read."""
    entries, pending = [], ""
    for page in pages[first - 1:]:
        lines = visual_lines(page.words_in(*body_region(page, geometry)))
        if page.number == first:
            lines = lines[1:]   # the contents' own title
        for line in lines:
            text = LEADER.sub(" ", line.text).strip()
            match = re.fullmatch(r"(.*\S)\s+(\d+)", text)
            if not match:            # a title that wraps: its number is on the next line
                pending += text + " "
                continue
            entries.append((pending + match.group(1), int(match.group(2)), page.number))
            pending = ""
            if len(entries) == count:
                return entries
    return entries


def landing_pages(pages, all_headings, after, geometry):
    """id -> (page, box) where poppler finds each heading, searching forward in document order.
    A heading is set larger than the running text: lines less than 1.2 times as tall as the
    most common line (a table cell or a paragraph that happens to read like a heading) do not
    count."""
    found, current = {}, after + 1
    min_height = 1.2 * common_line_height(pages)
    for _, section_id, title in all_headings:
        for page in pages[current - 1:]:
            box = find_block_text(page, title, body_region(page, geometry), min_height)
            if box:
                found[section_id] = (page.number, box)
                current = page.number
                break
    return found


def check_view(failures, where, link, landed):
    """The link's destination page is the heading's page and the view opens just above it."""
    page, box = landed
    if not failures.check(link.dest_page == page, f"{where}: points to page {link.dest_page}, the heading is on page {page}"):
        return
    failures.check(link.dest_top is not None and -3 <= box[1] - link.dest_top <= 20,
                   f"{where}: the view opens at y={link.dest_top}, the heading's top is at y={box[1]:.1f}")


def check_contents(failures, lang, pages, expected, geometry, toc_title):
    """The contents against the headings; returns the contents' entries and where the headings
    landed."""
    title = text_of(toc_title, lang)
    starts = [p.number for p in pages
              if (lines := visual_lines(p.words_in(*body_region(p, geometry)))) and loose(lines[0].text) == loose(title)]
    if not failures.check(len(starts) == 1, f"{lang}: the contents title {title!r} begins pages {starts}, not one page"):
        return [], {}
    entries = contents_entries(pages, starts[0], title, geometry, len(expected))
    failures.check([loose(e[0]) for e in entries] == [loose(h[2]) for h in expected],
                   f"{lang}: contents {[e[0] for e in entries][:6]}… ({len(entries)}) != headings "
                   f"{[h[2] for h in expected][:6]}… ({len(expected)})")
    landed = landing_pages(pages, expected, max(e[2] for e in entries) if entries else starts[0], geometry)

    # The printed numbers are the folios of the pages where the headings are.
    for (level, section_id, heading), (_, number, _) in zip(expected, entries):
        if not failures.check(section_id in landed, f"{lang}: heading {heading!r} not found after the contents"):
            continue
        page = landed[section_id][0]
        printed = folio(pages[page - 1], geometry)
        failures.check(printed == str(number),
                       f"{lang}: contents say {heading!r} is on page {number}; it is on the page with folio {printed!r} "
                       f"(page {page} of the PDF)")
    return entries, landed


def check_links(failures, lang, pdf, expected, entries, landed, geometry):
    """The contents' links and the inline links of the text, against where the headings are."""
    toc_pages = {e[2] for e in entries}
    links = [link for link in link_annotations(pdf) if link.dest_page is not None]

    # Each contents line is a link to its heading.
    toc_links = sorted((l for l in links if l.page in toc_pages), key=lambda l: (l.page, l.rect[1]))
    failures.check(len(toc_links) == len(entries),
                   f"{lang}: {len(toc_links)} links on the contents pages for {len(entries)} entries")
    for link, (level, section_id, heading) in zip(toc_links, expected):
        words = loose(text_in_rect(pdf, link.page, link.rect))
        failures.check(words.startswith(loose(heading)),
                       f"{lang}: the contents link at y={link.rect[1]:.0f} covers {words[:40]!r}, not {heading!r}")
        if section_id in landed:
            check_view(failures, f"{lang}: contents link to {heading!r}", link, landed[section_id])

    # Inline links, matched to the source's <a href="#…"> in reading order (page, column, line);
    # a link text that wraps is two annotations.
    def reading_order(link):
        column = 0 if (link.rect[0] + link.rect[2]) / 2 < geometry.width / 2 else 1
        return (link.page, column, link.rect[1], link.rect[0])

    inline = sorted((l for l in links if l.page not in toc_pages), key=reading_order)
    wanted = source_links(lang)
    failures.check(len(wanted) > 0, f"{lang}: the source has no internal links to check")
    position = 0
    for text, target in wanted:
        failures.check(target in landed, f"{lang}: link target #{target} is not a heading down to the contents' depth; "
                                         "this test finds only those")
        got = ""
        while position < len(inline) and len(got) < len(loose(text)):
            link = inline[position]
            position += 1
            got += loose(text_in_rect(pdf, link.page, link.rect))
            if target in landed:
                check_view(failures, f"{lang}: link {text!r} on page {link.page}", link, landed[target])
        failures.check(got == loose(text),
                       f"{lang}: link to #{target}: the PDF's link covers {got!r}, the source says {text!r}")
    failures.check(position == len(inline),
                   f"{lang}: {len(inline) - position} internal links in the PDF that the source does not have")


def main():
    require("pdftotext", "qpdf")
    failures = Failures()
    geometry = layout_geometry("handbook-a4")
    depth, toc_title = contents_setting()
    for lang in LANGUAGES:
        pdf = sample_pdf(PUBLICATION, lang, "digital")
        pages = text_pages(pdf)
        expected = headings(FILE, lang, max_level=depth)
        entries, landed = check_contents(failures, lang, pages, expected, geometry, toc_title)
        if not entries:
            continue
        # The outline agrees.
        for (level, title, page), (_, section_id, _) in zip(outline(pdf), headings(FILE, lang)):
            if section_id in landed:
                failures.check(page == landed[section_id][0],
                               f"{lang}: outline entry {title!r} points to page {page}, "
                               f"the heading is on page {landed[section_id][0]}")
        check_links(failures, lang, pdf, expected, entries, landed, geometry)
    failures.finish("handbook_contents")


if __name__ == "__main__":
    main()
