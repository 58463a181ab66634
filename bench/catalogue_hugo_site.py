#!/usr/bin/env python3
"""Writes a Hugo site that renders the same catalogue as `swc build`, for bench/catalogue-vs-hugo.sh.

Usage: catalogue_hugo_site.py DATA CONTENT TEMPLATES SITE

  DATA       a catalogue data folder (`swc demo --output DATA`): the JSON files and gemma.xml
  CONTENT    the project's content/ (pages, menu.md, _site.md)
  TEMPLATES  the project's Templates/ (only assets/ is copied)
  SITE       the Hugo site to write (must not exist)

What Hugo gets (prepared once here, outside the timed runs; the same for both audiences):
- data/: the same records as the JSON files, keyed by id (`index site.Data.applicaties $id` instead of a `where`
  over a 6,000-element array), with the records nobody may see left out (Deactief organisaties, Gedepubliceerd
  applicaties and what hangs on them, beoordelingen that are not Goedgekeurd, contactpersonen that are not an
  aanspreekpunt) and with each page's URL added to its record. gemma.xml becomes data/gemma.json (referentiecomponenten with
  their standaarden and Verbindingsrol, standaarden with their versies, landelijke voorzieningen), because Hugo
  cannot query ArchiMate XML. data/idx/*.json holds reverse lookups as lists of ids, already sorted the way the
  pages show them (versies per applicatie, gebruik per applicatie / afnemer / referentiecomponent, ...), plus the
  usage counts and rating sums. swc computes all of this itself during its timed build; here it is Hugo's free
  "data pipeline", which favours Hugo.
- content/: the editor pages from CONTENT (front matter translated: titel→title, beschrijving→description,
  volgorde→weight) and one stub per catalogue page (front matter: title, id, type), named by the same slug as
  swc's URL (Sources/Site/CatalogueURLs.swift, Sources/Markdown/Slug.swift), so both sites have the same pages.
- layouts/: equivalents of Templates/*.mustache. The templates do the per-page work swc's view models do:
  look up records by id, follow references (aanbieder, versies, referentiecomponenten → standaarden → versies
  with this applicatie's compliancy, diensten, contacts, users, landscape rows with their components and
  leverancier, koppelingen), format numbers and dates, render beschrijvingLang as markdown, and group the
  overviews A–Z. The audience comes from the environment: `hugo -e publiek` or `hugo -e gemeenten`.
"""
import json
import os
import re
import shutil
import sys
import unicodedata
import xml.etree.ElementTree as ET

DATA, CONTENT, TEMPLATES, SITE = sys.argv[1:5]
if os.path.exists(SITE):
    sys.exit(f"{SITE} exists")


def write(path, text):
    path = os.path.join(SITE, path)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def dump(path, value):
    write(path, json.dumps(value, ensure_ascii=False, separators=(",", ":")))


def load(name):
    with open(os.path.join(DATA, name + ".json"), encoding="utf-8") as f:
        return json.load(f)


def slug(text):
    """Sources/Markdown/Slug.swift: NFKD, drop combining marks, lower-case, runs of other characters → one hyphen."""
    out, pending = [], False
    for ch in unicodedata.normalize("NFKD", text):
        if unicodedata.category(ch) == "Mn":
            continue
        for c in ("ss" if ch == "ß" else ch.lower()):
            if "a" <= c <= "z" or "0" <= c <= "9":
                if pending and out:
                    out.append("-")
                pending = False
                out.append(c)
            else:
                pending = True
    return "".join(out)


def assign(section, items):
    """Sources/Site/CatalogueURLs.swift: slug of naam; on a clash the smaller id keeps it, others get -2, -3, ..."""
    ordered = sorted(((slug(naam) or "zonder-naam", id_) for id_, naam in items))
    used, result = set(), {}
    for base, id_ in ordered:
        s, n = base, 1
        while s in used:
            n += 1
            s = f"{base}-{n}"
        used.add(s)
        result[id_] = (s, f"/{section}/{s}/")
    return result


# ---------------------------------------------------------------- gemma.xml
A = "{http://www.opengroup.org/xsd/archimate/3.0/}"
XSI = "{http://www.w3.org/2001/XMLSchema-instance}type"
root = ET.parse(os.path.join(DATA, "gemma.xml")).getroot()
propnames = {p.get("identifier"): (p.findtext(f"{A}name") or "").strip() for p in root.iter(f"{A}propertyDefinition")}


def props(el):
    out = {}
    for p in el.findall(f"{A}properties/{A}property"):
        out[propnames.get(p.get("propertyDefinitionRef"), "")] = (p.findtext(f"{A}value") or "").strip()
    return out


ROLES = {"Referentiecomponent": ("referentiecomponent", "ApplicationComponent"),
         "Buitengemeentelijke voorziening": ("voorziening", "ApplicationComponent"),
         "Standaard": ("standaard", "Constraint"), "Standaardversie": ("standaardversie", "Constraint")}
elements = {}  # identifier -> (role, objectID, naam, documentation)
for el in root.iter(f"{A}element"):
    p = props(el)
    role = ROLES.get(p.get("GEMMA type", ""))
    if not role or el.get(XSI) != role[1]:
        continue
    ident = el.get("identifier")
    oid = p.get("Object ID") or (ident[3:] if ident.startswith("id-") else ident)
    elements[ident] = (role[0], oid, (el.findtext(f"{A}name") or "").strip(), (el.findtext(f"{A}documentation") or "").strip())

rollen, versies_van = {}, {}  # refcomp ident -> {standaard ident: rol}; versie ident -> [standaard idents]
for rel in root.iter(f"{A}relationship"):
    kind, s, t = rel.get(XSI), elements.get(rel.get("source")), elements.get(rel.get("target"))
    if not s or not t:
        continue
    si, ti = rel.get("source"), rel.get("target")
    if kind == "Realization" and s[0] == "referentiecomponent" and t[0] == "standaard":
        rol = props(rel).get("Verbindingsrol", "").lower()
        if rol in ("verplicht", "aanbevolen"):
            earlier = rollen.setdefault(si, {}).get(ti)
            rollen[si][ti] = "Verplicht" if earlier == "Verplicht" else rol.capitalize()
    elif kind == "Specialization" and s[0] == "standaardversie" and t[0] == "standaard":
        versies_van.setdefault(si, []).append(ti)
    elif kind == "Specialization" and s[0] == "standaard" and t[0] == "standaardversie":
        versies_van.setdefault(ti, []).append(si)
    elif kind in ("Composition", "Aggregation") and s[0] == "standaard" and t[0] == "standaardversie":
        versies_van.setdefault(ti, []).append(si)


def by_naam(idents):
    return sorted(set(idents), key=lambda i: (elements[i][2].lower(), elements[i][2], elements[i][1]))


versies_per_standaard = {}
for v, cands in versies_van.items():
    versies_per_standaard.setdefault(by_naam(cands)[0], []).append(v)

catalogus = load("catalogus")
gemma_url = catalogus.get("gemmaOnlineUrl", "")
rc_idents = by_naam(i for i, e in elements.items() if e[0] == "referentiecomponent")
rc_urls = assign("referentiecomponenten", [(elements[i][1], elements[i][2]) for i in rc_idents])
gemma = {"referentiecomponenten": {}, "standaarden": {}, "standaardversies": {}, "voorzieningen": {}}
for i in rc_idents:
    _, oid, naam, doc = elements[i]
    r = rollen.get(i, {})
    gemma["referentiecomponenten"][oid] = {
        "naam": naam, "beschrijving": doc, "gemma_url": gemma_url + oid, "url": rc_urls[oid][1], "slug": rc_urls[oid][0],
        "standaarden": [{"id": elements[s][1], "rol": r[s]} for s in by_naam(r)]}
for i, (role, oid, naam, doc) in elements.items():
    if role == "standaard":
        gemma["standaarden"][oid] = {"naam": naam, "gemma_url": gemma_url + oid,
                                     "versies": [elements[v][1] for v in by_naam(versies_per_standaard.get(i, []))]}
    elif role == "standaardversie":
        gemma["standaardversies"][oid] = {"naam": naam}
    elif role == "voorziening":
        gemma["voorzieningen"][oid] = {"naam": naam}
dump("data/gemma.json", gemma)

# ---------------------------------------------------------------- catalogue records (Catalogus+Visible.swift)
orgs = [o for o in load("organisaties") if o["status"] != "Deactief"]
org = {o["id"]: o for o in orgs}
apps = [a for a in load("applicaties") if a["status"] != "Gedepubliceerd" and a["aanbieder"] in org]
app = {a["id"]: a for a in apps}
diensten = [d for d in load("diensten") if d["aanbieder"] in org]
dienst = {d["id"]: d for d in diensten}
for d in diensten:
    d["applicaties"] = [x for x in d.get("applicaties", []) if x in app]
afnemers = {o["id"] for o in orgs if o["type"] in ("Gemeente", "Samenwerking")}
gebruik = [g for g in load("gebruik") if g["afnemer"] in afnemers and g["applicatie"] in app]
for g in gebruik:
    g.pop("interneAantekening", None)
    g["diensten"] = [x for x in g.get("diensten", []) if x in dienst]
geb = {g["id"]: g for g in gebruik}
koppelingen = [k for k in load("koppelingen") if k["bron"] in geb and (k.get("doel") is None or k["doel"] in geb)
               and (k.get("intermediair") is None or k["intermediair"] in app)]
beoordelingen = [b for b in load("beoordelingen") if b["status"] == "Goedgekeurd" and b["afnemer"] in org
                 and (b.get("applicatie") in app or b.get("dienst") in dienst)]
contactpersonen = [c for c in load("contactpersonen") if c.get("isAanspreekpunt") and c["organisatie"] in org]
versies = [v for v in load("applicatieversies") if v["applicatie"] in app]
compliancy = [c for c in load("compliancy") if c["applicatie"] in app]

SECTION = {"Leverancier": "leveranciers", "Community": "leveranciers", "Gemeente": "gemeenten", "Samenwerking": "samenwerkingen"}
urls = {"applicaties": assign("applicaties", [(a["id"], a["naam"]) for a in apps])}
for section in ("leveranciers", "gemeenten", "samenwerkingen"):
    urls[section] = assign(section, [(o["id"], o["naam"]) for o in orgs if SECTION[o["type"]] == section])
for a in apps:
    a["slug"], a["url"] = urls["applicaties"][a["id"]]
for o in orgs:
    o["slug"], o["url"] = urls[SECTION[o["type"]]][o["id"]]

dump("data/catalogus.json", catalogus)
for name, items in [("organisaties", orgs), ("applicaties", apps), ("diensten", diensten), ("gebruik", gebruik),
                    ("koppelingen", koppelingen), ("beoordelingen", beoordelingen), ("contactpersonen", contactpersonen),
                    ("applicatieversies", versies)]:
    dump(f"data/{name}.json", {x["id"]: x for x in items})
comp = {a["id"]: {} for a in apps}
for c in compliancy:
    comp[c["applicatie"]].setdefault(c["standaardversie"], c["ondersteund"])
dump("data/compliancy.json", comp)


# ---------------------------------------------------------------- reverse lookups, sorted as the pages show them
def group(items, key, sortkey, multi=False):
    out = {}
    for x in items:
        for k in (key(x) if multi else [key(x)]):
            if k is not None:
                out.setdefault(k, []).append(x)
    return {k: [x["id"] for x in sorted(v, key=sortkey)] for k, v in out.items()}


def volledige_naam(c):
    return " ".join(p for p in (c["voornaam"], c.get("tussenvoegsel"), c["achternaam"]) if p)


def org_naam(i):
    return org[i]["naam"] if i in org else i


def app_naam(i):
    return app[i]["naam"] if i in app else ""


telling = {}
for g in gebruik:
    if g["status"] != "Uitgefaseerd":
        telling.setdefault(g["applicatie"], set()).add(g["afnemer"])
telling = {k: len(v) for k, v in telling.items()}
sommen = {}
for b in beoordelingen:
    s = sommen.setdefault(b.get("applicatie") or b.get("dienst"), {"aantal": 0, "som": 0})
    s["aantal"] += 1
    s["som"] += b["waardering"]
by_naam_id = lambda x: (x["naam"], x["id"])
afnemer_van = {g["id"]: g["afnemer"] for g in gebruik}


def koppeling_key(k):
    bron = app_naam(geb[k["bron"]]["applicatie"])
    if k.get("doel"):
        doel = app_naam(geb[k["doel"]]["applicatie"])
    else:
        doel = gemma["voorzieningen"].get(k.get("buitengemeentelijkeVoorziening"), {}).get("naam", "")
    return bron + doel + k["id"]


idx = {
    "versiesPerApp": group(versies, lambda v: v["applicatie"], lambda v: (v.get("datumInGebruik", ""), v["versie"]), False),
    "dienstenPerApp": group(diensten, lambda d: d["applicaties"], by_naam_id, True),
    "appsPerAanbieder": group(apps, lambda a: a["aanbieder"], by_naam_id),
    "dienstenPerAanbieder": group(diensten, lambda d: d["aanbieder"], by_naam_id),
    "appsPerRc": group(apps, lambda a: a["referentiecomponenten"], lambda a: (-telling.get(a["id"], 0), a["naam"] + a["id"]), True),
    "aanspreekpuntenPerOrg": group(contactpersonen, lambda c: c["organisatie"], lambda c: (volledige_naam(c), c["id"])),
    "ledenPerOrg": group(orgs, lambda o: [x for x in o.get("deelnames", [])], by_naam_id, True),
    "gebruikPerApp": group(gebruik, lambda g: g["applicatie"], lambda g: org_naam(g["afnemer"]) + g["id"]),
    "gebruikPerAfnemer": group(gebruik, lambda g: g["afnemer"], lambda g: app_naam(g["applicatie"]) + g["id"]),
    "gebruikPerRc": group(gebruik, lambda g: g["referentiecomponenten"], lambda g: org_naam(g["afnemer"]) + g["id"], True),
    "koppelingenPerAfnemer": group(koppelingen, lambda k: afnemer_van.get(k["bron"], ""), koppeling_key),
    "beoordelingenPerApp": group(beoordelingen, lambda b: b.get("applicatie") or b.get("dienst"), lambda b: (b.get("datum", ""), b["id"])),
}
for k in ("versiesPerApp", "beoordelingenPerApp"):  # newest first
    idx[k] = {a: list(reversed(v)) for a, v in idx[k].items()}
# Every page's id has an entry (maybe empty), so templates can take len without a nil check.
for keys, names in [(app, ("versiesPerApp", "dienstenPerApp", "gebruikPerApp", "beoordelingenPerApp")),
                    (org, ("appsPerAanbieder", "dienstenPerAanbieder", "aanspreekpuntenPerOrg", "ledenPerOrg",
                           "gebruikPerAfnemer", "koppelingenPerAfnemer")),
                    (gemma["referentiecomponenten"], ("appsPerRc", "gebruikPerRc"))]:
    for name in names:
        for k in keys:
            idx[name].setdefault(k, [])
for name, value in idx.items():
    dump(f"data/idx/{name}.json", value)
dump("data/idx/gebruikTelling.json", telling)
dump("data/idx/beoordelingSommen.json", sommen)
# Overviews: the ids in A–Z order (swc: sorted by slug, then naam).
ov = lambda items, naam=lambda x: x["naam"], ident=lambda x: x["id"]: [ident(x) for x in sorted(items, key=lambda x: (slug(naam(x)), naam(x)))]
dump("data/idx/overzicht.json", {
    "applicaties": ov(apps),
    "leveranciers": ov([o for o in orgs if o["type"] in ("Leverancier", "Community")]),
    "gemeenten": ov([o for o in orgs if o["type"] == "Gemeente"]),
    "samenwerkingen": ov([o for o in orgs if o["type"] == "Samenwerking"]),
    "referentiecomponenten": ov(list(gemma["referentiecomponenten"].items()), naam=lambda x: x[1]["naam"], ident=lambda x: x[0]),
    "diensten": ov(diensten),
})

# ---------------------------------------------------------------- content: stubs and editor pages
for a in apps:
    write(f"content/applicaties/{a['slug']}.md", json.dumps({"title": a["naam"], "id": a["id"], "type": "applicatie"}, ensure_ascii=False) + "\n")
for o in orgs:
    write(f"content/{SECTION[o['type']]}/{o['slug']}.md", json.dumps({"title": o["naam"], "id": o["id"], "type": "organisatie"}, ensure_ascii=False) + "\n")
for oid, r in gemma["referentiecomponenten"].items():
    write(f"content/referentiecomponenten/{r['slug']}.md", json.dumps({"title": r["naam"], "id": oid, "type": "referentiecomponent"}, ensure_ascii=False) + "\n")


def front(path):
    text = open(path, encoding="utf-8").read()
    m = re.match(r"---\n(.*?)\n---\n?(.*)", text, re.S)
    fm = {}
    for line in m.group(1).splitlines():
        if ":" in line:
            k, v = line.split(":", 1)
            fm[k.strip()] = v.strip()
    return fm, m.group(2)


OVERVIEWS = {"applicaties", "leveranciers", "gemeenten", "samenwerkingen", "referentiecomponenten", "diensten"}
for dirpath, _, files in os.walk(CONTENT):
    rel_dir = os.path.relpath(dirpath, CONTENT)
    if rel_dir.split(os.sep)[0] == "catalogus":
        continue
    for f in files:
        if not f.endswith(".md") or f in ("_site.md", "menu.md"):
            continue
        fm, body = front(os.path.join(dirpath, f))
        hfm = {"title": fm.get("titel", ""), "description": fm.get("beschrijving", "")}
        if "volgorde" in fm:
            hfm["weight"] = int(fm["volgorde"])
        rel = os.path.normpath(os.path.join(rel_dir, f))
        if f == "index.md":
            rel = os.path.join(os.path.dirname(rel), "_index.md")
            if rel_dir in OVERVIEWS:
                hfm.update(type="overzicht", bron=rel_dir)
        if rel == "404.md":
            hfm["url"] = "/404.html"
        write(f"content/{rel}", json.dumps(hfm, ensure_ascii=False) + "\n" + body)

# ---------------------------------------------------------------- config: site texts, menu, audience
site_fm, footer = front(os.path.join(CONTENT, "_site.md"))
menu, parents = [], []
for line in open(os.path.join(CONTENT, "menu.md"), encoding="utf-8"):
    m = re.match(r"( *)- \[(.*?)\]\((.*?)\)", line)
    if m:
        depth = len(m.group(1)) // 2
        item = {"name": m.group(2), "url": m.group(3), "identifier": f"m{len(menu)}", "weight": len(menu) + 1}
        parents[depth:] = [item["identifier"]]
        if depth:
            item["parent"] = parents[depth - 1]
        menu.append(item)
toml = lambda v: json.dumps(v, ensure_ascii=False)
write("config/_default/config.toml",
      'baseURL = "https://example.org/"\nlanguageCode = "nl"\n'
      f'title = {toml(site_fm.get("naam", ""))}\n'
      'disableKinds = ["RSS", "taxonomy", "term", "sitemap", "robotsTXT", "404"]\n'
      '[markup.goldmark.renderer]\nunsafe = true\n'
      + "".join("[[menu.main]]\n" + "".join(f"{k} = {toml(v)}\n" for k, v in item.items()) for item in menu))
write("config/_default/params.toml", 'audience = "publiek"\n' + "".join(f"{k} = {toml(v)}\n" for k, v in site_fm.items())
      + f"voettekst = {toml(footer)}\n")
write("config/publiek/params.toml", 'audience = "publiek"\n')
write("config/gemeenten/params.toml", 'audience = "gemeenten"\n')
if os.path.isdir(os.path.join(TEMPLATES, "assets")):
    shutil.copytree(os.path.join(TEMPLATES, "assets"), os.path.join(SITE, "static", "assets"))

# ---------------------------------------------------------------- layouts (equivalents of Templates/*.mustache)
L = {}
L["_default/baseof.html"] = """<!DOCTYPE html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ .Title }} · {{ site.Title }}</title>
<meta name="description" content="{{ block "description" . }}{{ .Description }}{{ end }}">
{{- if eq site.Params.audience "gemeenten" }}
<meta name="robots" content="noindex, nofollow">
{{- end }}
<link rel="stylesheet" href="/assets/swc.css">
</head>
<body>
<a class="overslaan" href="#inhoud">{{ site.Params.overslaan }}</a>
<header class="kop">
<div class="breed">
<a class="sitenaam" href="/">{{ site.Title }}</a>
{{- $cur := .RelPermalink }}
<nav class="menu" aria-label="{{ site.Params.menulabel }}">
<ul class="menu-hoofd">
{{- $sub := slice }}
{{- range site.Menus.main }}
{{- $act := or (eq .URL $cur) (and (ne .URL "/") (hasPrefix $cur .URL)) }}
{{- range .Children }}{{ if hasPrefix $cur .URL }}{{ $act = true }}{{ end }}{{ end }}
{{- if and $act .HasChildren }}{{ $sub = .Children }}{{ end }}
<li{{ if $act }} class="actief"{{ end }}><a href="{{ .URL }}"{{ if eq .URL $cur }} aria-current="page"{{ end }}>{{ .Name }}</a></li>
{{- end }}
</ul>
{{- with $sub }}
<ul class="menu-sub">
{{- range . }}
<li><a href="{{ .URL }}"{{ if eq .URL $cur }} aria-current="page"{{ end }}>{{ .Name }}</a></li>
{{- end }}
</ul>
{{- end }}
</nav>
</div>
</header>
{{- with .Ancestors.Reverse }}
<nav class="kruimelpad breed" aria-label="{{ site.Params.kruimelpadlabel }}">
<ol>
{{- range . }}
<li><a href="{{ .RelPermalink }}">{{ if .IsHome }}{{ site.Params.home }}{{ else }}{{ .Title }}{{ end }}</a></li>
{{- end }}
<li aria-current="page">{{ $.Title }}</li>
</ol>
</nav>
{{- end }}
<main id="inhoud" class="breed">
{{ block "main" . }}{{ end }}
</main>
<footer class="voet">
<div class="breed">
{{ partialCached "voet.html" . }}
</div>
</footer>
</body>
</html>
"""
L["partials/voet.html"] = "{{ site.Params.voettekst | markdownify }}\n"
L["partials/contact.html"] = """<p class="contact">{{ .voornaam }}{{ with .tussenvoegsel }} {{ . }}{{ end }} {{ .achternaam }}{{ with .functie }}, {{ . }}{{ end }}<br>
<a href="mailto:{{ .emailadres }}">{{ .emailadres }}</a>{{ with .telefoonnummer }}<br>
{{ . }}{{ end }}</p>
"""
SUB = """{{- with .Pages }}
<nav class="subpaginas" aria-labelledby="subpaginas-kop">
<h2 id="subpaginas-kop">{{ site.Params.onderdeellabel }}</h2>
<ul>
{{- range . }}
<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ .Description }}</li>
{{- end }}
</ul>
</nav>
{{- end }}
"""
L["_default/single.html"] = '{{ define "main" }}<h1>{{ .Title }}</h1>\n<div class="tekst">\n{{ .Content }}\n</div>\n{{ end }}\n'
L["_default/list.html"] = '{{ define "main" }}<h1>{{ .Title }}</h1>\n<div class="tekst">\n{{ .Content }}\n</div>\n' + SUB + "{{ end }}\n"
L["index.html"] = """{{ define "main" }}<h1>{{ .Title }}</h1>
{{- $d := site.Data }}
{{- $n := dict "Leverancier" 0 "Community" 0 "Gemeente" 0 "Samenwerking" 0 }}
{{- $s := newScratch }}
{{- range $d.organisaties }}{{ $s.Add .type 1 }}{{ end }}
<ul class="tellingen">
<li><a href="/applicaties/"><strong>{{ lang.FormatNumberCustom 0 (len $d.applicaties) "- , ." }}</strong> applicaties</a></li>
<li><a href="/leveranciers/"><strong>{{ lang.FormatNumberCustom 0 (add ($s.Get "Leverancier") ($s.Get "Community")) "- , ." }}</strong> leveranciers</a></li>
<li><a href="/referentiecomponenten/"><strong>{{ lang.FormatNumberCustom 0 (len $d.gemma.referentiecomponenten) "- , ." }}</strong> referentiecomponenten</a></li>
<li><a href="/gemeenten/"><strong>{{ lang.FormatNumberCustom 0 ($s.Get "Gemeente") "- , ." }}</strong> gemeenten</a></li>
<li><a href="/samenwerkingen/"><strong>{{ lang.FormatNumberCustom 0 ($s.Get "Samenwerking") "- , ." }}</strong> samenwerkingen</a></li>
<li><a href="/diensten/"><strong>{{ lang.FormatNumberCustom 0 (len $d.diensten) "- , ." }}</strong> diensten</a></li>
</ul>
{{- $p := split $d.catalogus.peildatum "-" }}
<p class="peildatum">Stand van {{ index $p 2 }}-{{ index $p 1 }}-{{ index $p 0 }}.</p>
<div class="tekst">
{{ .Content }}
</div>
{{ end }}
"""
LINK = '{{ if .url }}<a href="{{ .url }}">{{ .naam }}</a>{{ else }}{{ .naam }}{{ end }}'
DATE = '{{ with %s }}{{ $p := split . "-" }}{{ index $p 2 }}-{{ index $p 1 }}-{{ index $p 0 }}{{ end }}'
L["applicatie/single.html"] = """{{ define "description" }}{{ (index site.Data.applicaties .Params.id).beschrijvingKort }}{{ end }}
{{ define "main" }}
{{- $d := site.Data }}{{ $orgs := $d.organisaties }}{{ $id := .Params.id }}
{{- $a := index $d.applicaties $id }}
{{- $gem := eq site.Params.audience "gemeenten" }}
{{- $concept := eq $a.status "Concept" }}
<h1>{{ $a.naam }}{{ if $concept }} <span class="label">concept</span>{{ end }}</h1>
<p class="inleiding">{{ $a.beschrijvingKort }}</p>
{{- if $concept }}
<p class="melding">Deze applicatie is nog niet beoordeeld door VNG Realisatie{{ with $a.geregistreerdDoor }}{{ with index $orgs . }} en is geregistreerd door LINK{{ end }}{{ end }}.</p>
{{- end }}
<dl class="kenmerken">
<dt>Aanbieder</dt>
<dd>{{ with index $orgs $a.aanbieder }}LINK{{ end }}</dd>
<dt>In gebruik</dt>
<dd>bij {{ lang.FormatNumberCustom 0 (index $d.idx.gebruikTelling $id | default 0) "- , ." }} organisaties</dd>
{{- with index $d.idx.beoordelingSommen $id }}
{{- $avg := div (float .som) .aantal }}{{ $full := int (math.Round $avg) }}
<dt>Beoordeling</dt>
<dd><span aria-hidden="true">{{ strings.Repeat $full "★" }}{{ strings.Repeat (sub 5 $full) "☆" }}</span> {{ lang.FormatNumberCustom 1 $avg "- , ." }} van 5 ({{ .aantal }} {{ if eq .aantal 1 }}beoordeling{{ else }}beoordelingen{{ end }})</dd>
{{- end }}
{{- with $a.type }}
<dt>Soort</dt>
<dd>{{ . }}</dd>
{{- end }}
{{- with $a.cloudDienstverleningsmodel }}
<dt>Dienstverleningsmodel</dt>
<dd>{{ delimit . ", " }}</dd>
{{- end }}
{{- with $a.hostingLocatie }}
<dt>Hostinglocatie</dt>
<dd>{{ . }}</dd>
{{- end }}
{{- with $a.hostingJurisdictie }}
<dt>Jurisdictie hosting</dt>
<dd>{{ . }}</dd>
{{- end }}
{{- with $a.licentietype }}
<dt>Licentie</dt>
<dd>{{ . }}{{ with $a.licentie }} ({{ . }}){{ end }}</dd>
{{- end }}
{{- with $a.website }}
<dt>Website</dt>
<dd><a href="{{ . }}">{{ . }}</a></dd>
{{- end }}
</dl>
{{- with $a.beschrijvingLang }}
<h2>Beschrijving</h2>
<div class="tekst">
{{ . | markdownify }}
</div>
{{- end }}
<h2>Geschikt voor</h2>
{{- $rcs := slice }}
{{- range $a.referentiecomponenten }}{{ with index $d.gemma.referentiecomponenten . }}{{ $rcs = $rcs | append . }}{{ end }}{{ end }}
{{- $comp := index $d.compliancy $id }}
{{- range $rc := sort $rcs "naam" }}
<section class="component">
<h3>LINK</h3>
<p><a href="{{ .gemma_url }}">{{ .naam }} op GEMMA Online</a></p>
{{- with .standaarden }}
<table>
<caption>Standaarden voor {{ $rc.naam }}</caption>
<thead><tr><th scope="col">Standaard</th><th scope="col">Geldt als</th><th scope="col">Versies</th></tr></thead>
<tbody>
{{- range . }}{{ $rol := .rol }}{{ with index $d.gemma.standaarden .id }}
<tr><td><a href="{{ .gemma_url }}">{{ .naam }}</a></td><td>{{ $rol }}</td><td>{{ with .versies }}<ul class="versies">{{ range . }}<li>{{ (index $d.gemma.standaardversies .).naam }}: {{ if isset $comp . }}{{ if index $comp . }}<strong>ondersteund</strong>{{ else }}niet ondersteund{{ end }}{{ else }}geen opgave{{ end }}</li>{{ end }}</ul>{{ else }}geen versies bekend{{ end }}</td></tr>
{{- end }}{{ end }}
</tbody>
</table>
{{- end }}
</section>
{{- else }}
<p>De aanbieder heeft nog geen referentiecomponenten opgegeven.</p>
{{- end }}
{{- with index $d.idx.versiesPerApp $id }}
<h2>Versies</h2>
<table>
<thead><tr><th scope="col">Versie</th><th scope="col">Status</th><th scope="col">In ontwikkeling</th><th scope="col">In gebruik</th><th scope="col">Einde ondersteuning</th><th scope="col">Teruggetrokken</th></tr></thead>
<tbody>
{{- range . }}{{ with index $d.applicatieversies . }}
<tr><td>{{ .versie }}</td><td>{{ .status }}</td><td>DATE(.datumInOntwikkeling)</td><td>DATE(.datumInGebruik)</td><td>DATE(.datumEindeOndersteuning)</td><td>DATE(.datumTeruggetrokken)</td></tr>
{{- end }}{{ end }}
</tbody>
</table>
{{- end }}
{{- with index $d.idx.dienstenPerApp $id }}
<h2>Diensten</h2>
<ul>
{{- range . }}{{ with index $d.diensten . }}
<li>{{ .naam }} ({{ .type }}) door {{ with index $orgs .aanbieder }}LINK{{ end }}</li>
{{- end }}{{ end }}
</ul>
{{- end }}
{{- with $a.documenten }}
<h2>Documenten</h2>
<ul>
{{- range . }}
<li><a href="{{ .url }}">{{ .titel }}</a>{{ with .soort }} ({{ . }}){{ end }}</li>
{{- end }}
</ul>
{{- end }}
{{- $contacts := slice }}
{{- with $a.contactpersoon }}{{ with index $d.contactpersonen . }}{{ $contacts = slice . }}{{ end }}{{ end }}
{{- if not $contacts }}{{ range index $d.idx.aanspreekpuntenPerOrg $a.aanbieder }}{{ $contacts = $contacts | append (index $d.contactpersonen .) }}{{ end }}{{ end }}
{{- with $contacts }}
<h2>Aanspreekpunt</h2>
{{- range . }}
{{ partial "contact.html" . }}
{{- end }}
{{- end }}
{{- if $gem }}
<h2>Gebruikt door</h2>
{{- with index $d.idx.gebruikPerApp $id }}
<table>
<thead><tr><th scope="col">Organisatie</th><th scope="col">Versie</th><th scope="col">Status</th></tr></thead>
<tbody>
{{- range . }}{{ with index $d.gebruik . }}
<tr><td>{{ with index $orgs .afnemer }}LINK{{ end }}</td><td>{{ with .applicatieversie }}{{ (index $d.applicatieversies .).versie }}{{ end }}</td><td>{{ .status }}</td></tr>
{{- end }}{{ end }}
</tbody>
</table>
{{- else }}
<p>Nog geen organisatie heeft dit gebruik geregistreerd.</p>
{{- end }}
{{- with index $d.idx.beoordelingenPerApp $id }}
<h2>Beoordelingen</h2>
<ul class="beoordelingen">
{{- range . }}{{ with index $d.beoordelingen . }}
<li><span aria-hidden="true">{{ strings.Repeat (int .waardering) "★" }}{{ strings.Repeat (sub 5 (int .waardering)) "☆" }}</span> {{ .waardering }} van 5 door {{ with index $orgs .afnemer }}LINK{{ end }}{{ with .datum }} (DATE(.)){{ end }}{{ with .toelichting }}: {{ . }}{{ end }}</li>
{{- end }}{{ end }}
</ul>
{{- end }}
{{- end }}
{{ end }}
"""
L["organisatie/single.html"] = """{{ define "description" }}{{ with index site.Data.organisaties .Params.id }}{{ with .beschrijvingKort }}{{ . }}{{ else }}{{ .type }} {{ .naam }}{{ end }}{{ end }}{{ end }}
{{ define "main" }}
{{- $d := site.Data }}{{ $orgs := $d.organisaties }}{{ $id := .Params.id }}
{{- $o := index $orgs $id }}
{{- $gem := eq site.Params.audience "gemeenten" }}
{{- $afnemer := or (eq $o.type "Gemeente") (eq $o.type "Samenwerking") }}
<h1>{{ $o.naam }}{{ if eq $o.status "Concept" }} <span class="label">concept</span>{{ end }}</h1>
{{- with $o.beschrijvingKort }}
<p class="inleiding">{{ . }}</p>
{{- end }}
<dl class="kenmerken">
<dt>Soort</dt>
<dd>{{ $o.type }}{{ with $o.samenwerkingtype }} ({{ . }}){{ end }}</dd>
{{- with $o.cbsCode }}
<dt>CBS-code</dt>
<dd>{{ . }}</dd>
{{- end }}
{{- with $o.provincie }}
<dt>Provincie</dt>
<dd>{{ . }}</dd>
{{- end }}
{{- with $o.inwonertal }}
<dt>Inwoners</dt>
<dd>{{ lang.FormatNumberCustom 0 . "- , ." }}</dd>
{{- end }}
{{- with $o.website }}
<dt>Website</dt>
<dd><a href="{{ . }}">{{ . }}</a></dd>
{{- end }}
</dl>
{{- with $o.beschrijvingLang }}
<div class="tekst">
{{ . | markdownify }}
</div>
{{- end }}
{{- $deelnames := slice }}
{{- range $o.deelnames }}{{ with index $orgs . }}{{ $deelnames = $deelnames | append . }}{{ end }}{{ end }}
{{- with $deelnames }}
<h2>Neemt deel aan</h2>
<ul>
{{- range sort . "naam" }}
<li>LINK</li>
{{- end }}
</ul>
{{- end }}
{{- with index $d.idx.ledenPerOrg $id }}
<h2>Deelnemers</h2>
<ul>
{{- range . }}{{ with index $orgs . }}
<li>LINK</li>
{{- end }}{{ end }}
</ul>
{{- end }}
{{- with index $d.idx.appsPerAanbieder $id }}
<h2>Applicaties ({{ lang.FormatNumberCustom 0 (len .) "- , ." }})</h2>
<ul class="lijst">
{{- range . }}{{ with index $d.applicaties . }}
<li>LINK{{ if eq .status "Concept" }} <span class="label">concept</span>{{ end }} <span class="toelichting">{{ .beschrijvingKort }}</span></li>
{{- end }}{{ end }}
</ul>
{{- end }}
{{- with index $d.idx.dienstenPerAanbieder $id }}
<h2>Diensten ({{ lang.FormatNumberCustom 0 (len .) "- , ." }})</h2>
<ul class="lijst">
{{- range . }}{{ with index $d.diensten . }}
<li>{{ .naam }} <span class="toelichting">{{ .type }}{{ with .beschrijvingKort }}: {{ . }}{{ end }}</span></li>
{{- end }}{{ end }}
</ul>
{{- end }}
{{- if or $gem (not $afnemer) }}
{{- with index $d.idx.aanspreekpuntenPerOrg $id }}
<h2>Aanspreekpunten</h2>
{{- range . }}
{{ partial "contact.html" (index $d.contactpersonen .) }}
{{- end }}
{{- end }}
{{- end }}
{{- if and $gem $afnemer }}
{{- $rows := index $d.idx.gebruikPerAfnemer $id }}
<h2>Applicatielandschap ({{ lang.FormatNumberCustom 0 (len $rows) "- , ." }})</h2>
{{- with $rows }}
<table>
<thead><tr><th scope="col">Applicatie</th><th scope="col">Versie</th><th scope="col">Status</th><th scope="col">Referentiecomponenten</th><th scope="col">Leverancier</th><th scope="col">Diensten</th></tr></thead>
<tbody>
{{- range . }}{{ with index $d.gebruik . }}{{ $app := index $d.applicaties .applicatie }}
{{- $rcs := slice }}{{ range .referentiecomponenten }}{{ with index $d.gemma.referentiecomponenten . }}{{ $rcs = $rcs | append . }}{{ end }}{{ end }}
{{- $ds := slice }}{{ range .diensten }}{{ $ds = $ds | append (index $d.diensten .).naam }}{{ end }}
<tr><td>{{ with $app }}LINK{{ end }}</td><td>{{ with .applicatieversie }}{{ (index $d.applicatieversies .).versie }}{{ end }}</td><td>{{ .status }}</td><td>{{ range sort $rcs "naam" }}LINK {{ end }}</td><td>{{ with index $orgs $app.aanbieder }}LINK{{ end }}</td><td>{{ delimit (sort $ds) ", " }}</td></tr>
{{- end }}{{ end }}
</tbody>
</table>
{{- else }}
<p>Er is nog geen applicatielandschap geregistreerd.</p>
{{- end }}
{{- $ks := index $d.idx.koppelingenPerAfnemer $id }}
<h2>Koppelingen ({{ lang.FormatNumberCustom 0 (len $ks) "- , ." }})</h2>
{{- with $ks }}
<table>
<thead><tr><th scope="col">Koppeling</th><th scope="col">Van</th><th scope="col">Richting</th><th scope="col">Naar</th><th scope="col">Soort</th><th scope="col">Status</th></tr></thead>
<tbody>
{{- range . }}{{ with index $d.koppelingen . }}
{{- $bron := (index $d.applicaties (index $d.gebruik .bron).applicatie).naam }}
{{- $doel := "" }}{{ with .doel }}{{ $doel = (index $d.applicaties (index $d.gebruik .).applicatie).naam }}{{ else }}{{ with index $d.gemma.voorzieningen .buitengemeentelijkeVoorziening }}{{ $doel = .naam }}{{ end }}{{ end }}
<tr><td>{{ .naam }}</td><td>{{ $bron }}</td><td>{{ if eq .richting "AnaarB" }}→{{ else if eq .richting "BnaarA" }}←{{ else }}↔{{ end }}</td><td>{{ $doel }}{{ if .buitengemeentelijkeVoorziening }} (landelijke voorziening){{ end }}</td><td>{{ .type }}</td><td>{{ .status }}</td></tr>
{{- end }}{{ end }}
</tbody>
</table>
{{- else }}
<p>Er zijn nog geen koppelingen geregistreerd.</p>
{{- end }}
{{- end }}
{{ end }}
"""
L["referentiecomponent/single.html"] = """{{ define "description" }}Referentiecomponent {{ .Title }}{{ end }}
{{ define "main" }}
{{- $d := site.Data }}{{ $orgs := $d.organisaties }}{{ $id := .Params.id }}
{{- $r := index $d.gemma.referentiecomponenten $id }}
<h1>{{ $r.naam }}</h1>
<p class="inleiding">Referentiecomponent uit GEMMA. <a href="{{ $r.gemma_url }}">{{ $r.naam }} op GEMMA Online</a></p>
{{- with $r.beschrijving }}
<div class="tekst">
<p>{{ . }}</p>
</div>
{{- end }}
{{- range $rol := slice "Verplicht" "Aanbevolen" }}
{{- $list := slice }}{{ range $r.standaarden }}{{ if eq .rol $rol }}{{ $list = $list | append (index $d.gemma.standaarden .id) }}{{ end }}{{ end }}
{{- with $list }}
<h2>{{ if eq $rol "Verplicht" }}Verplichte{{ else }}Aanbevolen{{ end }} standaarden</h2>
<ul>
{{- range . }}
<li><a href="{{ .gemma_url }}">{{ .naam }}</a></li>
{{- end }}
</ul>
{{- end }}
{{- end }}
{{- $apps := index $d.idx.appsPerRc $id }}
<h2>Applicaties ({{ lang.FormatNumberCustom 0 (len $apps) "- , ." }})</h2>
{{- with $apps }}
<table>
<thead><tr><th scope="col">Applicatie</th><th scope="col">Aanbieder</th><th scope="col">In gebruik bij</th></tr></thead>
<tbody>
{{- range . }}{{ with index $d.applicaties . }}
<tr><td>LINK{{ if eq .status "Concept" }} <span class="label">concept</span>{{ end }}</td><td>{{ with index $orgs .aanbieder }}LINK{{ end }}</td><td>{{ lang.FormatNumberCustom 0 (index $d.idx.gebruikTelling .id | default 0) "- , ." }} organisaties</td></tr>
{{- end }}{{ end }}
</tbody>
</table>
{{- else }}
<p>Er zijn nog geen applicaties geregistreerd die geschikt zijn voor deze referentiecomponent.</p>
{{- end }}
{{- if eq site.Params.audience "gemeenten" }}
<h2>Wie gebruikt wat</h2>
{{- with index $d.idx.gebruikPerRc $id }}
<table>
<thead><tr><th scope="col">Organisatie</th><th scope="col">Applicatie</th><th scope="col">Status</th></tr></thead>
<tbody>
{{- range . }}{{ with index $d.gebruik . }}
<tr><td>{{ with index $orgs .afnemer }}LINK{{ end }}</td><td>{{ with index $d.applicaties .applicatie }}LINK{{ end }}</td><td>{{ .status }}</td></tr>
{{- end }}{{ end }}
</tbody>
</table>
{{- else }}
<p>Nog geen organisatie heeft gebruik voor deze referentiecomponent geregistreerd.</p>
{{- end }}
{{- end }}
{{ end }}
"""
L["overzicht/list.html"] = """{{ define "main" }}
{{- $d := site.Data }}{{ $orgs := $d.organisaties }}{{ $bron := .Params.bron }}
{{- $ids := index $d.idx.overzicht $bron }}
{{- $items := slice }}
{{- range $rid := $ids }}
{{- $it := dict }}
{{- if eq $bron "applicaties" }}{{ with index $d.applicaties . }}{{ $it = dict "naam" .naam "url" .url "concept" (eq .status "Concept") "toelichting" (index $orgs .aanbieder).naam }}{{ end }}
{{- else if eq $bron "leveranciers" }}{{ with index $orgs . }}{{ $it = dict "naam" .naam "url" .url "toelichting" (printf "%s · %s applicaties" .type (lang.FormatNumberCustom 0 (len (index $d.idx.appsPerAanbieder .id)) "- , .")) }}{{ end }}
{{- else if eq $bron "gemeenten" }}{{ with index $orgs . }}{{ $it = dict "naam" .naam "url" .url "toelichting" (delimit (slice .provincie .cbsCode) " · ") }}{{ end }}
{{- else if eq $bron "samenwerkingen" }}{{ with index $orgs . }}{{ $it = dict "naam" .naam "url" .url "toelichting" (printf "%s deelnemers" (lang.FormatNumberCustom 0 (len (index $d.idx.ledenPerOrg .id)) "- , .")) }}{{ end }}
{{- else if eq $bron "referentiecomponenten" }}{{ with index $d.gemma.referentiecomponenten . }}{{ $it = dict "naam" .naam "url" .url "toelichting" (printf "%s applicaties" (lang.FormatNumberCustom 0 (len (index $d.idx.appsPerRc $rid)) "- , .")) }}{{ end }}
{{- else }}{{ with index $d.diensten . }}{{ $it = dict "naam" .naam "toelichting" (printf "%s · %s" .type (index $orgs .aanbieder).naam) }}{{ end }}
{{- end }}
{{- $l := upper (substr (anchorize $it.naam) 0 1) }}{{ if not (findRE "^[A-Z]$" $l) }}{{ $l = "#" }}{{ end }}
{{- $items = $items | append (merge $it (dict "letter" $l)) }}
{{- end }}
{{- $count := newScratch }}{{ range $items }}{{ $count.Add .letter 1 }}{{ end }}
<h1>{{ .Title }}</h1>
<div class="tekst">
{{ .Content }}
</div>
<p class="telling">{{ lang.FormatNumberCustom 0 (len $items) "- , ." }} in totaal</p>
<nav class="az" aria-label="Naar beginletter">
<ul>
{{- range split "ABCDEFGHIJKLMNOPQRSTUVWXYZ#" "" }}{{ $anker := cond (eq . "#") "overig" (printf "letter-%s" (lower .)) }}
<li>{{ if $count.Get . }}<a href="#{{ $anker }}">{{ . }}</a>{{ else }}<span class="az-leeg">{{ . }}</span>{{ end }}</li>
{{- end }}
</ul>
</nav>
{{- $prev := "" }}
{{- range $items }}
{{- if ne .letter $prev }}{{ if $prev }}
</ul>
</section>{{ end }}{{ $prev = .letter }}{{ $anker := cond (eq .letter "#") "overig" (printf "letter-%s" (lower .letter)) }}
<section class="az-groep" aria-labelledby="{{ $anker }}">
<h2 id="{{ $anker }}">{{ .letter }} <span class="aantal">({{ lang.FormatNumberCustom 0 ($count.Get .letter) "- , ." }})</span></h2>
<ul class="lijst">
{{- end }}
<li>LINK{{ if .concept }} <span class="label">concept</span>{{ end }}{{ with .toelichting }} <span class="toelichting">{{ . }}</span>{{ end }}</li>
{{- end }}
{{- if $prev }}
</ul>
</section>
{{- end }}
{{ end }}
"""
for name, text in L.items():
    text = re.sub(r"DATE\((.*?)\)", lambda m: DATE % m.group(1), text.replace("LINK", LINK))
    write(f"layouts/{name}", text)
print(f"hugo site: {len(apps)} applicaties, {len(orgs)} organisaties, {len(gemma['referentiecomponenten'])} referentiecomponenten "
      f"({len(gebruik)} gebruik, {len(koppelingen)} koppelingen) -> {SITE}", file=sys.stderr)
