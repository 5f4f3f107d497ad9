#!/usr/bin/env python3
"""Hostile and broken inputs: each case exits as it should, names the file and line, opens
nothing outside the content folder, and leaves the last good outputs byte for byte.

A small two-language handbook (tests/fixtures/cli/small.xml) is copied into a scratch content
folder `root/`, beside a folder `outside/` holding a chapter and an image that must never be
read. The good publication is built once; then each case changes the content (or the command
line), builds under strace (open, openat, openat2 of every process), and checks:

- the exit status, and for errors the message `FILE:LINE[:COL]: error:` with the line the
  case points at, and the words the message must hold;
- no successful open of anything in `outside/`, /etc/passwd or /etc/shadow (read from strace's
  own record of the system calls, not from the engine);
- the output folder is exactly as the good build left it;
- cases with a time or memory bound (the 100,000² px PNG header, a 20 GB include made as a
  sparse file, a 3 GB unrelated file in the folder) finish in under a second of wall time and
  under 200 MB peak RSS (getrusage of the finished build, which counts its workers too).

A full disk is a tmpfs mounted as the output folder (skipped with a note where mounting is not
allowed)."""
import hashlib
import os
import re
import resource
import shutil
import signal
import struct
import subprocess
import time
import zlib

from support import BROCHURE, OUT, ROOT, Failures, require

FIXTURE = (ROOT / "tests" / "fixtures" / "cli" / "small.xml").read_text(encoding="utf-8")
IMAGES = ROOT / "tests" / "fixtures" / "images"
COVER_JPEG = ROOT / "content" / "quang-ngai" / "assets" / "cover.jpg"
GOOD_SECTION = """<section id="extra"><h><t xml:lang="en">Extra</t><t xml:lang="vi">Thêm</t></h>
<p><t xml:lang="en">More text.</t><t xml:lang="vi">Thêm chữ.</t></p></section>
"""
BUILD = ["--lang", "en"]  # one language: the cases are about reading, and stay quick


def with_block(block, source=FIXTURE):
    """The fixture with `block` as the last block of its section."""
    return source.replace("  </section>", f"    {block}\n  </section>", 1)


def png(width, height, rows=None, color_type=0):
    """A PNG of the given header; `rows` the raw scanlines (deflated here) or a few bytes only."""
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    data = zlib.compress(rows if rows is not None else b"\0" * 64)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, color_type, 0, 0, 0)) +
            chunk(b"IDAT", data) + chunk(b"IEND", b""))


def noise_png():
    """A 256 × 256 gray PNG of noise (it does not compress: about 66 KB), to be cut short."""
    rows = b"".join(b"\0" + b"".join(hashlib.sha256(bytes([y, part])).digest() for part in range(8)) for y in range(256))
    return png(256, 256, rows)


def corrupt_jpeg():
    """The cover photo with a stretch of its entropy-coded data overwritten (no marker bytes)."""
    data = bytearray(COVER_JPEG.read_bytes())
    start = data.find(b"\xff\xda") + 200
    middle = start + (len(data) - start) // 2
    for i in range(middle, middle + 400):
        data[i] = (data[i] * 7 + 13) % 255  # never 0xFF
    return bytes(data)


def bad_crc_png():
    data = bytearray((IMAGES / "gray.png").read_bytes())
    idat = data.find(b"IDAT")
    data[idat + 10] ^= 0x55
    return bytes(data)


class Case:
    """`layout`: how to change the handbook layout, which the case then reads from a copy of the
    layouts folder inside the content folder (`layouts/`, where `files`, `links` and `fifos` may
    add to it)."""
    def __init__(self, name, source=None, files=None, args=(), exit=1, where=None, words=(), target=None,
                 bounded=False, links=None, fifos=(), sparse=None, folders=(), layout=None):
        self.name, self.source, self.files, self.args, self.exit = name, source, files or {}, list(args), exit
        self.where, self.words, self.target, self.bounded = where, list(words), target, bounded
        self.links, self.fifos, self.sparse, self.folders = links or {}, fifos, sparse or {}, folders
        self.layout = layout


def cases():
    include = lambda href: with_block(f'<include href="{href}"/>')
    figure = lambda src: with_block(f'<figure src="{src}"/>')
    long_paragraph = with_block('<p><t xml:lang="en">' + "word " * 14000 + '</t><t xml:lang="vi">chữ</t></p>')
    return [
        # Includes that lead out or are not files.
        Case("include ../ out", include("../outside/secret.xml"), where=("small.xml", "secret.xml"),
             words=["outside the content folder"]),
        Case("include absolute", include("/etc/passwd"), where=("small.xml", "/etc/passwd"), words=["absolute paths"]),
        Case("include absolute shadow", include("/etc/shadow"), where=("small.xml", "/etc/shadow"), words=["absolute"]),
        Case("include deep ../", include("a/../../../../../../etc/passwd"), where=("small.xml", "etc/passwd"),
             words=["outside"]),
        Case("include symlink out", include("link.xml"), links={"link.xml": "../outside/secret.xml"},
             where=("small.xml", "link.xml"), words=["symbolic link", "outside"]),
        Case("include symlink absolute", include("passwd.xml"), links={"passwd.xml": "/etc/passwd"},
             where=("small.xml", "passwd.xml"), words=["symbolic link"]),
        Case("include symlinked folder out", include("door/secret.xml"), links={"door": "../outside"},
             where=("small.xml", "door/secret.xml"), words=["symbolic link"]),
        Case("include symlink loop", include("loop1.xml"), links={"loop1.xml": "loop2.xml", "loop2.xml": "loop1.xml"},
             where=("small.xml", "loop1.xml"), words=["loop"]),
        Case("include device link", include("null.xml"), links={"null.xml": "/dev/zero"},
             where=("small.xml", "null.xml"), words=["symbolic link"]),
        Case("include folder", include("chapters"), folders=["chapters"], where=("small.xml", '"chapters"'),
             words=["folder, not a file"]),
        Case("include fifo", include("pipe.xml"), fifos=["pipe.xml"], where=("small.xml", "pipe.xml"), words=["FIFO"]),
        Case("include missing", include("nowhere.xml"), where=("small.xml", "nowhere.xml"), words=["cannot find"]),
        Case("include 20 GB", include("huge.xml"), sparse={"huge.xml": 20 << 30}, where=("small.xml", "huge.xml"),
             words=["20480.0 MB", "limit"], bounded=True),
        Case("include over --limit", include("chapter.xml"), files={"chapter.xml": GOOD_SECTION},
             args=["--limit", "include=100"], where=("small.xml", "chapter.xml"), words=["limit of 100 bytes"]),
        Case("include UTF-16", include("chapter16.xml"),
             files={"chapter16.xml": "\ufeff".encode("utf-16-le") + GOOD_SECTION.encode("utf-16-le")},
             where=("chapter16.xml", 1), words=["UTF-16 little-endian", "save it as UTF-8"]),
        Case("include NUL", include("chapternul.xml"),
             files={"chapternul.xml": GOOD_SECTION.replace("More text.", "More\0text.")},
             where=("chapternul.xml", 2), words=["NUL byte"]),
        Case("include itself", include("self.xml"),
             files={"self.xml": GOOD_SECTION.replace("</section>", '<include href="self.xml"/></section>')},
             where=("self.xml", "self.xml"), words=["include cycle"]),
        Case("include a publication", include("other.xml"), files={"other.xml": FIXTURE},
             where=("other.xml", "<publication"), words=["one <section>"]),
        # Figures.
        Case("figure ../ out", figure("../outside/secret.png"), where=("small.xml", "secret.png"), words=["outside"]),
        Case("figure absolute", figure("/etc/passwd"), where=("small.xml", "/etc/passwd"), words=["absolute"]),
        Case("figure symlink out", figure("pic.png"), links={"pic.png": "../outside/secret.png"},
             where=("small.xml", "pic.png"), words=["symbolic link"]),
        Case("figure folder", figure("chapters"), folders=["chapters"], where=("small.xml", "chapters"),
             words=["folder, not a file"]),
        Case("figure fifo", figure("pipe.png"), fifos=["pipe.png"], where=("small.xml", "pipe.png"), words=["FIFO"]),
        Case("figure device link", figure("zero.png"), links={"zero.png": "/dev/zero"}, where=("small.xml", "zero.png"),
             words=["symbolic link"]),
        Case("figure missing", figure("nowhere.png"), where=("small.xml", "nowhere.png"), words=["not found"]),
        Case("figure from the web", figure("https://example.com/a.png"), where=("small.xml", "example.com"),
             words=["not fetched from the web"]),
        Case("figure not an image", figure("text.png"), files={"text.png": "just text, not pixels\n"},
             where=("small.xml", "text.png"), words=["neither PNG nor JPEG"]),
        Case("figure empty file", figure("empty.png"), files={"empty.png": b""}, where=("small.xml", "empty.png"),
             words=["empty"]),
        Case("figure 100,000² header", figure("giant.png"), files={"giant.png": png(100_000, 100_000)},
             where=("small.xml", "giant.png"), words=["100000 × 100000", "limit"], bounded=True),
        Case("figure 20,000² header", figure("big.png"), files={"big.png": png(20_000, 20_000)},
             where=("small.xml", "big.png"), words=["20000 × 20000", "limit"], bounded=True),
        Case("figure corrupt JPEG", figure("corrupt.jpg"), files={"corrupt.jpg": corrupt_jpeg()},
             where=("small.xml", "corrupt.jpg"), words=["damaged", "Corrupt JPEG data"]),
        Case("figure truncated JPEG", figure("cut.jpg"), files={"cut.jpg": COVER_JPEG.read_bytes()[:60000]},
             where=("small.xml", "cut.jpg"), words=["damaged"]),
        Case("figure PNG bad checksum", figure("crc.png"), files={"crc.png": bad_crc_png()},
             where=("small.xml", "crc.png"), words=["damaged"]),
        Case("figure truncated PNG", figure("cut.png"), files={"cut.png": noise_png()[:20000]},
             where=("small.xml", "cut.png"), words=["damaged"]),
        Case("figure PNG short of rows", figure("rows.png"), files={"rows.png": png(64, 64, rows=b"\0" * 65 * 10)},
             where=("small.xml", "rows.png"), words=["damaged"]),
        Case("figure over --limit image-pixels", figure("gray.png"), files={"gray.png": (IMAGES / "gray.png").read_bytes()},
             args=["--limit", "image-pixels=100"], where=("small.xml", "gray.png"), words=["limit of 100 pixels"]),
        Case("images over --limit image-memory", figure("gray.png"),
             files={"gray.png": (IMAGES / "gray.png").read_bytes()}, args=["--limit", "image-memory=1K"],
             where=("small.xml", "<publication"), words=["image-memory"]),
        # The publication file itself.
        Case("UTF-16 with BOM", ("\ufeff" + FIXTURE).encode("utf-16-le"), where=("small.xml", 1),
             words=["UTF-16 little-endian"]),
        Case("UTF-16 big-endian without BOM", FIXTURE.encode("utf-16-be"), where=("small.xml", 1),
             words=["UTF-16 big-endian"]),
        Case("NUL byte", FIXTURE.replace("central coast", "central\0coast"), where=("small.xml", "central"),
             words=["NUL byte"]),
        Case("escape sequence echoed", figure("\x1b]0;owned\x07\x1b[2J.png"), where=("small.xml", "owned"),
             words=["\\x1b]0;owned\\x07\\x1b[2J"]),
        Case("paragraph of 70 KB", long_paragraph, where=("small.xml", "word word"), words=["limit", "paragraph"]),
        Case("ol start overflow", with_block('<ol start="2147483647"><li>One</li><li>Two</li></ol>'),
             where=("small.xml", "2147483647"), words=['start="2147483647"', "1000000000"]),
        Case("source over --limit", FIXTURE, args=["--limit", "source=500"], where=("small.xml", None),
             words=["limit of 500 bytes"]),
        Case("pages over --limit", FIXTURE, args=["--limit", "pages=1"], where=("small.xml", "<publication"),
             words=["limit of 1", "pages"]),
        Case("publication outside --root", FIXTURE, args=["--root", "{root}/chapters"], folders=["chapters"],
             where=("small.xml", None), words=["outside the content folder"]),
        Case("--limit unknown", FIXTURE, args=["--limit", "fonts=3"], exit=2, words=["unknown limit"]),
        Case("--limit not a number", FIXTURE, args=["--limit", "pages=many"], exit=2, words=["positive number"]),
        # A folder of publications.
        Case("duplicate id in a folder", FIXTURE, files={"copy.xml": FIXTURE}, target="folder",
             where=("small.xml", "<publication"), words=['second publication with the id "small"']),
        Case("symlink loop in the folder", FIXTURE, links={"x.xml": "y.xml", "y.xml": "x.xml"}, target="folder", exit=0),
        Case("FIFO in the folder", FIXTURE, fifos=["pipe.xml"], target="folder", exit=0),
        Case("3 GB file in the folder", FIXTURE, sparse={"data.xml": 3 << 30}, target="folder", exit=0, bounded=True),
        # Files a layout names: inside the folder of the layout file only.
        Case("layout profile ../ out", layout=profile("../../outside/secret.icc"), where=HANDBOOK_PROFILE,
             words=["output profile", "outside the layouts folder"]),
        Case("layout profile absolute", layout=profile("/etc/passwd"), where=HANDBOOK_PROFILE,
             words=["output profile", "absolute paths"]),
        Case("layout profile symlink out", layout=profile("color/link.icc"),
             links={"layouts/color/link.icc": "../../../outside/secret.icc"}, where=HANDBOOK_PROFILE,
             words=["symbolic link", "outside the layouts folder"]),
        Case("layout profile device link", layout=profile("color/zero.icc"),
             links={"layouts/color/zero.icc": "/dev/zero"}, where=HANDBOOK_PROFILE, words=["symbolic link"]),
        Case("layout profile folder", layout=profile("color"), where=HANDBOOK_PROFILE, words=["folder, not a file"]),
        Case("layout profile FIFO", layout=profile("color/pipe.icc"), fifos=["layouts/color/pipe.icc"],
             where=HANDBOOK_PROFILE, words=["FIFO"]),
        Case("layout base ../ out", derived_layout, layout=same, files={"layouts/derived.xml": derived("../../outside/base")},
             where=("layouts/derived.xml", "<layout"), words=["base layout", "outside the layouts folder"]),
        Case("layout base symlink out", derived_layout, layout=same, files={"layouts/derived.xml": derived("evil")},
             links={"layouts/evil.xml": "../../outside/base.xml"}, where=("layouts/derived.xml", "<layout"),
             words=["base layout", "symbolic link"]),
        Case("layout hyphenation absolute", layout=hyphenation("/etc/passwd"), where=HANDBOOK_HYPHENATION,
             words=["hyphenation patterns", "absolute paths"]),
        Case("layout hyphenation ../ out", layout=hyphenation("../../outside/secret.icc"), where=HANDBOOK_HYPHENATION,
             words=["hyphenation patterns", "outside the layouts folder"]),
        Case("layout 300 mm gutter", layout=lambda text: text.replace('<columns count="2" gutter="7mm"/>',
                                                                      '<columns count="2" gutter="300mm"/>'),
             where=("layouts/handbook-a4.xml", "<columns"), words=["no room for its 2 columns", "300.00 mm"]),
    ]


# The handbook layout with its output profile or its English hyphenation patterns changed, and a
# layout based on another, for the layout cases.
HANDBOOK_PROFILE = ("layouts/handbook-a4.xml", "<print ")
HANDBOOK_HYPHENATION = ("layouts/handbook-a4.xml", 'code="en"')
profile = lambda path: lambda text: text.replace('output-profile="color/FOGRA39L-argyll.icc"', f'output-profile="{path}"')
hyphenation = lambda path: lambda text: text.replace('hyphenation="hyph_en_US.dic"', f'hyphenation="{path}"')
same = lambda text: text
derived_layout = FIXTURE.replace('layout="handbook-a4"', 'layout="derived"')
derived = lambda base: f'<?xml version="1.0" encoding="UTF-8"?>\n<layout id="derived" kind="handbook" base="{base}"/>\n'


def line_of(text, needle):
    if isinstance(needle, int):
        return needle
    for number, line in enumerate(text.splitlines(), start=1):
        if needle in line:
            return number
    raise AssertionError(f"{needle!r} not in the case's file")


FORBIDDEN_FILES = {"/etc/passwd", "/etc/shadow"}


def forbidden_opens(trace, outside):
    """Successful opens of files outside the content folder, from strace's record."""
    found = []
    for line in trace.splitlines():
        m = re.search(r'\b(open|openat|openat2)\((?:(AT_FDCWD|\d+), )?"([^"]*)".*\)\s+=\s+(-?\d+)', line)
        if not m or int(m.group(4)) < 0:
            continue
        path = m.group(3)
        if m.group(1) == "openat2":
            continue  # relative to the content folder and refused by the kernel beyond it
        real = os.path.realpath(os.path.join(ROOT, path))
        if real in FORBIDDEN_FILES or real.startswith(str(outside)) or "outside/" in path:
            found.append(path)
    return found


def main():
    require("strace")
    failures = Failures()
    scratch = OUT / "hostile"
    shutil.rmtree(scratch, ignore_errors=True)
    outside = scratch / "outside"
    outside.mkdir(parents=True)
    (outside / "secret.xml").write_text(GOOD_SECTION.replace("More text.", "SECRET"), encoding="utf-8")
    (outside / "secret.png").write_bytes((IMAGES / "gray.png").read_bytes())
    shutil.copy(ROOT / "layouts" / "color" / "FOGRA39L-argyll.icc", outside / "secret.icc")
    shutil.copy(ROOT / "layouts" / "handbook-a4.xml", outside / "base.xml")
    out = scratch / "out"

    def fresh_root():
        root = scratch / "root"
        shutil.rmtree(root, ignore_errors=True)
        root.mkdir()
        (root / "small.xml").write_text(FIXTURE, encoding="utf-8")
        return root

    root = fresh_root()
    r = subprocess.run([str(BROCHURE), "build", str(root / "small.xml"), *BUILD, "--out", str(out)],
                       capture_output=True, text=True)
    failures.check(r.returncode == 0, f"good build: exit {r.returncode}: {r.stderr[-300:]}")
    last_good = {p: p.read_bytes() for p in out.rglob("*") if p.is_file()}
    failures.check(len(last_good) >= 5, f"good build wrote only {sorted(map(str, last_good))}")

    # The bounded cases first: getrusage of children reports the largest so far.
    all_cases = sorted(cases(), key=lambda c: not c.bounded)
    for case in all_cases:
        root = fresh_root()
        source = case.source
        if source is not None:
            (root / "small.xml").write_bytes(source if isinstance(source, bytes) else source.encode("utf-8"))
        if case.layout:
            layouts = root / "layouts"
            shutil.copytree(ROOT / "layouts" / "color", layouts / "color")
            handbook = (ROOT / "layouts" / "handbook-a4.xml").read_text(encoding="utf-8")
            changed = case.layout(handbook)
            failures.check(case.layout is same or changed != handbook, f"{case.name}: the layout did not change")
            (layouts / "handbook-a4.xml").write_text(changed, encoding="utf-8")
        for folder in case.folders:
            (root / folder).mkdir()
        for name, data in case.files.items():
            (root / name).write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
        for name, target in case.links.items():
            os.symlink(target, root / name)
        for name in case.fifos:
            os.mkfifo(root / name)
        for name, size in case.sparse.items():
            with open(root / name, "wb") as f:
                f.write(b"<?xml version='1.0'?>\n<section>")
                f.truncate(size)
        target = root if case.target == "folder" else root / "small.xml"
        args = [a.replace("{root}", str(root)) for a in case.args]
        trace = scratch / "trace.txt"
        command = ["strace", "-f", "-qq", "-e", "trace=open,openat,openat2", "-o", str(trace),
                   str(BROCHURE), "build", str(target), *BUILD, "--out", str(out), *args]
        if case.bounded:
            command = command[command.index(str(BROCHURE)):]  # timed and measured without strace
        started = time.monotonic()
        # A session of its own: a build that hangs (on a FIFO, say) is stopped with its workers
        # and strace, and the test reports it instead of waiting for the pipes to close.
        r = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)
        try:
            _, raw_stderr = r.communicate(timeout=60)
        except subprocess.TimeoutExpired:
            os.killpg(r.pid, signal.SIGKILL)
            r.communicate()
            failures.check(False, f"{case.name}: no answer within 60 s")
            continue
        seconds = time.monotonic() - started
        stderr = raw_stderr.decode("utf-8", "replace")
        failures.check(r.returncode == case.exit, f"{case.name}: exit {r.returncode}, not {case.exit}: {stderr[-400:]}")
        if case.where:
            file, needle = case.where
            path = root / file
            if needle is None:
                pattern = re.escape(str(path)) + r"(:\d+)*: error: "
            else:
                text = path.read_bytes().decode("utf-16" if b"\0<" in path.read_bytes()[:4] or
                                                path.read_bytes()[:2] in (b"\xff\xfe", b"\xfe\xff") else "utf-8",
                                                "replace")
                pattern = re.escape(str(path)) + ":" + str(line_of(text, needle)) + r"(:\d+)?: error: "
            failures.check(re.search(pattern, stderr) is not None,
                           f"{case.name}: no '{path.name}:{needle}' error (pattern {pattern}) in: {stderr[-500:]}")
        for word in case.words:
            failures.check(word in stderr, f"{case.name}: message lacks {word!r}: {stderr[-500:]}")
        failures.check("\x1b" not in stderr and "\x07" not in stderr, f"{case.name}: raw control characters on stderr")
        failures.check("internal error" not in stderr and "terminate" not in stderr,
                       f"{case.name}: internal error: {stderr[-300:]}")
        if case.bounded:
            rss_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
            failures.check(seconds < 1.0, f"{case.name}: took {seconds:.2f} s")
            failures.check(rss_mb < 200, f"{case.name}: peak RSS {rss_mb:.0f} MB")
        else:
            opened = forbidden_opens(trace.read_text(errors="replace"), outside.resolve())
            failures.check(not opened, f"{case.name}: opened outside the content folder: {opened}")
        now = {p: p.read_bytes() for p in out.rglob("*") if p.is_file()}
        if case.exit == 0:  # a build that succeeds may update its build manifest; the outputs stay
            for manifest in out.rglob(".manifest"):
                last_good[manifest] = now[manifest]
        failures.check(now == last_good, f"{case.name}: the output folder changed: "
                                         f"{sorted(map(str, set(now) ^ set(last_good)))[:5] or 'contents differ'}")
    failures.check(len(all_cases) >= 40, f"only {len(all_cases)} cases")
    # The oracle itself: a process that does read outside is caught.
    trace = scratch / "trace.txt"
    subprocess.run(["strace", "-f", "-qq", "-e", "trace=open,openat,openat2", "-o", str(trace), "cat",
                    str(outside / "secret.xml")], capture_output=True)
    failures.check(forbidden_opens(trace.read_text(errors="replace"), outside.resolve()),
                   "the strace check does not see a read of outside/secret.xml")
    disk_full(failures, scratch)
    failures.finish(f"hostile_inputs ({len(all_cases)} cases)")


def disk_full(failures, scratch):
    """A full disk while staging: the message says so and the last outputs stay."""
    mount = scratch / "full"
    mount.mkdir()
    root = scratch / "root"
    shutil.rmtree(root)  # what the last case left (a layouts folder, links) goes
    root.mkdir()
    (root / "small.xml").write_text(FIXTURE, encoding="utf-8")
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1200k", "tmpfs", str(mount)], capture_output=True).returncode:
        print("note: cannot mount a tmpfs here (not root?): the full-disk case is skipped")
        return
    try:
        r = subprocess.run([str(BROCHURE), "build", str(root / "small.xml"), "--lang", "en", "--edition", "digital",
                            "--out", str(mount)], capture_output=True, text=True)
        failures.check(r.returncode == 0, f"disk full: the first build should fit: {r.stderr[-300:]}")
        before = {p: p.read_bytes() for p in mount.rglob("*") if p.is_file()}
        (mount / "filler").write_bytes(b"\0" * (1200 * 1024 - sum(map(len, before.values())) - 40 * 1024))
        # --rebuild: the job is up to date, and this case is about writing it again.
        r = subprocess.run([str(BROCHURE), "build", str(root / "small.xml"), "--lang", "en", "--edition", "digital",
                            "--rebuild", "--out", str(mount)], capture_output=True, text=True)
        failures.check(r.returncode == 1 and "disk full while" in r.stderr and "internal error" not in r.stderr,
                       f"disk full: exit {r.returncode}: {r.stderr[-400:]}")
        (mount / "filler").unlink()
        after = {p: p.read_bytes() for p in mount.rglob("*") if p.is_file()}
        failures.check(after == before, "disk full: the last outputs changed")
        failures.check(not [p for p in mount.rglob("*") if ".staging-" in str(p)], "disk full: staging left behind")
    finally:
        subprocess.run(["umount", str(mount)])


if __name__ == "__main__":
    main()
