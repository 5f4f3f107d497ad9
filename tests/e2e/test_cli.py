#!/usr/bin/env python3
"""The command line as a user meets it: help, version, usage errors (exit 2), findings that block
output (exit 1), check writing nothing, and outputs named as documented."""
import shutil

from support import OUT, ROOT, Failures, brochure

FIXTURE = ROOT / "tests" / "fixtures" / "cli" / "small.xml"


def main():
    failures = Failures()
    scratch = OUT / "cli"
    shutil.rmtree(scratch, ignore_errors=True)

    r = brochure("--help")
    failures.check(r.returncode == 0 and "brochure build PATH" in r.stdout, f"--help: {r.returncode} {r.stdout[:200]}")
    r = brochure("--version")
    failures.check(r.returncode == 0 and r.stdout.startswith("brochure "), f"--version: {r.stdout}")

    for args, needle in [((), "no command"), (("frobnicate",), "unknown command"),
                         (("build",), "name a publication"), (("build", FIXTURE, "--edition", "web"), "--edition"),
                         (("build", FIXTURE, "--bogus"), "unknown option"), (("build", FIXTURE, "--jobs", "0"), "--jobs")]:
        r = brochure(*args)
        failures.check(r.returncode == 2 and needle in r.stderr, f"usage {args}: exit {r.returncode}, {r.stderr[:200]}")

    r = brochure("build", FIXTURE, "--lang", "fr", "--out", scratch / "fr")
    failures.check(r.returncode == 1 and "not written in \"fr\"" in r.stderr, f"--lang fr: {r.returncode} {r.stderr[:300]}")
    failures.check(not (scratch / "fr").exists(), "--lang fr wrote output")

    r = brochure("check", FIXTURE, "--out", scratch / "check")
    failures.check(r.returncode == 0, f"check: exit {r.returncode}: {r.stderr[:300]}")
    failures.check(not (scratch / "check").exists(), "check wrote files")

    r = brochure("build", FIXTURE, "--lang", "vi", "--edition", "digital", "--preview-dpi", "36", "--out", scratch / "ok")
    failures.check(r.returncode == 0, f"build: exit {r.returncode}: {r.stderr[:300]}")
    folder = scratch / "ok" / "small"
    expected = {"small.vi.digital.pdf", "preview", ".manifest"}
    failures.check({p.name for p in folder.iterdir()} == expected, f"outputs: {sorted(p.name for p in folder.iterdir())}")
    failures.check(not (folder / "small.en.digital.pdf").exists(), "--lang vi also built en")
    failures.check((folder / "preview" / "vi" / "page-001.png").exists(), "no preview page")
    failures.check((folder / "preview" / "vi" / "contact-sheet.png").exists(), "no contact sheet")
    failures.check("small vi" in r.stdout and "pages" in r.stdout, f"no progress line: {r.stdout}")

    r = brochure("build", FIXTURE, "--edition", "digital", "--no-preview", "--out", scratch / "nopreview")
    failures.check(not (scratch / "nopreview" / "small" / "preview").exists(), "--no-preview wrote previews")
    # A bare file name finds the layouts folder next to it (the current folder), not the engine's.
    local = scratch / "relative"
    shutil.copytree(ROOT / "layouts", local / "layouts")
    shutil.copy(FIXTURE, local / "small.xml")
    handbook = local / "layouts" / "handbook-a4.xml"
    handbook.write_text(handbook.read_text(encoding="utf-8").replace(
        'name="English" text-font="Noto Serif', 'name="English" text-font="Local Test Serif'), encoding="utf-8")
    r = brochure("check", "small.xml", "--lang", "en", cwd=local)
    failures.check(r.returncode == 1 and "Local Test Serif" in r.stderr,
                   f"bare file name did not use ./layouts: exit {r.returncode}, {r.stderr[:300]}")
    failures.finish("cli")


if __name__ == "__main__":
    main()
