#!/usr/bin/env python3
"""Controleert de Atom-feeds van een gebouwde site (issue 6, Wijzigingen).

Gebruik: check-atom.py SITE [--base-url URL]
- elk bestand waarvan de wortel <feed xmlns="http://www.w3.org/2005/Atom"> is, is geldig volgens
  het RELAX NG-schema van RFC 4287 (scripts/atom/rfc4287.rng, met `xmllint --relaxng`);
- en volgens de schematron-regels van dat schema, die xmllint niet leest: een feed heeft een
  atom:author, of elke entry heeft er een; elke entry heeft een link rel="alternate" of content;
- elke id is een absolute IRI (heeft een schema, zoals urn:), en binnen een feed uniek;
- met --base-url: de link rel="self" is absoluut en begint met die URL.
Laatste regel: "atom: N feeds, M entries, K problemen"; exitcode 1 bij een probleem of als er geen feeds zijn.
"""
import os, re, subprocess, sys
import xml.etree.ElementTree as ET

ATOM = "{http://www.w3.org/2005/Atom}"
site = sys.argv[1]
base = sys.argv[sys.argv.index("--base-url") + 1] if "--base-url" in sys.argv else None
schema = os.path.join(os.path.dirname(os.path.abspath(__file__)), "atom", "rfc4287.rng")

feeds = []
for folder, _, files in os.walk(site):
    for name in files:
        if name.endswith(".xml"):
            path = os.path.join(folder, name)
            with open(path, "rb") as f:
                if b'<feed xmlns="http://www.w3.org/2005/Atom"' in f.read(300):
                    feeds.append(path)
feeds.sort()
problems, entries = [], 0
for start in range(0, len(feeds), 400):
    batch = feeds[start:start + 400]
    result = subprocess.run(["xmllint", "--noout", "--relaxng", schema, *batch], capture_output=True, text=True)
    for line in result.stderr.splitlines():
        if not line.endswith(" validates"):
            problems.append(line)
iri = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:\S+$")
for path in feeds:
    try:
        feed = ET.parse(path).getroot()
    except ET.ParseError as error:
        problems.append(f"{path}: {error}")
        continue
    ids = [e.text or "" for e in feed.iter(ATOM + "id")]
    if len(ids) != len(set(ids)):
        problems.append(f"{path}: een id komt meer dan eens voor")
    for value in ids:
        if not iri.match(value):
            problems.append(f"{path}: id '{value}' is geen absolute IRI")
    items = feed.findall(ATOM + "entry")
    entries += len(items)
    if feed.find(ATOM + "author") is None and any(e.find(ATOM + "author") is None for e in items):
        problems.append(f"{path}: geen atom:author in de feed en niet in elke entry")
    for e in items:
        links = [l for l in e.findall(ATOM + "link") if l.get("rel", "alternate") == "alternate"]
        if not links and e.find(ATOM + "content") is None:
            problems.append(f"{path}: entry {e.findtext(ATOM + 'id')} zonder link rel=alternate of content")
    selfs = [l.get("href", "") for l in feed.findall(ATOM + "link") if l.get("rel") == "self"]
    if not selfs:
        problems.append(f"{path}: geen link rel=self")
    elif base and not selfs[0].startswith(base.rstrip("/") + "/"):
        problems.append(f"{path}: link rel=self '{selfs[0]}' begint niet met {base}")
for problem in problems[:50]:
    print(problem)
print(f"atom: {len(feeds)} feeds, {entries} entries, {len(problems)} problemen")
sys.exit(1 if problems or not feeds else 0)
