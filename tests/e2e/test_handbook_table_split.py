#!/usr/bin/env python3
"""Tables longer than a page split between rows, in every language
(tests/fixtures/handbook-e2e/long-tables.xml):

- "land-lots" spans both columns and is taller than two pages: it splits into at least three
  parts on consecutive pages; "new-projects" stays in one column and continues from column to
  column;
- every part begins with the caption, or with "Table n (continued)" in the layout's words, and
  then the header row; no part is a header alone;
- no row is split: all of a row's cells are in one part, between its own top and the next row's
  (read from the display-list dump: runs with their page, position and text), and poppler finds
  all of the row's text on the page, or in the column, where the row begins;
- the rows come in source order;
- numbers align on their decimal sign: in each part of "land-lots", the decimal signs of a
  column (and the ends of numbers without one) stand in one vertical line, by Ghostscript's
  character positions (txtwrite), and the last column's numbers end flush with its heading.

A row is named by its first cell (a lot code, a quarter), unique in its table.

And the parts of a split table have the same columns: in every part of every split table, of the
fixture and of the sample handbook (content/quang-ngai/handbook.xml; its Table 3 splits in
Russian), in every language, the left edges of the header cells' first words (poppler's word
boxes), measured from the caption's left edge (pages mirror), match the first part's within
0.5 pt.
"""
import html
import re
import shutil
from dataclasses import dataclass, field

import cldr_numbers
from handbook_pdf import layout_geometry, layout_language, loose, read_dump, text_pages
from support import CONTENT, LANGUAGES, OUT, ROOT, Failures, _load, brochure, require, run, squash, text_of

FIXTURE = ROOT / "tests" / "fixtures" / "handbook-e2e" / "long-tables.xml"
DEFAULT_SEPARATOR = ". "   # layouts/schema/layout.rng: caption-separator, default ". "
LINE = re.compile(r"<line [^>]*>(.*?)</line>", re.S)
WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>')
SAME_COLUMN = 0.5   # pt: how far a column of one part may stand from the first part's
FULL_WIDTH_AND_SPACE = re.compile(" [\u3000-\u303f\uff00-\uffef]|[\u3000-\u303f\uff00-\uffef] ")


@dataclass
class SourceTable:
    id: str
    in_one_column: bool   # False: spans the columns
    header: list          # cell texts
    rows: list            # lists of cell texts
    caption: str          # as printed: "Table 1. …"
    continued: str        # as printed on later parts: "Table 1 (continued)"


def source_table(root, table_id, in_one_column, lang, settings):
    table = root.find(f".//table[@id='{table_id}']")
    number = [t.get("id") for t in root.iter("table")].index(table_id) + 1
    label = settings["table-label"].replace("{n}", str(number))
    return SourceTable(
        table_id, in_one_column,
        [text_of(th, lang) for th in table.find("thead").iter("th")],
        [[text_of(td, lang) for td in tr.findall("td")] for tr in table.find("tbody").findall("tr")],
        label + settings.get("caption-separator", DEFAULT_SEPARATOR) + text_of(table.find("caption"), lang),
        label + " " + settings["continued"])


@dataclass
class Built:
    """One language of the fixture as built: the dump, and the PDF as poppler reads it."""
    lang: str
    dump: list            # DumpPage
    text: dict            # (page, column or None) -> loose text
    words: list           # TextPage
    settings: dict        # the layout's <language>


@dataclass
class Part:
    page: int
    column: int           # 0 or 1, None for a table that spans the columns
    rows: list = field(default_factory=list)   # (row index, baseline of its first cell)


def check_table(failures, table, built, geometry):
    """Checks one table in one language; returns its parts."""
    where = f"{built.lang} {table.id}"
    dump, header, rows = built.dump, table.header, table.rows
    width = geometry.width
    frame_bottom = geometry.height - geometry.bottom

    def column_of(x):
        return (0 if x < width / 2 else 1) if table.in_one_column else None

    def band_text(runs, column, top, bottom):
        """The runs of one column whose baseline lies in [top, bottom), in drawing order."""
        return "".join(r.text for r in runs if column_of(r.x) == column and top <= r.y < bottom)

    # Where each row begins: the run of its first cell.
    keys = []
    for index, row in enumerate(rows):
        found = [(page, run) for page in dump for run in page.runs if run.text == row[0]]
        if failures.check(len(found) == 1, f"{where}: row {row[0]!r} drawn {len(found)} times"):
            keys.append((index, found[0][0], found[0][1]))
    order = [(page.number, column_of(run.x), run.y) for _, page, run in keys]
    failures.check(order == sorted(order), f"{where}: the rows are not in source order")

    parts = []
    for index, page, run in keys:
        column = column_of(run.x)
        if not parts or (parts[-1].page, parts[-1].column) != (page.number, column):
            parts.append(Part(page.number, column))
        parts[-1].rows.append((index, run.y))

    # No row is split: between its top and the next row's top (or the foot of the frame) its
    # part holds exactly its own cells.
    for part in parts:
        page = dump[part.page - 1]
        for i, (index, top) in enumerate(part.rows):
            bottom = part.rows[i + 1][1] if i + 1 < len(part.rows) else frame_bottom
            got = band_text(page.runs, part.column, top - 0.5, bottom - 0.5)
            failures.check(loose(got) == loose("".join(rows[index])),
                           f"{where}: row {rows[index][0]!r} on page {part.page}: {got[:80]!r} is not its cells "
                           f"{' | '.join(rows[index])[:80]!r}")

    # Every part starts with the caption or "(continued)", then the header row.
    min_parts = 3
    failures.check(len(parts) >= min_parts, f"{where}: {len(parts)} part(s), expected at least {min_parts}: "
                                            f"{[(p.page, p.column, len(p.rows)) for p in parts]}")
    if not table.in_one_column:
        pages = [p.page for p in parts]
        failures.check(pages == list(range(pages[0], pages[0] + len(pages))), f"{where}: parts on pages {pages}")
    for n, part in enumerate(parts):
        page = dump[part.page - 1]
        first_row = part.rows[0][1]
        above = sorted((r for r in page.runs if column_of(r.x) == part.column and r.y < first_row - 0.5),
                       key=lambda r: r.y)
        # Header cells are set near the size of the body cells: a chapter title above that
        # happens to contain the header's text as a run of its own is not a header row.
        cell_size = next(r.size for r in page.runs if r.text == rows[part.rows[0][0]][0])
        heads = [r for r in above if r.text == header[0] and r.size <= 1.5 * cell_size]
        if not failures.check(len(heads) == 1,
                              f"{where}: part {n + 1} (page {part.page}) has {len(heads)} header rows above its first row"):
            continue
        head_y = heads[0].y
        got = band_text(page.runs, part.column, head_y - 0.5, first_row - 0.5)
        failures.check(loose(got) == loose("".join(header)), f"{where}: part {n + 1}: header row reads {got[:80]!r}")
        title = [r for r in above if r.y < head_y - 0.5]
        wanted = table.caption if n == 0 else table.continued
        heading = "".join(r.text for r in title)
        failures.check(loose(heading).endswith(loose(wanted)),
                       f"{where}: part {n + 1} (page {part.page}) is headed {heading[-80:]!r}, not {wanted!r}")
        # CJK: full-width brackets bring their own space ("表2（続き）").
        failures.check(not FULL_WIDTH_AND_SPACE.search(heading),
                       f"{where}: part {n + 1}: a space beside a full-width sign in {heading[-40:]!r}")

    # poppler: every row's text on the page (and in the column) where its first cell is, and
    # the words of the header row above the first row of every part.
    for index, page, run in keys:
        text = built.text[(page.number, column_of(run.x))]
        for cell in rows[index]:
            failures.check(loose(cell) in text,
                           f"{where}: poppler: {cell[:50]!r} of row {rows[index][0]!r} is not on page {page.number}")
    for n, part in enumerate(parts):
        page = built.words[part.page - 1]
        first_row = part.rows[0][1] - 3  # the middle of the first row's 8 pt text, roughly
        above = loose(" ".join(w.text for w in sorted(page.words, key=lambda w: (w.y0, w.x0))
                               if geometry.top < (w.y0 + w.y1) / 2 < first_row and column_of(w.x0) == part.column))
        missing = [word for cell in header for word in cell.split() if loose(word) not in above]
        failures.check(not missing,
                       f"{where}: poppler: part {n + 1} (page {part.page}) lacks {missing} of the header row "
                       "above its first row")
    return parts


def poppler_pages(pdf, width, height, count):
    """(page, column or None) -> loose text: whole pages, and their left and right halves."""
    out = {}
    half = int(width / 2)
    for column, crop in ((None, []), (0, ["-x", 0, "-y", 0, "-W", half, "-H", int(height)]),
                         (1, ["-x", half, "-y", 0, "-W", int(width) - half + 1, "-H", int(height)])):
        text = run(["pdftotext", "-enc", "UTF-8", *crop, pdf, "-"]).stdout.split("\f")
        for number in range(1, count + 1):
            out[(number, column)] = loose(text[number - 1])
    return out


CHAR = re.compile(r'<char bbox="(-?\d+) (-?\d+) (-?\d+) (-?\d+)" c="([^"]*)"')


def ghostscript_lines(pdf, first, last):
    """page -> {baseline: [(x0, x1, character)] left to right}, from Ghostscript's txtwrite
    device (whole points)."""
    result = run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=txtwrite", "-dTextFormat=0",
                  f"-dFirstPage={first}", f"-dLastPage={last}", "-sOutputFile=-", pdf])
    pages, number = {}, first - 1
    for line in result.stdout.splitlines():
        if line.startswith("<page"):
            number += 1
            pages[number] = {}
        elif (m := CHAR.search(line)) and number in pages:
            pages[number].setdefault(int(m.group(4)), []).append((int(m.group(1)), int(m.group(3)), html.unescape(m.group(5))))
    return {n: {y: sorted(chars) for y, chars in lines.items()} for n, lines in pages.items()}


def find_chars(chars, text, before=None):
    """The characters of the last occurrence of `text` in a line (before index `before`), white
    space left out of both (a group separator may be a space or a no-break space)."""
    chars = [c for c in chars if not c[2].isspace()]
    text = "".join(text.split())
    joined = "".join(c for _, _, c in chars)
    if len(joined) != len(chars):
        return None  # a multi-character glyph (ligature): positions no longer map
    at = joined.rfind(text, 0, len(joined) if before is None else before)
    return (at, chars[at:at + len(text)]) if at >= 0 else None


def check_decimals(failures, table, built, parts, columns, pdf):
    """In every part, the decimal signs of each of `columns` (or the ends of numbers without
    one) in one vertical line; the last column's numbers flush with its heading."""
    # The decimal sign is the locale's (CLDR, through the oracle).
    where, rows, header, separator = f"{built.lang} {table.id}", table.rows, table.header, cldr_numbers.SYMBOLS[built.lang][0]
    lines_by_page = ghostscript_lines(pdf, parts[0].page, parts[-1].page)
    for n, part in enumerate(parts):
        lines = lines_by_page.get(part.page, {})
        row_lines = {}
        for index, _ in part.rows:
            key = rows[index][0]
            candidates = [chars for chars in lines.values() if find_chars(chars, key)]
            if failures.check(len(candidates) == 1,
                              f"{where}: Ghostscript finds row {key!r} on {len(candidates)} lines of page {part.page}"):
                row_lines[index] = candidates[0]
        for column in columns:
            marks, ends = [], []
            for index, chars in row_lines.items():
                later = [find_chars(chars, rows[index][c]) for c in columns if c > column]
                found = find_chars(chars, rows[index][column], min((f[0] for f in later if f), default=None))
                if not failures.check(found is not None,
                                      f"{where}: Ghostscript does not find {rows[index][column]!r} in row {rows[index][0]!r}"):
                    continue
                number = found[1]
                sign = [x0 for x0, _, c in number if c == separator]
                marks.append((sign[0] if sign else number[-1][1], rows[index][column]))
                ends.append(number[-1][1])
            if marks:
                spread = max(m for m, _ in marks) - min(m for m, _ in marks)
                failures.check(spread <= 1.5, f"{where}: part {n + 1} (page {part.page}), column {column + 1}: decimal signs "
                                              f"{spread} pt apart: {sorted(marks)[:2]} … {sorted(marks)[-2:]}")
            if marks and column == len(header) - 1:
                # the header row: the line with the first word of the first heading
                heads = [chars for chars in lines.values() if find_chars(chars, header[0].split()[0])]
                heading_end = max((x1 for chars in heads for _, x1, _ in chars), default=None)
                failures.check(heading_end is not None and abs(max(ends) - heading_end) <= 1.5,
                               f"{where}: part {n + 1}: the numbers of the last column end at {max(ends)}, "
                               f"its heading at {heading_end}")


def page_lines(pdf):
    """Every page's text lines as poppler's -bbox-layout gives them: lists of words
    (x0, y0, x1, y1, text)."""
    out = run(["pdftotext", "-bbox-layout", pdf, "-"]).stdout
    return [[[(float(a), float(b), float(c), float(d), html.unescape(t)) for a, b, c, d, t in WORD.findall(line)]
             for line in LINE.findall(page)]
            for page in out.split("<page ")[1:]]


def header_columns(lines, caption_index, header):
    """Where each header cell's first word starts, from the caption's left edge. The header row
    is found below the caption by its first cell, whose first word starts within the first
    column's padding of the caption's left edge; every other cell's first word is the leftmost
    word of that row band (poppler may list a cell's lines apart) that begins the cell's text,
    right of the cell before."""
    caption_x, caption_y = lines[caption_index][0][0], lines[caption_index][0][1]
    words = sorted((w for line in lines for w in line if w[1] > caption_y + 1 and w[0] >= caption_x - 1),
                   key=lambda w: (round(w[1]), w[0]))

    def starts(word, cell):
        return squash(word[4]) and squash(cell).startswith(squash(word[4]))

    first = next((w for w in words if w[0] <= caption_x + 10 and starts(w, header[0])), None)
    if first is None:
        return None
    columns = [first[0] - caption_x]
    row = [w for w in words if first[1] - 1 <= w[1] <= first[1] + 60]
    for cell in header[1:]:
        left = columns[-1] + caption_x + 1
        found = next((w for w in sorted(row, key=lambda w: (w[0], w[1])) if w[0] > left and starts(w, cell)), None)
        if found is None:
            return None
        columns.append(found[0] - caption_x)
    return columns


def check_column_positions(failures, where, pdf, root, lang):
    """Every table of `root` that splits in `pdf`: its parts' columns where the first part's are.
    Returns the number of split tables checked."""
    settings = layout_language("handbook-a4", lang)
    pages = page_lines(pdf)
    checked = 0
    for number, table in enumerate(root.iter("table"), start=1):
        label = squash(settings["table-label"].replace("{n}", str(number)))
        header = [text_of(th, lang) for th in table.find("thead").iter("th")]
        parts = []   # (page, header columns)
        for page, lines in enumerate(pages, start=1):
            for k, line in enumerate(lines):
                text = squash("".join(w[4] for w in line))
                # "Table 3." or "Table 3 (continued)", not "Table 30"
                if line and text.startswith(label) and not text[len(label):len(label) + 1].isdigit():
                    columns = header_columns(lines, k, header)
                    if columns is not None:
                        parts.append((page, columns))
        if len(parts) < 2:
            continue
        checked += 1
        first_page, first = parts[0]
        for page, columns in parts[1:]:
            worst = max(abs(a - b) for a, b in zip(first, columns))
            failures.check(worst <= SAME_COLUMN,
                           f"{where} {lang} table {number} ({table.get('id')}): the part on p. {page} has its "
                           f"columns at {[round(c, 2) for c in columns]} pt, the part on p. {first_page} at "
                           f"{[round(c, 2) for c in first]} pt (off by {worst:.2f} pt)")
        print(f"{where} {lang} table {number} ({table.get('id')}): {len(parts)} parts on pages "
              f"{[p for p, _ in parts]}, {len(first)} columns at {[round(c, 1) for c in first]} pt "
              f"from the caption, the same in every part")
    return checked


def main():
    require("pdftotext", "gs")
    failures = Failures()
    scratch = OUT / "handbook-tables"
    shutil.rmtree(scratch, ignore_errors=True)
    r = brochure("build", FIXTURE, "--edition", "digital", "--dump", "--no-preview", "--out", scratch)
    if r.returncode != 0:
        failures.check(False, f"build: exit {r.returncode}: {r.stderr[-800:]}")
        failures.finish("handbook_table_split")
    geometry = layout_geometry("handbook-a4")
    root = _load(FIXTURE)
    for lang in LANGUAGES:
        folder = scratch / "hb-tables"
        dump = read_dump(folder / f"hb-tables.{lang}.dump.txt")
        pdf = folder / f"hb-tables.{lang}.digital.pdf"
        settings = layout_language("handbook-a4", lang)
        built = Built(lang, dump, poppler_pages(pdf, geometry.width, geometry.height, len(dump)), text_pages(pdf), settings)
        lots = source_table(root, "land-lots", False, lang, settings)
        parts = check_table(failures, lots, built, geometry)
        if parts:
            check_decimals(failures, lots, built, parts, (2, 3), pdf)   # area, capital
        check_table(failures, source_table(root, "new-projects", True, lang, settings), built, geometry)
        failures.check(check_column_positions(failures, "fixture", pdf, root, lang) == 2,
                       f"fixture {lang}: the two long tables were not both found split")

    # The sample handbook, as the samples are built.
    sample = CONTENT / "handbook.xml"
    r = brochure("build", sample, "--edition", "digital", "--no-preview", "--out", scratch)
    failures.check(r.returncode == 0, f"sample handbook: exit {r.returncode}: {r.stderr[-800:]}")
    sample_root = _load(sample)
    pub_id = sample_root.get("id")
    split = {lang: check_column_positions(failures, "handbook", scratch / pub_id / f"{pub_id}.{lang}.digital.pdf",
                                          sample_root, lang) for lang in LANGUAGES}
    print(f"sample handbook: split tables per language {split}")
    failures.check(sum(split.values()) >= 1, f"no split table found in the sample handbook: {split}")
    failures.finish("handbook_table_split")


if __name__ == "__main__":
    main()
