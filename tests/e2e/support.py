"""Shared helpers of the end-to-end tests: where things are, running the engine and the
independent tools (poppler, qpdf, Ghostscript), and reading the source text of a publication
back from the XML with Python's own parser, so the check does not trust the engine's reader."""
import os
import pathlib
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET

ROOT = pathlib.Path(__file__).resolve().parents[2]
BROCHURE = pathlib.Path(os.environ.get("BROCHURE", ROOT / "build" / "brochure"))
OUT = pathlib.Path(os.environ.get("BROCHURE_E2E_OUT", ROOT / "build" / "tests" / "e2e"))
SAMPLES = OUT / "samples"          # written once by test_build_samples.py (a CTest fixture)
CONTENT = ROOT / "content" / "quang-ngai"
LANGUAGES = ["vi", "en", "zh", "ru", "ko", "ja"]
PUBLICATIONS = {"qn-handbook": "handbook.xml", "qn-leaflet": "leaflet.xml", "qn-flyer": "flyer.xml"}
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


class Failures:
    """Collects failed checks so one run reports all of them; exits non-zero at the end."""

    def __init__(self):
        self.items = []

    def check(self, condition, message):
        if not condition:
            self.items.append(message)
        return condition

    def finish(self, what):
        if self.items:
            for item in self.items[:60]:
                print("FAIL:", item)
            if len(self.items) > 60:
                print(f"... and {len(self.items) - 60} more")
            sys.exit(f"{what}: {len(self.items)} failure(s)")
        print(f"{what}: ok")


def require(*tools):
    for tool in tools:
        if shutil.which(tool) is None:
            sys.exit(f"{tool} is not installed; ./setup.sh installs it")


def run(args, **kwargs):
    return subprocess.run([str(a) for a in args], capture_output=True, text=True, encoding="utf-8",
                          errors="replace", **kwargs)


def brochure(*args, **kwargs):
    return run([BROCHURE, *args], **kwargs)


def sample_pdf(publication, lang, edition):
    path = SAMPLES / publication / f"{publication}.{lang}.{edition}.pdf"
    if not path.exists():
        sys.exit(f"{path} is missing: the fixture test 'e2e: build_samples' must run first")
    return path


def pdftotext(pdf, first=None, last=None):
    args = ["pdftotext", "-enc", "UTF-8"]
    if first:
        args += ["-f", str(first)]
    if last:
        args += ["-l", str(last)]
    result = run(args + [pdf, "-"])
    if result.returncode != 0:
        raise RuntimeError(f"pdftotext {pdf}: {result.stderr}")
    return result.stdout


def pdf_pages(pdf):
    info = run(["pdfinfo", pdf]).stdout
    return int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))


# --- the source, read independently -------------------------------------------------------

def _load(path):
    """The element tree of a publication with every <include> replaced by the included root."""
    tree = ET.parse(path)
    root = tree.getroot()

    def expand(element, folder):
        for index, child in enumerate(list(element)):
            if child.tag == "include":
                target = (folder / child.get("href")).resolve()
                included = ET.parse(target).getroot()
                expand(included, target.parent)
                element.remove(child)
                element.insert(index, included)
            else:
                expand(child, folder)

    expand(root, pathlib.Path(path).parent)
    return root


def format_number(value, decimals, lang):
    decimal, group = {"vi": (",", "."), "ru": (",", "\u00a0")}.get(lang, (".", ","))
    text = f"{abs(float(value)):.{int(decimals)}f}"
    integer, _, fraction = text.partition(".")
    grouped = ""
    for i, digit in enumerate(integer):
        if i and (len(integer) - i) % 3 == 0:
            grouped += group
        grouped += digit
    return ("\u2212" if float(value) < 0 else "") + grouped + (decimal + fraction if fraction else "")


def _inline_text(element, lang):
    parts = [element.text or ""]
    for child in element:
        if child.tag == "num":
            parts.append(format_number(child.get("value"), child.get("decimals", "0"), lang))
        elif child.tag == "br":
            parts.append(" ")
        else:
            parts.append(_inline_text(child, lang))
        parts.append(child.tail or "")
    return "".join(parts)


def text_of(element, lang):
    """The text of a text-bearing element in `lang`: its <t xml:lang> or its neutral content."""
    translations = [t for t in element if t.tag == "t"]
    if translations:
        for t in translations:
            if t.get(XML_LANG) == lang:
                return " ".join(_inline_text(t, lang).split())
        return ""
    return " ".join(_inline_text(element, lang).split())


def source_texts(publication_file, lang, tags=("h", "p", "li")):
    """(tag, text) of every element with one of `tags`, in document order."""
    root = _load(CONTENT / publication_file if not os.path.isabs(publication_file) else publication_file)
    out = []
    for element in root.iter():
        if element.tag in tags:
            text = text_of(element, lang)
            if text:
                out.append((element.tag, text))
    return out


def headings(publication_file, lang, max_level=3):
    """Section headings (level, id, title) in document order."""
    root = _load(CONTENT / publication_file)
    out = []

    def walk(element, level):
        for child in element:
            if child.tag == "section":
                title = child.find("h")
                out.append((level, child.get("id"), text_of(title, lang) if title is not None else ""))
                walk(child, level + 1)

    walk(root, 1)
    return [h for h in out if h[0] <= max_level]


def squash(text):
    """Text compared without white space and soft hyphens: pdftotext breaks lines and columns
    its own way, and a hyphen the engine inserted at a line end stands for U+00AD."""
    text = text.replace("\u00ad", "")
    return re.sub(r"\s+", "", text)
