#!/usr/bin/env python3
"""Builds every sample publication in every language and edition, as the README's main command
does, into the e2e output folder. Other end-to-end tests read these files (a CTest fixture)."""
import shutil
import sys

from support import BROCHURE, CONTENT, LANGUAGES, PUBLICATIONS, SAMPLES, brochure


def main():
    if not BROCHURE.exists():
        sys.exit(f"{BROCHURE} does not exist; build the engine first")
    shutil.rmtree(SAMPLES, ignore_errors=True)
    result = brochure("build", CONTENT, "--out", SAMPLES, "--dump")
    print(result.stdout)
    print(result.stderr, file=sys.stderr)
    if result.returncode != 0:
        sys.exit(f"brochure build exited with {result.returncode}")
    missing = []
    for publication in PUBLICATIONS:
        for lang in LANGUAGES:
            for suffix in ("digital.pdf", "print.pdf", "dump.txt"):
                path = SAMPLES / publication / f"{publication}.{lang}.{suffix}"
                if not path.exists() or path.stat().st_size == 0:
                    missing.append(str(path))
            if not (SAMPLES / publication / "preview" / lang / "contact-sheet.png").exists():
                missing.append(f"{publication} {lang} contact sheet")
    if missing:
        sys.exit("missing outputs:\n" + "\n".join(missing))
    leftovers = [p for p in SAMPLES.rglob(".*tmp*")]
    if leftovers:
        sys.exit(f"temporary files left behind: {leftovers}")
    print("build_samples: ok")


if __name__ == "__main__":
    main()
