#!/usr/bin/env python3
"""Een steekproef van een gebouwde site met elke soort pagina erin (issue 5: check-a11y "sampled").

Gebruik: steekproef.py SITE UIT [PER_SOORT]
- De soort van een pagina is haar map op het hoogste niveau, haar diepte en haar vaste
  mapnamen: een plek in het pad met meer dan 12 verschillende namen (bij dezelfde map en diepte)
  is een slug. `gemeenten/utrecht/index.html` en `gemeenten/ede/index.html` zijn één soort,
  `gemeenten/utrecht/buren/index.html` een andere, `zoeken/cloudmodel/saas/index.html` en
  `zoeken/cloudmodel/paas/index.html` weer één.
- Per soort PER_SOORT pagina's (standaard 3), gelijk verdeeld over de gesorteerde lijst (de eerste,
  de middelste, de laatste …), dus elke keer dezelfde.
- UIT wordt een kopie van SITE met harde links: alle bestanden die geen HTML zijn, en alleen de
  gekozen HTML-pagina's; daarop draait `check-a11y UIT 0` dan elke gekozen pagina.
Laatste regel: "steekproef: P pagina's van S soorten (uit N)".
"""
import collections, os, pathlib, shutil, sys

FEW = 12


def kinds_of(pages: list) -> dict:
    """Groups pages by soort: a path position is a slug when it takes more than FEW values among
    the pages of the same top-level folder and depth, and is written as '*' in the soort."""
    split = [rel.split("/") for rel in pages]
    values = collections.defaultdict(set)
    for parts in split:
        for i, part in enumerate(parts[1:-1], start=1):
            values[(parts[0], len(parts), i)].add(part)
    groups = collections.defaultdict(list)
    for rel, parts in zip(pages, split):
        key = [parts[0] if len(parts) > 1 else ".", str(len(parts))]
        key += [part if len(values[(parts[0], len(parts), i)]) <= FEW else "*" for i, part in enumerate(parts[1:-1], start=1)]
        groups["/".join(key)].append(rel)
    return groups


def spread(items: list, n: int) -> list:
    if len(items) <= n:
        return items
    return sorted({items[round(i * (len(items) - 1) / (n - 1))] for i in range(n)}) if n > 1 else items[:1]


def main() -> int:
    if len(sys.argv) < 3:
        print(__doc__)
        return 2
    site, out = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
    per = int(sys.argv[3]) if len(sys.argv) > 3 else 3
    if not (site / "index.html").is_file():
        print(f"{site}: geen gebouwde site (index.html ontbreekt)")
        return 2
    if out.exists():
        shutil.rmtree(out)
    pages = sorted(p.relative_to(site).as_posix() for p in site.rglob("*.html"))
    kinds = kinds_of(pages)
    chosen = {rel for group in kinds.values() for rel in spread(group, per)}
    for path in site.rglob("*"):
        rel = path.relative_to(site).as_posix()
        if path.is_dir() or (rel.endswith(".html") and rel not in chosen):
            continue
        target = out / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        try:
            os.link(path, target)
        except OSError:
            shutil.copy2(path, target)
    print(f"steekproef: {len(chosen)} pagina's van {len(kinds)} soorten (uit {len(pages)})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
