#!/usr/bin/env python3
"""The print edition is reproducible: the sample handbook built twice more, into separate folders,
gives print PDFs (and preflight reports) byte for byte identical to each other and to the ones
the sample build wrote beside all the other jobs. Two languages: Vietnamese (TrueType faces,
combining marks) and Japanese (CFF CJK faces)."""
import shutil

from support import CONTENT, OUT, PUBLICATIONS, SAMPLES, Failures, brochure, sample_pdf

PUBLICATION = "qn-handbook"
LANGS = ("vi", "ja")


def first_difference(a, b):
    for i, (x, y) in enumerate(zip(a, b)):
        if x != y:
            return i
    return min(len(a), len(b))


def main():
    failures = Failures()
    scratch = OUT / "print_determinism"
    shutil.rmtree(scratch, ignore_errors=True)
    builds = []
    for run in ("first", "second"):
        result = brochure("build", CONTENT / PUBLICATIONS[PUBLICATION], "--lang", ",".join(LANGS), "--edition", "print",
                          "--no-preview", "--out", scratch / run)
        failures.check(result.returncode == 0, f"{run} build: exit {result.returncode}: {result.stderr[-500:]}")
        builds.append(scratch / run / PUBLICATION)
    builds.append(SAMPLES / PUBLICATION)
    for lang in LANGS:
        sample_pdf(PUBLICATION, lang, "print")  # says so if the samples are missing
        for suffix in ("print.pdf", "preflight.json"):
            name = f"{PUBLICATION}.{lang}.{suffix}"
            files = [folder / name for folder in builds]
            if not failures.check(all(f.exists() for f in files), f"{name}: missing in {[str(f) for f in files]}"):
                continue
            reference = files[0].read_bytes()
            for other in files[1:]:
                data = other.read_bytes()
                failures.check(data == reference, f"{name}: {files[0]} and {other} differ from byte "
                                                  f"{first_difference(reference, data)} ({len(reference)}, {len(data)} bytes)")
    shutil.rmtree(scratch, ignore_errors=True)
    failures.finish("print_determinism")


if __name__ == "__main__":
    main()
