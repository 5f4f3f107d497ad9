#!/usr/bin/env python3
"""Every layout in layouts/ names layouts/schema/layout.rng in its <?xml-model?> and validates
against it with xmllint; the schema rejects the bad fixtures and single faults written into a
good layout, so it is no schema that accepts everything. Run from the repository root."""
import glob
import os
import subprocess
import sys
import tempfile

SCHEMA = "layouts/schema/layout.rng"
MODEL_PI = '<?xml-model href="schema/layout.rng" type="application/xml" ' \
           'schematypens="http://relaxng.org/ns/structure/1.0"?>'

# Faults a schema can see, each written into handbook-a4.xml on its own: (what, original, faulty).
FAULTS = [
    ("a length without a unit xmllint knows", '<page width="210mm"', '<page width="12 furlongs"'),
    ("a percentage without %", 'max-ink="300%"', 'max-ink="300"'),
    ("an RGB value without #", 'rgb="#005587"', 'rgb="005587"'),
    ("a CMYK value with three numbers", 'cmyk="100 55 0 30"', 'cmyk="100 55 0"'),
    ("an unknown attribute", '<master name="cover">', '<master name="cover" colour="sea">'),
    ("an unknown element", '<masters>', '<masters><template name="x"/>'),
    ("a size neither a length nor a percentage", '<style name="body" font="text" size="9.5pt"',
     '<style name="body" font="text" size="9.5 points"'),
    ("a leading neither a length nor a ratio", 'size="9.5pt" leading="1.421"', 'size="9.5pt" leading="1,421"'),
    ("a removal that is not true", '<master name="notes">', '<master name="notes" remove="yes">'),
    ("a language without code", '<language code="vi" name="Tiếng Việt"', '<language name="Tiếng Việt"'),
]

# Fixtures of the unit tests whose fault is visible to the schema.
BAD_FIXTURES = [
    "tests/fixtures/style/bad-unknown-element.xml",
    "tests/fixtures/style/bad-length.xml",
    "tests/fixtures/style/several-faults.xml",
]


def xmllint(path):
    return subprocess.run(["xmllint", "--noout", "--relaxng", SCHEMA, path],
                          capture_output=True, text=True)


def rejected(path):
    """True if xmllint parsed the file and the schema refused it (not a missing file or schema)."""
    result = xmllint(path)
    return result.returncode != 0 and "fails to validate" in result.stderr


def main():
    failures = []
    layouts = sorted(glob.glob("layouts/*.xml"))
    if len(layouts) < 3:
        failures.append(f"expected handbook, leaflet and flyer layouts in layouts/, found {layouts}")
    for path in layouts:
        with open(path, encoding="utf-8") as f:
            text = f.read()
        if MODEL_PI not in text[:400]:
            failures.append(f"{path}: lacks {MODEL_PI}")
        result = xmllint(path)
        if result.returncode != 0:
            failures.append(f"{path} does not validate against {SCHEMA}:\n{result.stderr}")

    for path in BAD_FIXTURES:
        if not rejected(path):
            failures.append(f"{path}: the schema accepts a bad layout")

    with open("layouts/handbook-a4.xml", encoding="utf-8") as f:
        good = f.read()
    with tempfile.TemporaryDirectory() as folder:
        for what, original, faulty in FAULTS:
            if original not in good:
                failures.append(f"fault '{what}': handbook-a4.xml no longer contains {original!r}")
                continue
            path = os.path.join(folder, "handbook-a4.xml")
            with open(path, "w", encoding="utf-8") as f:
                f.write(good.replace(original, faulty, 1))
            if not rejected(path):
                failures.append(f"the schema accepts {what}: {faulty!r}")

    for failure in failures:
        print("FAIL:", failure, file=sys.stderr)
    print(f"{len(layouts)} layouts, {len(BAD_FIXTURES)} bad fixtures, {len(FAULTS)} faults checked")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
