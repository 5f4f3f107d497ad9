#!/usr/bin/env python3
"""Incremental builds rebuild exactly the jobs an input change concerns, and give the bytes a
clean build gives.

A small handbook in three languages (en, ru, vi) is written into a scratch folder with its own
copies of everything a build reads that the test can change: the publication, an included
chapter, an image, a data file, a layout derived from a private copy of handbook-a4 (its base),
and the font configuration. Each step changes one kind of input (or an option, the engine
binary, an output file) and builds again; the progress lines must name as built exactly the
jobs the change concerns, and every other job "up to date":

  content text in one language     -> that language only
  language-neutral content          -> every language
  an included chapter (one language) -> that language only
  image, data file, layout, base layout, font configuration, a font added beside it,
  --edition, the engine binary      -> every language
  --lang en                         -> en only is planned, and it is up to date
  an output deleted or changed      -> the job it belongs to
  --rebuild                         -> every language

Which jobs are built is read from the progress lines and, independently, from the file system
(the languages whose output files were replaced: another inode); whether their outputs are right is
checked independently at the end: every file of the incremental folder is byte-identical
(SHA-256) to a clean build of the final inputs into a new folder, and no file is missing or extra.

Previews of unchanged pages are kept: after a one-word edit in one language, the preview files
whose bytes a clean build would leave as they were are the very same files (inode and
modification time unchanged: not written again), the page holding the edit (found with
pdftotext in the digital edition) is painted again, and every file equals a clean build's. A
longer text adds pages and a shorter one removes them again: the removed pages' previews are
gone, the rest again equals a clean build.

Last, builds killed with SIGKILL at random moments (seeded) while changing two languages: the
next build, of the old or of the new version, gives exactly the files of a clean build of that
version, so the manifest never claimed outputs the killed build had not committed.
"""
import hashlib
import random
import re
import shutil
import subprocess
import time

from support import BROCHURE, OUT, ROOT, Failures, pdf_pages, pdftotext, run

LANGUAGES = ["en", "ru", "vi"]

PUBLICATION = """<?xml version="1.0" encoding="UTF-8"?>
<publication id="inc" kind="handbook" layout="mini" data="figures.xml" languages="en ru vi">
  <meta>
    <title><t xml:lang="en">Incremental</t><t xml:lang="ru">Инкрементальная</t><t xml:lang="vi">Tăng dần</t></title>
    <date>2026-01-15</date>
  </meta>
  <section id="one">
    <h><t xml:lang="en">The port</t><t xml:lang="ru">Порт</t><t xml:lang="vi">Cảng</t></h>
    <p><t xml:lang="en">The deep-water port handles bulk cargo for the refinery.</t>
       <t xml:lang="ru">Глубоководный порт принимает навалочные грузы для завода.</t>
       <t xml:lang="vi">Cảng nước sâu tiếp nhận hàng rời cho nhà máy lọc dầu.</t></p>
    <p><t xml:lang="en">Growth was <num ref="growth"/> in the first half.</t>
       <t xml:lang="ru">Рост составил <num ref="growth"/> в первом полугодии.</t>
       <t xml:lang="vi">Tăng trưởng đạt <num ref="growth"/> trong nửa đầu năm.</t></p>
    <p>NEUTRAL</p>
    <figure id="chart" src="picture.png" width="column">
      <alt><t xml:lang="en">A chart.</t><t xml:lang="ru">Диаграмма.</t><t xml:lang="vi">Biểu đồ.</t></alt>
      <caption><t xml:lang="en">Growth.</t><t xml:lang="ru">Рост.</t><t xml:lang="vi">Tăng trưởng.</t></caption>
    </figure>
  </section>
  <include href="chapter.xml"/>
</publication>
"""

CHAPTER = """<?xml version="1.0" encoding="UTF-8"?>
<section id="two">
  <h><t xml:lang="en">Industrial parks</t><t xml:lang="ru">Индустриальные парки</t><t xml:lang="vi">Khu công nghiệp</t></h>
  <p><t xml:lang="en">Land is leased for fifty years.</t>
     <t xml:lang="ru">Земля сдаётся в аренду на пятьдесят лет.</t>
     <t xml:lang="vi">Đất được cho thuê năm mươi năm.</t></p>
</section>
"""

FIGURES = """<?xml version="1.0" encoding="UTF-8"?>
<data>
  <source id="S1" href="https://example.org/">Example source</source>
  <indicator id="growth" value="11.51" unit="%" decimals="2" date="2025-06" source="S1"/>
</data>
"""

LAYOUT = """<?xml version="1.0" encoding="UTF-8"?>
<layout id="mini" kind="handbook" base="handbook-a4">
  <paragraph-styles>
    <style name="body" parent="body" size="10pt" leading="14pt"/>
  </paragraph-styles>
</layout>
"""

PROGRESS = re.compile(r"^\[\d+/\d+\] (\S+) (\S+): (.*)$", re.M)


def snapshot(folder):
    """{relative path: sha256} of every output file (the manifest excepted)."""
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file() and p.name != ".manifest"}


class Scratch:
    def __init__(self, folder):
        self.folder = folder
        self.pub = folder / "content" / "book.xml"
        self.out = folder / "out"
        self.binary = BROCHURE

    def write(self, relative, text):
        (self.folder / relative).parent.mkdir(parents=True, exist_ok=True)
        (self.folder / relative).write_text(text, encoding="utf-8")

    def edit(self, relative, old, new):
        path = self.folder / relative
        text = path.read_text(encoding="utf-8")
        assert old in text, f"{old!r} not in {relative}"
        path.write_text(text.replace(old, new, 1), encoding="utf-8")

    def build(self, *options, out=None):
        return run([self.binary, "build", self.pub, "--out", out or self.out, "--jobs", "2", *options])


def replaced_languages(before, after):
    """Languages whose output files were put in place anew (another inode) or appeared: told by
    the file system, not by the engine's report."""
    languages = set()
    for path, inode in after.items():
        if before.get(path) != inode:
            match = re.match(r"inc/(?:inc\.([a-z]+)\.|preview/([a-z]+)/)", path)
            if match:
                languages.add(match.group(1) or match.group(2))
    return languages


def inodes(folder):
    return {str(p.relative_to(folder)): p.stat().st_ino for p in folder.rglob("*")
            if p.is_file() and p.name != ".manifest"} if folder.exists() else {}


def built_and_skipped(result):
    built, skipped = set(), set()
    for publication, lang, what in PROGRESS.findall(result.stdout):
        if what.endswith("up to date") or "up to date (" in what:
            skipped.add(lang)
        elif "→" in what:
            built.add(lang)
    return built, skipped


def picture_png():
    """A gray gradient of 1000 × 700 pixels (300 ppi at the 84 mm column it is placed in) as a
    PNG's bytes: the handbook's PNG map, which this test used, is drawn by the engine now."""
    import struct
    import zlib

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    rows = b"".join(b"\0" + bytes((x + y) * 255 // 1700 for x in range(1000)) for y in range(700))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 1000, 700, 8, 0, 0, 0, 0)) +
            chunk(b"IDAT", zlib.compress(rows, 6)) + chunk(b"IEND", b""))


def with_text_chunk(data):
    """The PNG's bytes with a tEXt chunk before IEND: the same picture in other bytes, so putting
    the original in its place is a change of image."""
    import struct
    import zlib
    body = b"tEXt" + b"Comment\0incremental build test"
    chunk = struct.pack(">I", len(body) - 4) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)
    at = data.rindex(b"IEND") - 4
    return data[:at] + chunk + data[at:]


def make_scratch(folder):
    """The handbook and private copies of everything a build reads that a test may change."""
    shutil.rmtree(folder, ignore_errors=True)
    s = Scratch(folder)
    # The build finds layouts/ and fonts/ by looking upwards from the publication, so these
    # copies are used rather than the project's own.
    s.write("content/book.xml", PUBLICATION)
    s.write("content/chapter.xml", CHAPTER)
    s.write("content/figures.xml", FIGURES)
    (folder / "content/picture.png").write_bytes(with_text_chunk(picture_png()))
    (folder / "layouts").mkdir()
    shutil.copy(ROOT / "layouts/handbook-a4.xml", folder / "layouts/handbook-a4.xml")
    shutil.copytree(ROOT / "layouts/color", folder / "layouts/color")  # the output profile it names
    s.write("layouts/mini.xml", LAYOUT)
    (folder / "fonts").mkdir()
    shutil.copy(ROOT / "fonts/fonts.conf", folder / "fonts/fonts.conf")
    return s


def main():
    failures = Failures()
    folder = OUT / "incremental"
    s = make_scratch(folder)

    def step(name, expected, *options, prepare=None):
        if prepare:
            prepare()
        before = inodes(s.out)
        result = s.build(*options)
        replaced = replaced_languages(before, inodes(s.out))
        built, skipped = built_and_skipped(result)
        planned = set(LANGUAGES) if not any(o == "--lang" for o in options) else set(options[options.index("--lang") + 1].split(","))
        ok = failures.check(result.returncode == 0, f"{name}: exit {result.returncode}\n{result.stdout[-2000:]}")
        ok = ok and failures.check(built == set(expected),
                                   f"{name}: built {sorted(built)}, expected {sorted(expected)}\n{result.stdout[-1500:]}")
        ok = ok and failures.check(skipped == planned - set(expected),
                                   f"{name}: up to date {sorted(skipped)}, expected {sorted(planned - set(expected))}")
        ok = ok and failures.check(replaced == set(expected),
                                   f"{name}: the files of {sorted(replaced)} were replaced, expected {sorted(expected)}")
        print(f"{name}: built {sorted(built)}" + ("" if ok else "  <-- FAIL"))
        return result

    step("first build", LANGUAGES)
    result = step("no change", [])
    failures.check("0 built, 3 up to date" in result.stdout, f"no change: summary\n{result.stdout[-400:]}")

    step("content text (ru)", ["ru"], prepare=lambda: s.edit("content/book.xml", "принимает навалочные", "принимает сыпучие"))
    step("content text (vi)", ["vi"], prepare=lambda: s.edit("content/book.xml", "hàng rời", "hàng hóa rời"))
    step("language-neutral content", LANGUAGES, prepare=lambda: s.edit("content/book.xml", "<p>NEUTRAL</p>", "<p>NEUTRAL 2026</p>"))
    step("include (en)", ["en"], prepare=lambda: s.edit("content/chapter.xml", "fifty years", "fifty years, renewable"))
    step("image", LANGUAGES, prepare=lambda: (folder / "content/picture.png").write_bytes(picture_png()))
    step("data file", LANGUAGES, prepare=lambda: s.edit("content/figures.xml", 'value="11.51"', 'value="11.52"'))
    step("layout", LANGUAGES, prepare=lambda: s.edit("layouts/mini.xml", 'leading="14pt"', 'leading="14.5pt"'))
    step("base layout", LANGUAGES, prepare=lambda: s.edit("layouts/handbook-a4.xml", "</layout>", "<!-- edited -->\n</layout>"))
    step("font configuration", LANGUAGES, prepare=lambda: s.edit("fonts/fonts.conf", "</fontconfig>", "<!-- edited -->\n</fontconfig>"))
    # A face added beside the configuration changes what fontconfig can choose from.
    step("font added", LANGUAGES, prepare=lambda: shutil.copy("/usr/share/fonts/truetype/noto/NotoMusic-Regular.ttf",
                                                              folder / "fonts/NotoMusic-Regular.ttf"))
    step("no change again", [])

    # Options: another edition set is another output set.
    step("--edition digital", LANGUAGES, "--edition", "digital")
    step("--edition digital again", [], "--edition", "digital")
    step("--lang en --edition digital", [], "--lang", "en", "--edition", "digital")
    step("--lang ru (all editions)", ["ru"], "--lang", "ru")
    step("all editions", ["en", "vi"])

    # The engine: the same program with one byte more is another engine as far as a build knows.
    engine = folder / "brochure-copy"
    shutil.copy(BROCHURE, engine)
    with open(engine, "ab") as f:
        f.write(b"\0")
    s.binary = engine
    step("engine binary", LANGUAGES)
    s.binary = BROCHURE
    step("engine binary back", LANGUAGES)

    # Outputs: a deleted or changed output makes its job build again.
    (s.out / "inc" / "inc.en.print.pdf").unlink()
    step("output deleted (en print)", ["en"])
    with open(s.out / "inc" / "preview" / "ru" / "page-001.png", "ab") as f:
        f.write(b"x")
    step("output changed (ru preview)", ["ru"])
    # A touched output with the same bytes is not a change.
    (s.out / "inc" / "inc.vi.digital.pdf").touch()
    step("output touched (same bytes)", [])
    step("--rebuild", LANGUAGES, "--rebuild")
    # Last, a job built alone: its previews are painted in a process beside the PDF writers, and
    # the comparison below shows they are the bytes a build of all jobs gives.
    step("content text (en), alone", ["en"], prepare=lambda: s.edit("content/book.xml", "bulk cargo", "dry bulk cargo"))

    # The incremental folder holds what a clean build of the final inputs gives.
    clean = folder / "clean"
    result = s.build(out=clean)
    failures.check(result.returncode == 0, f"clean build: exit {result.returncode}")
    incremental, reference = snapshot(s.out), snapshot(clean)
    failures.check(incremental.keys() == reference.keys(),
                   f"files differ: only incremental {sorted(incremental.keys() - reference.keys())[:5]}, "
                   f"only clean {sorted(reference.keys() - incremental.keys())[:5]}")
    different = [k for k in incremental.keys() & reference.keys() if incremental[k] != reference[k]]
    failures.check(not different, f"not byte-identical to a clean build: {sorted(different)[:8]}")
    print(f"incremental vs clean: {len(reference)} files compared, {len(different)} different")

    kept_previews(s, failures)
    killed_builds(s, failures)
    failures.finish("incremental builds")


def preview_files(folder, lang):
    """{file name: (inode, mtime in ns, sha256)} of a language's previews."""
    return {p.name: (p.stat().st_ino, p.stat().st_mtime_ns, hashlib.sha256(p.read_bytes()).hexdigest())
            for p in sorted((folder / "inc" / "preview" / lang).glob("*.png"))}


def identical_to_clean(s, failures, name):
    clean = s.folder / "clean-previews"
    shutil.rmtree(clean, ignore_errors=True)
    failures.check(s.build(out=clean).returncode == 0, f"{name}: clean build failed")
    got, reference = snapshot(s.out), snapshot(clean)
    wrong = sorted(k for k in got.keys() | reference.keys() if got.get(k) != reference.get(k))
    failures.check(not wrong, f"{name}: differs from a clean build: {wrong[:6]}")
    return reference


def kept_previews(s, failures):
    """A one-word edit repaints the pages whose pixels change and leaves the other preview files
    alone; pages that disappear take their previews with them."""
    s.build()
    before = preview_files(s.out, "en")
    s.edit("content/chapter.xml", "Land is leased", "Land is rented")
    result = s.build()
    failures.check(built_and_skipped(result)[0] == {"en"}, f"one word: built {built_and_skipped(result)[0]}")
    after = preview_files(s.out, "en")
    reference = identical_to_clean(s, failures, "one word")
    unchanged = [n for n in after if n in before and before[n][2] == reference[f"inc/preview/en/{n}"]]
    repainted = sorted(n for n in after if after[n][:2] != before.get(n, (None, None))[:2])
    rewritten_alike = [n for n in unchanged if after[n][:2] != before[n][:2]]
    failures.check(not rewritten_alike, f"one word: unchanged previews written again: {rewritten_alike}")
    pdf = s.out / "inc" / "inc.en.digital.pdf"
    edited = [f"page-{i:03d}.png" for i in range(1, pdf_pages(pdf) + 1) if "rented" in pdftotext(pdf, i, i)]
    failures.check(edited and all(n in repainted for n in edited),
                   f"one word: the edited page {edited} was not painted again (repainted: {repainted})")
    failures.check("contact-sheet.png" in repainted, "one word: the contact sheet was not made again")
    failures.check(len(unchanged) >= 1, f"one word: no preview kept of {sorted(after)}")
    print(f"one word (en): {len(repainted)} of {len(after)} preview files written ({', '.join(repainted)}), "
          f"{len(unchanged)} kept")

    # More pages, then fewer again: the previews of pages that no longer exist are removed.
    pages = len([n for n in after if n.startswith("page-")])
    filler = "Land is rented" + " again and again, year after year," * 500
    s.edit("content/chapter.xml", "Land is rented", filler)
    s.build()
    longer = [n for n in preview_files(s.out, "en") if n.startswith("page-")]
    failures.check(len(longer) > pages, f"longer text: {len(longer)} pages, not more than {pages}")
    s.edit("content/chapter.xml", filler, "Land is leased")
    s.build()
    shorter = [n for n in preview_files(s.out, "en") if n.startswith("page-")]
    failures.check(len(shorter) == pages, f"shorter again: {len(shorter)} previews, expected {pages}")
    identical_to_clean(s, failures, "pages removed")
    print(f"pages added and removed (en): {pages} -> {len(longer)} -> {len(shorter)} previews")


def killed_builds(s, failures):
    """A build killed (SIGKILL, no chance to clean up) at a random moment never leaves a manifest
    that claims outputs it did not commit: whatever was put in place, the next build of either
    version gives exactly a clean build's files of that version."""
    v1 = s.pub.read_text(encoding="utf-8")
    v2 = v1.replace("The port", "The harbour").replace("Порт", "Гавань")  # en and ru change
    references = {}
    for name, text in (("v1", v1), ("v2", v2)):
        s.pub.write_text(text, encoding="utf-8")
        out = s.folder / f"clean-{name}"
        failures.check(s.build(out=out).returncode == 0, f"clean {name}: failed")
        references[name] = snapshot(out)
    rng = random.Random(15)
    for attempt in range(4):
        s.pub.write_text(v1, encoding="utf-8")
        s.build()
        s.pub.write_text(v2, encoding="utf-8")
        process = subprocess.Popen([str(s.binary), "build", str(s.pub), "--out", str(s.out), "--jobs", "2"],
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.2, 2.5))
        process.kill()
        process.wait()
        time.sleep(0.3)  # the workers die with their parent
        after = ("v1", v1) if attempt % 2 == 0 else ("v2", v2)
        s.pub.write_text(after[1], encoding="utf-8")
        result = s.build()
        failures.check(result.returncode == 0, f"kill {attempt}: the next build failed\n{result.stdout[-800:]}")
        got = snapshot(s.out)
        wrong = sorted(k for k in got.keys() | references[after[0]].keys() if got.get(k) != references[after[0]].get(k))
        failures.check(not wrong, f"kill {attempt}: after building {after[0]} again, differs from a clean build: {wrong[:6]}")
        print(f"kill {attempt}: built {sorted(built_and_skipped(result)[0])} for {after[0]}; "
              f"{'identical to a clean build' if not wrong else 'DIFFERENT'}")
    s.pub.write_text(v1, encoding="utf-8")


if __name__ == "__main__":
    main()
