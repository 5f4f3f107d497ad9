"""Line quality of a PDF measured from poppler's word boxes (`pdftotext -bbox-layout`), not from
anything the engine knows about its own lines: loose justified lines, hyphenated line ends,
CJK paragraphs ending in a line of one or two characters, letter-spaced Latin or digit runs,
a number split from its unit, and hyphens inserted into URLs.

`python3 tests/e2e/line_quality.py FOLDER` prints the table for every sample publication and
language found in FOLDER (the output of `brochure build`); test_line_quality.py asserts the
thresholds of issue 8 on the samples the e2e fixture builds."""
import html
import re
import statistics
import subprocess
import sys
import unicodedata
from dataclasses import dataclass, field

# Words that measure or count what a number before them says. A line ending in a number and the
# next line starting with one of these splits a quantity (issue 8: "117 | ha", "1 | 个").
UNITS = {
    "vi": {"ha", "km", "km²", "m", "m²", "m³", "mw", "kv", "%", "tỷ", "triệu", "nghìn", "người", "tấn", "usd",
           "đồng", "năm", "tháng", "ngày", "giờ", "phút", "teu", "dwt"},
    "en": {"ha", "km", "km²", "m", "m²", "m³", "mw", "kv", "%", "billion", "million", "thousand", "tonnes",
           "tons", "usd", "years", "year", "months", "days", "hours", "minutes", "teu", "dwt", "hectares"},
    "ru": {"га", "км", "км²", "м", "м²", "м³", "мвт", "кв", "%", "млрд", "млн", "тыс.", "тыс", "человек", "чел.",
           "тонн", "т", "долл.", "usd", "лет", "год", "года", "месяцев", "дней", "часов", "минут",
           "teu", "dwt", "гектаров"},
    "ko": {"ha", "km", "km²", "m", "m²", "mw", "kv", "%", "teu", "dwt", "usd"},
}
# Hangul counters and units written after a number, with or without a space ("39건", "1만").
KO_COUNTERS = "명개건년월일만억원조곳차위배시분초호층석동ha"


@dataclass
class Word:
    x0: float
    y0: float
    x1: float
    y1: float
    text: str


@dataclass
class Line:
    page: int
    block: int
    words: list = field(default_factory=list)
    page_edges: list = None   # (right, left) of the justified edges of the line's page
    edge: float = None        # the right edge of its column, when justified

    @property
    def x0(self):
        return self.words[0].x0

    @property
    def x1(self):
        return self.words[-1].x1

    @property
    def y0(self):
        return min(w.y0 for w in self.words)

    @property
    def height(self):
        return max(w.y1 for w in self.words) - self.y0

    @property
    def text(self):
        return " ".join(w.text for w in self.words)


WORD = re.compile(r'<word xMin="([-\d.]+)" yMin="([-\d.]+)" xMax="([-\d.]+)" yMax="([-\d.]+)">(.*?)</word>')


def read_lines(pdf):
    """Every line poppler finds, page by page, in its reading order."""
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", "-bbox-layout", str(pdf), "-"], capture_output=True,
                         text=True, encoding="utf-8", errors="replace", check=True).stdout
    lines, page, block = [], 0, 0
    current = None
    for token in re.finditer(r"<page |<block |<line |</line>|<word [^>]*>.*?</word>", out):
        t = token.group(0)
        if t.startswith("<page"):
            page += 1
        elif t.startswith("<block"):
            block += 1
        elif t.startswith("<line"):
            current = Line(page, block)
        elif t == "</line>":
            if current and current.words:
                lines.append(current)
            current = None
        elif current is not None:
            m = WORD.match(t)
            current.words.append(Word(*map(float, m.groups()[:4]), html.unescape(m.group(5))))
    return lines


def is_latin_or_digit(ch):
    """A letter or digit of an alphabet set letter by letter (Latin, Vietnamese, Cyrillic)."""
    return ch.isalnum() and ord(ch) < 0x2E80


def is_cjk(ch):
    name = unicodedata.name(ch, "")
    return name.startswith(("CJK UNIFIED", "HIRAGANA", "KATAKANA", "HANGUL", "CJK COMPATIBILITY IDEOGRAPH"))


LEADERS = re.compile(r"\.\s*\.\s*\.\s*\.")  # the dot leaders of a contents page


# Marks that optical margin alignment lets stand partly in the right margin (hang-punctuation).
HANGING = "-\u00ad\u2010.,:;\u2013\u2014\u2019\u201d\u00bb\"'"


def hangs(line, right):
    """The line ends in a hanging mark that stands past the edge by less than the mark itself
    (at most a third of the line's height: a hyphen or full stop is narrower than that)."""
    return line.text[-1:] in HANGING and 0 < line.x1 - right <= line.height / 3


def justified_lines(lines, min_words=2):
    """Lines set full measure in a column: at least three lines of a page end at the same right
    edge (within 0.3 pt, or past it by part of a final hyphen or stop that hangs in the margin)
    and start at the same left edge; a line belongs when it ends there and
    starts at that left edge or within 3 em of it (a first-line indent). Lines of one word, and
    the rows of a contents page (leader dots), are not justified text."""
    by_page = {}
    for line in lines:
        by_page.setdefault(line.page, []).append(line)
    out = []
    for page_lines in by_page.values():
        candidates = [l for l in page_lines if len(l.words) >= min_words and not LEADERS.search(l.text)]
        edges, edges_found = {}, []
        for line in candidates:
            edges.setdefault(round(line.x1 * 2) / 2, []).append(line)
        for right, group in edges.items():
            group = [l for l in candidates if abs(l.x1 - right) <= 0.3]
            lefts = {}
            for l in group:
                lefts.setdefault(round(l.x0), []).append(l)
            left, members = max(lefts.items(), key=lambda kv: len(kv[1]))
            if len(members) < 3:
                continue
            # An edge three lines share exactly: lines that hang a final mark past it belong too.
            group += [l for l in candidates if hangs(l, right)]
            edges_found.append((right, left))
            for l in group:
                if left - 0.5 <= l.x0 <= left + 3 * l.height and l not in out:
                    out.append(l)
        # A line's edge is the leftmost one it reaches: hyphens hanging in the margin line up
        # with one another too, a little right of the column's true edge.
        for l in out:
            if l.page_edges is None:
                l.page_edges = edges_found
    for l in out:
        l.edge = min((right for right, left in l.page_edges
                      if left - 0.5 <= l.x0 <= left + 3 * l.height and right - 0.3 <= l.x1 <= right + l.height / 3),
                     default=l.x1)
    return out


def overhangs(lines):
    """How far justified lines stand past their column's edge (pt), for lines ending in a hyphen
    and for lines ending in a letter or digit: optical margin alignment hangs the first, never
    the second."""
    found = {"hyphen": [], "letter": []}
    for line in justified_lines(lines):
        last = line.text[-1:]
        if last in HYPHENS:
            found["hyphen"].append(line.x1 - line.edge)
        elif last.isalnum():
            found["letter"].append(line.x1 - line.edge)
    return found


def gaps(line):
    return [b.x0 - a.x1 for a, b in zip(line.words, line.words[1:])]


def loose_lines(lines):
    """(share of loose lines, worst mean gap ÷ median, [worst lines]) over the justified lines
    with word spaces; gaps are measured in units of the line's height, so sizes compare."""
    spaced = [l for l in justified_lines(lines) if len(l.words) >= 2]
    if not spaced:
        return 0.0, 0.0, []
    all_gaps = [g / l.height for l in spaced for g in gaps(l)]
    median = statistics.median(all_gaps)
    ratios = sorted(((statistics.mean(gaps(l)) / l.height / median, l) for l in spaced), key=lambda r: -r[0])
    loose = [r for r in ratios if r[0] > 1.5]
    return len(loose) / len(spaced), ratios[0][0], [(round(r, 2), l.page, l.text[:70]) for r, l in ratios[:5]]


HYPHENS = ("-", "\u00ad", "\u2010")


def hyphenated_ends(lines):
    """(share of justified lines ending in a hyphen, longest run of such lines in a row)."""
    just = justified_lines(lines)
    if not just:
        return 0.0, 0
    flags = [l.words[-1].text.endswith(HYPHENS) for l in just]
    longest = run = 0
    previous = None
    for line, flag in zip(just, flags):
        consecutive = previous is not None and follows(previous, line)
        run = (run + 1 if consecutive else 1) if flag else 0
        longest = max(longest, run)
        previous = line
    return sum(flags) / len(just), longest


def follows(previous, line):
    """`line` is the next line of the same column as `previous`."""
    return (previous.page == line.page and abs(previous.x0 - line.x0) < 3 * line.height and
            0 < line.y0 - previous.y0 < 1.6 * line.height)


def short_last_lines(lines):
    """CJK paragraphs whose last line holds one or two characters: a line of ≤ 2 characters
    after a line set full measure in the same column."""
    full = {id(l) for l in justified_lines(lines, min_words=1)}
    found = []
    for previous, line in zip(lines, lines[1:]):
        chars = "".join(w.text for w in line.words)
        if 1 <= len(chars) <= 2 and id(previous) in full and follows(previous, line) and any(is_cjk(c) for c in previous.text):
            found.append((line.page, previous.text[-12:] + " | " + chars))
    return found


def letter_spaced_runs(lines):
    """Latin or digit runs letter-spaced apart in a CJK line: poppler splits a spaced-out word
    into one-letter words ("2 0 2 5年", "X i n d a"). Two such joins in a row are a spaced-out
    word; one alone can be a real one-letter word ("Bờ Y")."""
    found = []
    for line in lines:
        if not any(is_cjk(c) for c in line.text) or LEADERS.search(line.text):
            continue
        in_a_row = 0
        for a, b in zip(line.words, line.words[1:]):
            spaced = (is_latin_or_digit(a.text[-1]) and is_latin_or_digit(b.text[0]) and
                      (len(a.text) == 1 or len(b.text) == 1 or (a.text[-1].isdigit() and b.text[0].isdigit())) and
                      b.x0 - a.x1 < 0.2 * line.height)
            in_a_row = in_a_row + 1 if spaced else 0
            if in_a_row >= 2:
                found.append((line.page, line.text[:60]))
                break
    return found


NUMBER_END = re.compile(r"\d$")


def unit_splits(lines, lang):
    """A line ending in a number whose next line starts with its unit or counter."""
    found = []
    units = UNITS.get(lang, set())
    for previous, line in zip(lines, lines[1:]):
        if not follows(previous, line) or not NUMBER_END.search(previous.words[-1].text):
            continue
        if (len(previous.words) == 1 and re.fullmatch(r"[\d.,]+", previous.text)) or LEADERS.search(previous.text):
            continue  # a folio or a contents page number, not a quantity
        first = line.words[0].text
        word = first.rstrip(",.;:)）、，。").lower()
        split = False
        if lang in ("zh", "ja"):
            split = is_cjk(first[0]) or first[0] in "%％"
        elif lang == "ko":
            split = first[0] in KO_COUNTERS or word in units
        else:
            split = word in units
        if split:
            found.append((line.page, previous.words[-1].text + " | " + first))
    return found


URLISH = re.compile(r"(https?://|www\.|@|\.(gov|com|org|net|edu)\.?|\.vn\b)", re.I)


def url_hyphens(lines):
    """A URL, host name or e-mail address broken at a line end with a hyphen it does not have."""
    found = []
    for previous, line in zip(lines, lines[1:]):
        last = previous.words[-1].text
        if last.endswith(HYPHENS) and (URLISH.search(last) or URLISH.search(line.words[0].text)) and follows(previous, line):
            found.append((line.page, last + " | " + line.words[0].text))
    return found


def dash_openings(lines):
    """Lines that open with a spaced dash ("— с провинцией"): the dash belongs at the end of the
    line before, with the word it follows."""
    return [(l.page, l.text[:50]) for l in lines if len(l.words) >= 2 and l.words[0].text in ("\u2014", "\u2013")]


def measure(pdf, lang):
    lines = read_lines(pdf)
    loose, worst, worst_lines = loose_lines(lines)
    hyphen_share, hyphen_run = hyphenated_ends(lines)
    return {
        "justified lines": len(justified_lines(lines)),
        "loose share": loose, "worst ratio": worst, "worst lines": worst_lines,
        "hyphen share": hyphen_share, "hyphen run": hyphen_run,
        "short last lines": short_last_lines(lines) if lang in ("zh", "ja") else [],
        "letter-spaced": letter_spaced_runs(lines) if lang in ("zh", "ja", "ko") else [],
        "unit splits": unit_splits(lines, lang),
        "url hyphens": url_hyphens(lines),
        "dash openings": dash_openings(lines),
    }


PUBLICATIONS = ("qn-handbook", "qn-leaflet", "qn-flyer")
LANGUAGES = ("vi", "en", "zh", "ru", "ko", "ja")


def measure_folder(folder):
    """{(publication, lang): figures} for every digital PDF of the samples in `folder`."""
    import pathlib
    results = {}
    for publication in PUBLICATIONS:
        for lang in LANGUAGES:
            pdf = pathlib.Path(folder) / publication / f"{publication}.{lang}.digital.pdf"
            if pdf.exists():
                results[publication, lang] = measure(pdf, lang)
    return results


def pooled(results, lang):
    """The figures of one language over all publications: shares weighted by line count."""
    rows = [r for (p, l), r in results.items() if l == lang]
    n = sum(r["justified lines"] for r in rows) or 1
    return {
        "loose share": sum(r["loose share"] * r["justified lines"] for r in rows) / n,
        "worst ratio": max((r["worst ratio"] for r in rows), default=0),
        "hyphen share": sum(r["hyphen share"] * r["justified lines"] for r in rows) / n,
        "hyphen run": max((r["hyphen run"] for r in rows), default=0),
        "short last lines": sum(len(r["short last lines"]) for r in rows),
        "letter-spaced": sum(len(r["letter-spaced"]) for r in rows),
        "unit splits": sum(len(r["unit splits"]) for r in rows),
        "url hyphens": sum(len(r["url hyphens"]) for r in rows),
        "dash openings": sum(len(r["dash openings"]) for r in rows),
        "justified lines": n,
    }


def table(results):
    rows = [("justified lines", "{:.0f}"), ("loose share", "{:.1%}"), ("worst ratio", "{:.2f}×"),
            ("hyphen share", "{:.1%}"), ("hyphen run", "{}"), ("short last lines", "{}"),
            ("letter-spaced", "{}"), ("unit splits", "{}"), ("url hyphens", "{}"), ("dash openings", "{}")]
    figures = {lang: pooled(results, lang) for lang in LANGUAGES}
    out = ["| | " + " | ".join(LANGUAGES) + " |", "|---" * (len(LANGUAGES) + 1) + "|"]
    for name, fmt in rows:
        out.append(f"| {name} | " + " | ".join(fmt.format(figures[l][name]) for l in LANGUAGES) + " |")
    return "\n".join(out)


if __name__ == "__main__":
    results = measure_folder(sys.argv[1])
    print(table(results))
    if "-v" in sys.argv:
        for key, r in results.items():
            for name in ("worst lines", "short last lines", "letter-spaced", "unit splits", "url hyphens", "dash openings"):
                for item in r[name]:
                    print(key, name, item)
