#!/usr/bin/env python3
"""Issue 8's "done when", measured on the sample handbook, leaflet and flyer in all six
languages from poppler's word boxes (line_quality.py), not from the engine's own line data.

Where the total-fit composer does not reach the issue's target yet, the bound is the figure it
reaches today (DESIGN.md, Text, says why); the test reports every target still missed, and
fails when a figure gets worse than its bound. Tighten a bound when the engine improves."""
import statistics

from line_quality import LANGUAGES, measure_folder, overhangs, pooled, read_lines, table
from support import SAMPLES, Failures, sample_pdf

SPACED = ("vi", "en", "ru", "ko")   # justified at word spaces
HYPHENATED = ("en", "ru")
CJK = ("zh", "ja", "ko")

TARGET = {"loose share": 0.03, "worst ratio": 2.5, "hyphen share": 0.08, "hyphen run": 2}
# Today's bounds where the target is not met (greedy breaking measured 9.1 / 12.8 / 22.4 /
# 10.6 % loose lines in vi / en / ru / ko, 22.6 / 33.5 % hyphenated line ends in en / ru).
# Russian at 44 characters a line needs its hyphens: a hyphen penalty of 1000 instead of 200
# still hyphenates 21 % of the handbook's lines and leaves 9.4 % loose (DESIGN.md, Text).
BOUND = {
    ("ru", "loose share"): 0.05, ("ko", "loose share"): 0.14,
    ("ru", "worst ratio"): 5.1,
    ("ru", "hyphen share"): 0.30,
}


def check_hanging(f):
    """Optical margin alignment (the body style's hang-punctuation): in the handbook, a justified
    line ending in a hyphen stands past its column's edge by part of the hyphen (a Noto Serif
    hyphen at 9.5 pt is about 3 pt wide; half of it hangs), a line ending in a letter does not."""
    for lang in HYPHENATED:
        pdf = sample_pdf("qn-handbook", lang, "digital")
        found = overhangs(read_lines(pdf))
        hyphens, letters = found["hyphen"], found["letter"]
        hanging = [v for v in hyphens if v >= 0.5]
        median = statistics.median(hyphens) if hyphens else 0
        print(f"{lang}: {len(hanging)} of {len(hyphens)} hyphenated line ends hang, median {median:.2f} pt; "
              f"{sum(v > 0.35 for v in letters)} of {len(letters)} letter ends past the edge")
        f.check(len(hyphens) >= 10 and len(hanging) >= 0.85 * len(hyphens),
                f"{lang}: only {len(hanging)} of {len(hyphens)} hyphens hang in the margin")
        f.check(0.8 <= median <= 2.3, f"{lang}: hyphens hang {median:.2f} pt (half a hyphen is about 1.5 pt)")
        f.check(sum(v > 0.35 for v in letters) <= 0.02 * len(letters),
                f"{lang}: lines ending in a letter stand past the edge: {sorted(letters)[-5:]}")


def main():
    sample_pdf("qn-handbook", "vi", "digital")  # the fixture must have run
    results = measure_folder(SAMPLES)
    print(table(results))
    f = Failures()
    missed = []

    def bounded(lang, name, value, fmt):
        target = TARGET[name]
        bound = BOUND.get((lang, name), target)
        if value > target:
            missed.append(f"{lang} {name} {fmt.format(value)} (target {fmt.format(target)})")
        f.check(value <= bound, f"{lang}: {name} {fmt.format(value)} is above its bound {fmt.format(bound)}"
                                f"{' (issue 8 target ' + fmt.format(target) + ')' if bound != target else ''}")

    for lang in LANGUAGES:
        figures = pooled(results, lang)
        details = {name: [item for (p, l), r in results.items() if l == lang for item in r[name]]
                   for name in ("worst lines", "short last lines", "letter-spaced", "unit splits", "url hyphens",
                                "dash openings")}
        if lang in SPACED:
            f.check(figures["justified lines"] > 100, f"{lang}: only {figures['justified lines']} justified lines found")
            bounded(lang, "loose share", figures["loose share"], "{:.1%}")
            bounded(lang, "worst ratio", figures["worst ratio"], "{:.2f}×")
        if lang in HYPHENATED:
            bounded(lang, "hyphen share", figures["hyphen share"], "{:.1%}")
            bounded(lang, "hyphen run", figures["hyphen run"], "{}")
        if lang in ("zh", "ja"):
            f.check(not details["short last lines"], f"{lang}: paragraphs ending in 1–2 characters: {details['short last lines'][:5]}")
        if lang in CJK:
            f.check(not details["letter-spaced"], f"{lang}: letter-spaced Latin or digits: {details['letter-spaced'][:5]}")
        f.check(not details["unit splits"], f"{lang}: numbers split from their unit: {details['unit splits'][:5]}")
        f.check(not details["url hyphens"], f"{lang}: hyphens inserted into URLs: {details['url hyphens'][:5]}")
        f.check(not details["dash openings"], f"{lang}: lines opening with a spaced dash: {details['dash openings'][:5]}")
    check_hanging(f)
    for item in missed:
        print("issue 8 target not met yet:", item)
    f.finish("line_quality")


if __name__ == "__main__":
    main()
