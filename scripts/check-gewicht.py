#!/usr/bin/env python3
"""Paginagewicht en verzoeken aan derden van een gebouwde site (issue 5, "Look and feel").

Gebruik: check-gewicht.py SITE
- de mediane HTML-pagina is hooguit 30 KB;
- alle CSS en JavaScript samen hooguit 50 KB (ongecomprimeerd);
- geen enkele pagina laadt iets van een ander domein (src=, <link rel=stylesheet/preload/icon>,
  CSS url()), en geen inline <script> of style=, zodat `Content-Security-Policy: default-src 'self'` werkt.
Laatste regel: "gewicht: mediaan X KB, css+js Y KB, Z pagina's met verzoeken aan derden" en exitcode 1 bij een overschrijding.
"""
import os, re, statistics, sys

site = sys.argv[1]
pages, assets, problems = [], 0, []
third = re.compile(r'''(?:src|srcset)\s*=\s*["']?\s*(?:https?:)?//|<link\b[^>]*rel=["']?(?:stylesheet|preload|icon|modulepreload)[^>]*href=["']?(?:https?:)?//''', re.I)
for folder, _, files in os.walk(site):
    for name in files:
        path = os.path.join(folder, name)
        if name.endswith(".html"):
            text = open(path, encoding="utf-8").read()
            pages.append(len(text.encode("utf-8")))
            if third.search(text):
                problems.append(f"{os.path.relpath(path, site)}: laadt iets van een ander domein")
            if re.search(r"<script(?![^>]*\bsrc=)[^>]*>", text) or re.search(r"\sstyle\s*=", text):
                problems.append(f"{os.path.relpath(path, site)}: inline script of style")
        elif name.endswith((".css", ".js")):
            data = open(path, encoding="utf-8").read()
            assets += len(data.encode("utf-8"))
            if name.endswith(".css") and re.search(r"url\(\s*['\"]?(?:https?:)?//", data):
                problems.append(f"{os.path.relpath(path, site)}: CSS laadt iets van een ander domein")
median = statistics.median(pages) if pages else 0
if median > 30 * 1024: problems.append(f"mediane pagina {median / 1024:.1f} KB (meer dan 30 KB)")
if assets > 50 * 1024: problems.append(f"CSS en JavaScript samen {assets / 1024:.1f} KB (meer dan 50 KB)")
for problem in problems[:20]:
    print("FOUT " + problem)
print(f"gewicht: {len(pages)} pagina's, mediaan {median / 1024:.1f} KB, css+js {assets / 1024:.1f} KB, {len(problems)} problemen")
sys.exit(1 if problems else 0)
