#!/usr/bin/env python3
"""The content schema against real files, checked with xmllint (libxml2), not with our reader.

Every content file under content/ and every valid model fixture must validate against
content/schema/publication.rng; fixtures that break the structure must be rejected, at the
line of the mistake, so the schema is shown not to be permissive.
"""
import pathlib
import re
import shutil
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]
SCHEMA = ROOT / "content" / "schema" / "publication.rng"
DATA_SCHEMA = ROOT / "content" / "schema" / "data.rng"  # data files: the figures of a publication
FIXTURES = ROOT / "tests" / "fixtures" / "model"

# Bad fixtures the schema must reject: the text of the line xmllint has to name (None: any
# line) and a word its message has to contain.
REJECTED = {
    "bad-unknown-element.xml": ("<h1>", "h1"),
    "bad-unknown-attribute.xml": ('styel="lead"', "styel"),
    "bad-missing-attribute.xml": ('<figure width="column">', "figure"),
    "bad-wrong-kind.xml": ('<section id="overview">', "section"),
    "bad-values.xml": (None, "publication"),
}


def schema_for(path):
    """A data file (root <data>) has its own schema; everything else is content."""
    head = path.read_text(encoding="utf-8")[:4000]
    return DATA_SCHEMA if re.search(r"^<data[\s>]", head, re.M) else SCHEMA


def xmllint(path):
    """Return (validated, output) for one file."""
    run = subprocess.run(
        ["xmllint", "--noout", "--relaxng", str(schema_for(path)), str(path)],
        capture_output=True, text=True, encoding="utf-8", errors="replace")
    output = run.stdout + run.stderr
    if "failed to compile" in output:
        sys.exit(f"the schema does not compile:\n{output}")
    return run.returncode == 0, output


def line_of(path, text):
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if text in line:
            return number
    sys.exit(f"{path}: no line contains {text!r}; fix REJECTED in {__file__}")


def valid_files():
    content = sorted(p for p in (ROOT / "content").rglob("*.xml") if p.is_file())
    fixtures = sorted(p for p in FIXTURES.rglob("*.xml")
                      if not any(part.startswith("bad-") for part in p.relative_to(FIXTURES).parts))
    return content, fixtures


def main():
    if shutil.which("xmllint") is None:
        sys.exit("xmllint is not installed (Debian package libxml2-utils)")
    failures = []

    content, fixtures = valid_files()
    if len(fixtures) < 3:
        failures.append(f"expected the valid model fixtures in {FIXTURES}, found {len(fixtures)}")
    for path in content + fixtures:
        valid, output = xmllint(path)
        if not valid:
            failures.append(f"{path.relative_to(ROOT)} should validate:\n{output}")

    for name, (line_text, word) in REJECTED.items():
        path = FIXTURES / name
        valid, output = xmllint(path)
        if valid:
            failures.append(f"{path.relative_to(ROOT)} should be rejected by the schema")
            continue
        lines = [f"{int(n)}" for n in re.findall(rf"{re.escape(str(path))}:(\d+):", output)]
        if line_text is not None and str(line_of(path, line_text)) not in lines[:1]:
            failures.append(f"{path.relative_to(ROOT)}: expected the first error at line "
                            f"{line_of(path, line_text)}, got lines {lines}:\n{output}")
        if word not in output:
            failures.append(f"{path.relative_to(ROOT)}: expected {word!r} in:\n{output}")

    checked = len(content) + len(fixtures) + len(REJECTED)
    if failures:
        print("\n\n".join(failures), file=sys.stderr)
        print(f"{len(failures)} of {checked} schema checks failed", file=sys.stderr)
        return 1
    print(f"schema: {len(content)} content files and {len(fixtures)} fixtures validate, "
          f"{len(REJECTED)} bad fixtures rejected")
    return 0


if __name__ == "__main__":
    sys.exit(main())
