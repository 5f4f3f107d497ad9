#!/usr/bin/env python3
"""What varies by language lives in the layout's language settings, never in C++: no string
literal in engine/ (comments aside) is a language tag, outside the reader of those settings.

The tags looked for are every language a layout or a publication of this repository names
(vi, en, zh, zh-Hant, …) and anything of the shape of a tag with a script or region subtag
("zh-Hans", "pt-BR"). Two-letter literals in general are not: "pt", "id", "th" are units,
attributes and table cells here. A self-check feeds the scanner lines it must and must not flag,
so a scanner that finds nothing fails. Run from the repository root."""
import glob
import re
import sys

# The one place that may name languages: it reads them from the layout.
ALLOWED = {"engine/style/read_languages.cpp"}

SUBTAGGED = re.compile(r"^[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|[0-9]{3}))?$")


def known_tags():
    tags = set()
    for path in glob.glob("layouts/*.xml") + glob.glob("tests/fixtures/**/*.xml", recursive=True) + \
            glob.glob("content/**/*.xml", recursive=True):
        text = open(path, encoding="utf-8", errors="replace").read()
        tags.update(re.findall(r'<language\s[^>]*?code="([^"]+)"', text))
        for languages in re.findall(r'<publication\s[^>]*?languages="([^"]+)"', text):
            tags.update(languages.split())
    return {t for t in tags if re.fullmatch(r"[a-z]{2,3}(-[A-Za-z0-9]+)*", t)}


def string_literals(source):
    """(line, literal) of every "…" literal in C++ source, comments and character literals skipped."""
    i, line, n = 0, 1, len(source)
    while i < n:
        c = source[i]
        if c == "\n":
            line += 1
            i += 1
        elif source.startswith("//", i):
            i = source.find("\n", i)
            i = n if i < 0 else i
        elif source.startswith("/*", i):
            end = source.find("*/", i + 2)
            end = n if end < 0 else end + 2
            line += source.count("\n", i, end)
            i = end
        elif source.startswith('R"', i) and (i == 0 or not (source[i - 1].isalnum() or source[i - 1] == "_")):
            open_paren = source.find("(", i)
            delimiter = source[i + 2:open_paren]
            end = source.find(")" + delimiter + '"', open_paren)
            end = n if end < 0 else end + len(delimiter) + 2
            yield line, source[open_paren + 1:end - len(delimiter) - 2]
            line += source.count("\n", i, end)
            i = end
        elif c in "\"'":
            j = i + 1
            while j < n and source[j] != c:
                j += 2 if source[j] == "\\" else 1
            if c == '"':
                yield line, source[i + 1:j]
            i = j + 1
        else:
            i += 1


def findings(path, source, tags):
    for line, literal in string_literals(source):
        if literal in tags or (SUBTAGGED.match(literal) and "-" in literal):
            yield f"{path}:{line}: the language tag \"{literal}\" in C++; put what depends on it in the " \
                  f"layout's <language> settings (layouts/*.xml) and read it there"


def self_check(tags):
    must = ['if (language == "ko") keep_all = true;', 'hb_language_from_string("en", -1);',
            'std::string locale = "zh-Hant";', 'run.language = "pt-BR";']
    must_not = ['// as "vi" writes it', '/* "en" */', 'a.length("pt", x);', "char c = '\"'; // \"ko\"",
                'auto u = "https://example.com/en";', 'name == "id"']
    problems = []
    for text in must:
        if not list(findings("self-check", text, tags)):
            problems.append(f"self-check: the scanner missed {text!r}")
    for text in must_not:
        if list(findings("self-check", text, tags)):
            problems.append(f"self-check: the scanner flagged {text!r}")
    return problems


def main():
    tags = known_tags()
    problems = []
    for tag in ("vi", "en", "zh", "ru", "ko", "ja"):
        if tag not in tags:
            problems.append(f"no layout or publication names {tag}: the list of tags is not read right")
    problems += self_check(tags)
    files = sorted(glob.glob("engine/**/*.cpp", recursive=True) + glob.glob("engine/**/*.hpp", recursive=True))
    if len(files) < 100:
        problems.append(f"only {len(files)} engine sources found; run from the repository root")
    for path in files:
        if path in ALLOWED:
            continue
        problems += findings(path, open(path, encoding="utf-8").read(), tags)
    for p in problems:
        print(p)
    print(f"{len(files)} engine sources, {len(tags)} language tags ({' '.join(sorted(tags))}): "
          f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
