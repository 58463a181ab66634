#!/usr/bin/env python3
"""Elke SVG-tekening van een gebouwde site is geldige XML met een <title> (issue 6, "every SVG is
valid XML with a <title>").

Gebruik: check-svg.py SITE [SITE ...]
Leest elk .svg-bestand en elke <svg>…</svg> in elke HTML-pagina en controleert:
- de tekening is welgevormde XML (xml.etree, de parser van Python zelf);
- het element is <svg> in de SVG-namespace, en het eerste kindelement is een niet-lege <title>.
Laatste regel: "svg: N bestanden, M tekeningen in pagina's, F fout"; exitcode 1 bij een fout.
"""
import pathlib, re, sys
import xml.etree.ElementTree as ET

NS = "{http://www.w3.org/2000/svg}"
INLINE = re.compile(r"<svg\b.*?</svg>", re.S)


def problem(text: str) -> str | None:
    try:
        root = ET.fromstring(text)
    except ET.ParseError as error:
        return f"geen geldige XML: {error}"
    if root.tag != NS + "svg":
        return f"het element is {root.tag}, niet svg in de SVG-namespace"
    first = next(iter(root), None)
    if first is None or first.tag != NS + "title" or not (first.text or "").strip():
        return "het eerste element is geen <title> met tekst"
    return None


def main() -> int:
    if len(sys.argv) < 2:
        print(__doc__)
        return 2
    files = inline = 0
    failures = []
    for site in map(pathlib.Path, sys.argv[1:]):
        for path in sorted(site.rglob("*.svg")):
            files += 1
            if (why := problem(path.read_text(encoding="utf-8"))):
                failures.append(f"{path}: {why}")
        for path in sorted(site.rglob("*.html")):
            text = path.read_text(encoding="utf-8")
            if "<svg" not in text:
                continue
            for match in INLINE.finditer(text):
                inline += 1
                if (why := problem(match.group(0))):
                    line = text.count("\n", 0, match.start()) + 1
                    failures.append(f"{path}:{line}: {why}")
    for failure in failures[:20]:
        print("FOUT " + failure)
    print(f"svg: {files} bestanden, {inline} tekeningen in pagina's, {len(failures)} fout")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
