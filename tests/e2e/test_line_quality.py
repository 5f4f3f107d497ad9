#!/usr/bin/env python3
"""Issue 8's "done when", measured on the sample handbook, leaflet and flyer in all six
languages from poppler's word boxes (line_quality.py), not from the engine's own line data."""
from line_quality import LANGUAGES, measure_folder, pooled, table
from support import SAMPLES, Failures, sample_pdf

SPACED = ("vi", "en", "ru", "ko")   # justified at word spaces
HYPHENATED = ("en", "ru")
CJK = ("zh", "ja", "ko")


def main():
    sample_pdf("qn-handbook", "vi", "digital")  # the fixture must have run
    results = measure_folder(SAMPLES)
    print(table(results))
    f = Failures()
    for lang in LANGUAGES:
        figures = pooled(results, lang)
        details = {name: [item for (p, l), r in results.items() if l == lang for item in r[name]]
                   for name in ("worst lines", "short last lines", "letter-spaced", "unit splits", "url hyphens")}
        if lang in SPACED:
            f.check(figures["justified lines"] > 100, f"{lang}: only {figures['justified lines']} justified lines found")
            f.check(figures["loose share"] <= 0.03, f"{lang}: {figures['loose share']:.1%} loose lines (> 3 %)")
            f.check(figures["worst ratio"] <= 2.5,
                    f"{lang}: a line's word gap is {figures['worst ratio']:.2f}× the median (> 2.5×): "
                    f"{details['worst lines'][:3]}")
        if lang in HYPHENATED:
            f.check(figures["hyphen share"] <= 0.08, f"{lang}: {figures['hyphen share']:.1%} hyphenated line ends (> 8 %)")
            f.check(figures["hyphen run"] <= 2, f"{lang}: {figures['hyphen run']} hyphenated lines in a row (> 2)")
        if lang in ("zh", "ja"):
            f.check(not details["short last lines"], f"{lang}: paragraphs ending in 1–2 characters: {details['short last lines'][:5]}")
        if lang in CJK:
            f.check(not details["letter-spaced"], f"{lang}: letter-spaced Latin or digits: {details['letter-spaced'][:5]}")
        f.check(not details["unit splits"], f"{lang}: numbers split from their unit: {details['unit splits'][:5]}")
        f.check(not details["url hyphens"], f"{lang}: hyphens inserted into URLs: {details['url hyphens'][:5]}")
    f.finish("line_quality")


if __name__ == "__main__":
    main()
