#!/usr/bin/env python3
"""Maakt uit een gegevensmap een 'vorige peildatum' om `swc build --previous` mee te laten zien
(issue 6, Wijzigingen): de demo en de metingen hebben zo elke soort wijziging.

Gebruik: vorige-peildatum.py GEGEVENSMAP UITVOERMAP

De uitvoermap is een kopie van de gegevensmap, een maand eerder, waarin:
- elke 40e applicatie zonder landschapsregels nog ontbreekt (wordt: nieuwe applicatie);
- één extra applicatie staat die nu weg is (wordt: ingetrokken);
- elke 50e gepubliceerde applicatie nog Concept is (wordt: andere status);
- van elke 15e applicatie met meer versies de laatste versie nog ontbreekt (wordt: nieuwe versie);
- elke 8e versie met 'einde ondersteuning' nog 'in gebruik' is (wordt: einde ondersteuning);
- elke 12e versie 'in gebruik' nog 'in ontwikkeling' is (wordt: andere levensfase);
- elke 10e dienst nog ontbreekt (wordt: nieuwe dienst), en elke 25e dienst met meer
  applicaties er één minder had (wordt: dienst voor meer applicaties).
Alles gaat op volgorde van id: dezelfde invoer geeft altijd dezelfde uitvoer.
"""
import json, os, shutil, sys

source, target = sys.argv[1], sys.argv[2]
if os.path.exists(target):
    sys.exit(f"{target} bestaat al; kies een nieuwe map")
shutil.copytree(source, target)
# Een manifest van de vorige bouw hoort bij een echte vorige peildatum, niet bij deze afleiding.
if os.path.exists(os.path.join(target, "urls.json")):
    os.remove(os.path.join(target, "urls.json"))


def load(name):
    with open(os.path.join(target, name + ".json"), encoding="utf-8") as f:
        return json.load(f)


def save(name, value):
    with open(os.path.join(target, name + ".json"), "w", encoding="utf-8") as f:
        json.dump(value, f, ensure_ascii=False, indent=2)
        f.write("\n")


catalogus = load("catalogus")
year, month, day = (int(p) for p in catalogus["peildatum"].split("-"))
year, month = (year, month - 1) if month > 1 else (year - 1, 12)
catalogus["peildatum"] = f"{year:04d}-{month:02d}-{min(day, 28):02d}"

applicaties = sorted(load("applicaties"), key=lambda a: a["id"])
versies = sorted(load("applicatieversies"), key=lambda v: v["id"])
diensten = sorted(load("diensten"), key=lambda d: d["id"])
gebruik, compliancy, beoordelingen = load("gebruik"), load("compliancy"), load("beoordelingen")
koppelingen, contracten = load("koppelingen"), load("contracten")

used = {g["applicatie"] for g in gebruik} | {k.get("intermediair") for k in koppelingen}
referred = {x for a in applicaties for x in a.get("onderdeelVan", [])} | {a.get("opgegaanIn") for a in applicaties}
removable = [a["id"] for a in applicaties if a["id"] not in used and a["id"] not in referred and a.get("status") != "Gedepubliceerd"]
gone = set(removable[::40])

published = [a for a in applicaties if a["id"] not in gone and a.get("status", "Gepubliceerd") == "Gepubliceerd"]
for a in published[7::50]:
    a["status"] = "Concept"

per_applicatie = {}
for v in versies:
    per_applicatie.setdefault(v["applicatie"], []).append(v)
later = set()
for position, (app, list_) in enumerate(sorted(per_applicatie.items())):
    if app not in gone and len(list_) > 1 and position % 15 == 3:
        later.add(max(list_, key=lambda v: (v.get("datumInGebruik") or v.get("datumInOntwikkeling") or "", v["id"]))["id"])
ended = [v for v in versies if v.get("status") == "einde ondersteuning" and v["id"] not in later]
for v in ended[2::8]:
    v["status"] = "in gebruik"
in_use = [v for v in versies if v.get("status") == "in gebruik" and v["id"] not in later and v not in ended[2::8]]
for v in in_use[5::12]:
    v["status"] = "in ontwikkeling"

new_diensten = {d["id"] for d in diensten[4::10]}
for d in [d for d in diensten if d["id"] not in new_diensten and len(d.get("applicaties", [])) > 1][1::25]:
    d["applicaties"] = d["applicaties"][:-1]

applicaties = [a for a in applicaties if a["id"] not in gone]
for d in diensten:
    d["applicaties"] = [x for x in d.get("applicaties", []) if x not in gone]
# Een applicatie die er toen nog was en nu is verdwenen.
aanbieder = applicaties[0]["aanbieder"]
applicaties.append({"id": "app-vorige-00001", "naam": "Rekenhulp Klassiek", "aanbieder": aanbieder,
                    "beschrijvingKort": "Een rekenhulp die niet meer wordt aangeboden.", "status": "Gepubliceerd"})
versies = [v for v in versies if v["applicatie"] not in gone and v["id"] not in later]
for g in gebruik:
    if g.get("applicatieversie") in later:
        del g["applicatieversie"]
    if "diensten" in g:
        g["diensten"] = [x for x in g["diensten"] if x not in new_diensten]
for c in contracten:
    if c.get("dienst") in new_diensten:
        del c["dienst"]

save("catalogus", catalogus)
save("applicaties", sorted(applicaties, key=lambda a: a["id"]))
save("applicatieversies", versies)
save("diensten", [d for d in diensten if d["id"] not in new_diensten])
save("gebruik", gebruik)
save("contracten", contracten)
save("compliancy", [c for c in compliancy if c["applicatie"] not in gone])
save("beoordelingen", [b for b in beoordelingen if b.get("applicatie") not in gone and b.get("dienst") not in new_diensten])
print(f"vorige peildatum {catalogus['peildatum']}: {len(gone)} applicaties, {len(later)} versies en {len(new_diensten)} diensten minder, "
      f"1 applicatie meer, in {target}")
