#!/usr/bin/env python3
"""Writes the same N markdown pages twice, deterministically (seed 42): DIR/content for swc, DIR/hugo for Hugo.

usage: gen_pages.py DIR N [SECTIONS]
Pages are content/sectie-SS/pagina-NNNNN.md (300-600 words: headings, a list, a table, bold, links),
plus an index page per section, the home page and 404. Hugo gets an equivalent layout in DIR/hugo/layouts.
"""
import os, random, shutil, sys

out, n = sys.argv[1], int(sys.argv[2])
nsec = int(sys.argv[3]) if len(sys.argv) > 3 else 20
rnd = random.Random(42)
W = lambda *xs: rnd.choice(xs)

APPS = ["Zaaksysteem Plus", "BurgerBalie", "Wmo-Regie", "DocuFlow", "GeoPortaal", "Belastingen Online", "iBurgerzaken",
        "Klantvolg", "OpenZaak", "Raadsinformatie Pro", "Vergunningcheck", "Sociaal Domein Suite", "MijnLoket", "Archiefbeheer 3"]
LEV = ["Centric", "PinkRoccade", "Roxit", "Decos", "Conduction", "Visma", "Exxellence", "Dimpact", "Gemeentelijke ICT-coöperatie"]
COMP = ["zaakafhandelcomponent", "burgerzakencomponent", "Wmo-component", "documentregistratiecomponent", "klantinteractiecomponent",
        "belastingcomponent", "vergunningencomponent", "GIS-component", "e-formuliercomponent", "archiefcomponent"]
STD = ["StUF-ZKN", "ZGW API's", "Haal Centraal BRP", "NLX", "DigiD", "eHerkenning", "WCAG 2.1", "iWmo", "BAG API", "Common Ground"]
ORG = ["de gemeente", "een samenwerking", "de leverancier", "VNG Realisatie", "het shared service center", "de omgevingsdienst"]
VERB = ["ondersteunt", "koppelt met", "levert gegevens aan", "vervangt", "registreert", "toont", "archiveert", "controleert"]
ADJ = ["nieuwe", "actuele", "verplichte", "aanbevolen", "landelijke", "eigen", "gedeelde", "digitale"]
NOUN = ["zaken", "documenten", "aanvragen", "besluiten", "klantcontacten", "vergunningen", "meldingen", "registraties", "koppelingen"]
HEAD = ["Wat doet de applicatie?", "Ondersteunde standaarden", "Versies en levenscyclus", "Hosting en licentie", "Koppelingen",
        "Diensten van de leverancier", "Gebruik door gemeenten", "Aandachtspunten bij vervanging", "Beveiliging", "Contact"]
secs = [f"sectie-{s:02d}" for s in range(1, nsec + 1)]
urls = [f"/{secs[i % nsec]}/pagina-{i:05d}/" for i in range(n)]

def link():
    if rnd.random() < 0.6:
        return f"[{W(*APPS)}]({rnd.choice(urls)})"
    return f"[{W('GEMMA Online', 'de softwarecatalogus', 'VNG Realisatie')}](https://www.{W('gemmaonline', 'softwarecatalogus', 'vngrealisatie')}.nl/{W(*NOUN)})"

def sentence():
    s = W(f"{W(*APPS)} {W(*VERB)} {W(*ADJ)} {W(*NOUN)} voor {W(*ORG)}",
          f"Met de {W(*COMP)} kan {W(*ORG)} {W(*ADJ)} {W(*NOUN)} sneller afhandelen",
          f"{W(*ORG)} gebruikt {W(*STD)} om {W(*NOUN)} uit te wisselen met de {W(*COMP)}",
          f"Volgens {W(*LEV)} is versie {rnd.randint(1, 9)}.{rnd.randint(0, 20)} geschikt voor {W(*ADJ)} {W(*NOUN)}",
          f"Bij een aanbesteding let {W(*ORG)} op de {W(*ADJ)} standaarden en de levenscyclus van de applicatie")
    s = s[0].upper() + s[1:]
    r = rnd.random()
    if r < 0.15: s += f", zie ook {link()}"
    elif r < 0.3: s = s.replace(" voor ", " voor **", 1) + "**" if " voor " in s else f"**{s}**"
    return s + "."

def para(): return " ".join(sentence() for _ in range(rnd.randint(3, 5)))

def body():
    parts = [para()]
    for k, h in enumerate(rnd.sample(HEAD, rnd.randint(3, 4))):
        parts += [f"## {h}", para()]
        if k == 0:
            parts.append("\n".join(f"- {sentence()}" for _ in range(rnd.randint(3, 6))))
        if k == 1:
            rows = [f"| {W(*STD)} | {W('ja', 'nee', 'gedeeltelijk')} | {rnd.randint(1, 5)}.{rnd.randint(0, 9)} |" for _ in range(rnd.randint(3, 5))]
            parts.append("\n".join(["| Standaard | Ondersteund | Versie |", "| --- | --- | --- |"] + rows))
        if rnd.random() < 0.5: parts.append(para())
    while sum(len(p.split()) for p in parts) < 300: parts.insert(-1, para())
    return "\n\n".join(parts) + "\n"

def title(i): return f"{W(*APPS)} {i} van {W(*LEV)}"
def desc(): return f"{W(*APPS)} {W(*VERB)} {W(*ADJ)} {W(*NOUN)} voor {W(*ORG)}."

def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f: f.write(text)

def page(rel, t, d, b, hugo_rel=None, extra=""):
    write(f"{out}/content/{rel}", f"---\ntitel: {t}\nbeschrijving: {d}\n---\n\n{b}")
    write(f"{out}/hugo/content/{hugo_rel or rel}", f'---\ntitle: "{t}"\ndescription: "{d}"\n{extra}---\n\n{b}')

FOOTER = "De GEMMA Softwarecatalogus is een dienst van [VNG Realisatie](https://www.vngrealisatie.nl).\n\n- [Sectie 1](/sectie-01/)\n- [Sectie 2](/sectie-02/)\n"
menu = [(f"Sectie {s}", f"/sectie-{s:02d}/") for s in range(1, 9)]
# The site texts: the project's own _site.md front matter (its required keys change as swc grows), our footer.
TEXTS = {"naam": "GEMMA Softwarecatalogus", "beschrijving": "Software voor gemeenten.", "overslaan": "Direct naar de inhoud",
         "menulabel": "Hoofdmenu", "kruimelpadlabel": "Kruimelpad", "home": "Home", "onderdeellabel": "In dit onderdeel"}
try:
    fm = open("/work/main/content/_site.md", encoding="utf-8").read().split("---\n")[1]
    TEXTS.update(l.split(": ", 1) for l in fm.splitlines() if ": " in l)
except (OSError, IndexError): pass
write(f"{out}/content/_site.md", "---\n" + "".join(f"{k}: {v}\n" for k, v in TEXTS.items()) + "---\n\n" + FOOTER)
write(f"{out}/content/menu.md", "".join(f"- [{t}]({u})\n" for t, u in menu))
page("index.md", "GEMMA Softwarecatalogus", "Zoek software voor gemeenten.", body(), "_index.md")
page("404.md", "Pagina niet gevonden", "Deze pagina bestaat niet.", para() + "\n", extra='url: "/404.html"\n')
for s, sec in enumerate(secs, 1):
    page(f"{sec}/index.md", f"Sectie {s}", f"Applicaties in sectie {s}.", body(), f"{sec}/_index.md")
for i in range(n):
    rel = f"{secs[i % nsec]}/pagina-{i:05d}.md"
    page(rel, title(i), desc(), body())

# Hugo: config and a layout equivalent to Templates/base.mustache + partials (menu, breadcrumb) + pagina.mustache.
H = f"{out}/hugo"
write(f"{H}/config.toml", 'baseURL = "https://example.org/"\nlanguageCode = "nl"\ntitle = "GEMMA Softwarecatalogus"\n'
      'disableKinds = ["RSS", "taxonomy", "term", "404"]\n[params]\n'
      + "".join(f'{k} = "{v}"\n' for k, v in TEXTS.items()) + f'voettekst = """{FOOTER}"""\n'
      + "".join(f'[[menu.main]]\nname = "{t}"\nurl = "{u}"\nweight = {k}\n' for k, (t, u) in enumerate(menu, 1)))
write(f"{H}/layouts/_default/baseof.html", """<!DOCTYPE html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ .Title }} · {{ site.Title }}</title>
<meta name="description" content="{{ .Description }}">
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
{{- range site.Menus.main }}
{{- $act := or (eq .URL $cur) (and (ne .URL "/") (hasPrefix $cur .URL)) }}
<li{{ if $act }} class="actief"{{ end }}><a href="{{ .URL }}"{{ if eq .URL $cur }} aria-current="page"{{ end }}>{{ .Name }}</a></li>
{{- end }}
</ul>
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
""")
write(f"{H}/layouts/partials/voet.html", "{{ site.Params.voettekst | markdownify }}\n")
MAIN = '{{ define "main" }}<h1>{{ .Title }}</h1>\n<div class="tekst">\n{{ .Content }}\n</div>\n%s{{ end }}\n'
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
"""  # like Templates/pagina.mustache: a section page lists its pages (swc does not list them on the home page)
for name, extra in [("_default/single.html", ""), ("_default/list.html", SUB), ("index.html", "")]:
    write(f"{H}/layouts/{name}", MAIN % extra)
css = "/work/main/Templates/assets/swc.css"
if os.path.exists(css):
    os.makedirs(f"{H}/static/assets", exist_ok=True); shutil.copy(css, f"{H}/static/assets/")
