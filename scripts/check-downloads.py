#!/usr/bin/env python3
"""Leest elke download van een gebouwde site terug met gereedschap van derden.

Gebruik: check-downloads.py SITE [--libreoffice N]

- Elke CSV: UTF-8 met BOM, CRLF, ';' als scheidingsteken; Python's csv-module leest hem en elke
  regel heeft evenveel cellen als de kop; de kop heeft geen dubbele namen.
- Elke XLSX (met openpyxl): dezelfde waarden als zijn CSV-tweeling (een CSV-cel die met ' begint
  omdat hij op een formule leek, telt zonder die '), alles tekst, vette vaste kopregel (A2),
  autofilter over de hele tabel.
- Met --libreoffice N: de eerste N CSV's gaan door LibreOffice (soffice --headless) naar XLSX en
  terug naar CSV, met de importopties expliciet, en moeten dezelfde waarden geven. Daarnaast leest
  LibreOffice elke XLSX (in groepen per aanroep) en schrijft hem als CSV: dezelfde waarden als zijn
  CSV-tweeling.
Laatste regel: "downloads: C csv, X xlsx, L libreoffice, F fout"; exitcode 1 bij een fout.
"""
import csv, io, os, shutil, subprocess, sys, tempfile

def read_csv(path):
    raw = open(path, "rb").read()
    problems = []
    if not raw.startswith(b"\xef\xbb\xbf"):
        problems.append("geen BOM")
    body = raw[3:]
    if b"\n" in body.replace(b"\r\n", b"") and b'"' not in body:
        problems.append("regels niet met CRLF")
    if not body.endswith(b"\r\n"):
        problems.append("laatste regel niet met CRLF afgesloten")
    text = body.decode("utf-8")
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=";", quotechar='"'))
    if not rows:
        problems.append("leeg")
        return rows, problems
    header = rows[0]
    if len(set(header)) != len(header):
        problems.append("dubbele kolomnamen")
    for number, row in enumerate(rows[1:], start=2):
        if len(row) != len(header):
            problems.append(f"regel {number}: {len(row)} cellen, kop heeft er {len(header)}")
            break
    return rows, problems

def unneutralised(cell):
    return cell[1:] if cell.startswith("'") and cell[1:2] in ("=", "+", "-", "@", "\t", "\r") else cell

def check_xlsx(path, rows):
    import openpyxl
    problems = []
    book = openpyxl.load_workbook(path)
    sheet = book.worksheets[0]
    got = [["" if c is None else c for c in row] for row in sheet.iter_rows(values_only=True)]
    want = [[unneutralised(c) for c in row] for row in rows]
    if any(not isinstance(c, str) for row in got for c in row):
        problems.append("een cel is geen tekst")
    if [[str(c) for c in row] for row in got] != want:
        problems.append("waarden verschillen van de CSV")
    if sheet.freeze_panes != "A2":
        problems.append(f"kopregel niet vast (freeze_panes {sheet.freeze_panes})")
    if not all(cell.font.bold for cell in sheet[1]):
        problems.append("kopregel niet vet")
    if not sheet.auto_filter.ref:
        problems.append("geen autofilter")
    return problems

def libreoffice_round_trip(path, rows, work):
    # 59 = ';', 34 = '"', 76 = UTF-8, from line 1, every column as text (2) so 007 stays 007.
    columns = "/".join(f"{i}/2" for i in range(1, len(rows[0]) + 1))
    options = f"59,34,76,1,{columns},1043,false,false"
    name = os.path.splitext(os.path.basename(path))[0]
    subprocess.run(["soffice", "--headless", f"--infilter=CSV:{options}", "--convert-to", "xlsx", "--outdir", work, path],
                   check=True, capture_output=True, timeout=120)
    xlsx = os.path.join(work, name + ".xlsx")
    back = os.path.join(work, "terug")
    os.makedirs(back, exist_ok=True)
    subprocess.run(["soffice", "--headless", "--convert-to", "csv:Text - txt - csv (StarCalc):59,34,76,1", "--outdir", back, xlsx],
                   check=True, capture_output=True, timeout=120)
    text = open(os.path.join(back, name + ".csv"), encoding="utf-8-sig").read()
    again = list(csv.reader(io.StringIO(text, newline=""), delimiter=";", quotechar='"'))
    # LibreOffice writes every in-cell line break as LF.
    norm = lambda table: [[c.replace("\r\n", "\n").replace("\r", "\n") for c in row] for row in table]
    return [] if norm(again) == norm(rows) else ["LibreOffice geeft andere waarden terug"]

def libreoffice_reads_every_xlsx(pairs, work):
    """pairs: (xlsx path, rows of its CSV twin). LibreOffice converts them in batches of 100."""
    out = os.path.join(work, "lo-xlsx")
    os.makedirs(out, exist_ok=True)
    problems = []
    norm = lambda table: [[unneutralised(c).replace("\r\n", "\n").replace("\r", "\n") for c in row] for row in table]
    for start in range(0, len(pairs), 100):
        batch = pairs[start:start + 100]
        subprocess.run(["soffice", "--headless", "--convert-to", "csv:Text - txt - csv (StarCalc):59,34,76,1", "--outdir", out]
                       + [path for path, _ in batch], check=True, capture_output=True, timeout=1800)
        for path, rows in batch:
            name = os.path.splitext(os.path.basename(path))[0] + ".csv"
            try:
                text = open(os.path.join(out, name), encoding="utf-8-sig").read()
            except OSError:
                problems.append((path, "LibreOffice kon het bestand niet lezen"))
                continue
            got = list(csv.reader(io.StringIO(text, newline=""), delimiter=";", quotechar='"'))
            # LibreOffice leaves out trailing empty rows; our tables have none.
            if norm(got) != norm(rows):
                problems.append((path, "LibreOffice leest andere waarden dan de CSV"))
            os.remove(os.path.join(out, name))
    return problems

def main():
    site = sys.argv[1]
    lo = int(sys.argv[sys.argv.index("--libreoffice") + 1]) if "--libreoffice" in sys.argv else 0
    if lo and not shutil.which("soffice"):
        print("soffice ontbreekt: apt-get install -y libreoffice-calc-nogui")
        return 2
    counts = {"csv": 0, "xlsx": 0, "libreoffice": 0}
    failed = 0
    paths = sorted(os.path.join(d, f) for d, _, fs in os.walk(site) for f in fs if f.endswith(".csv"))
    pairs = []
    with tempfile.TemporaryDirectory() as work:
        for path in paths:
            rows, problems = read_csv(path)
            counts["csv"] += 1
            twin = path[:-4] + ".xlsx"
            if os.path.exists(twin):
                problems += check_xlsx(twin, rows)
                counts["xlsx"] += 1
                pairs.append((twin, rows))
            if counts["libreoffice"] < lo:
                problems += libreoffice_round_trip(path, rows, work)
                counts["libreoffice"] += 1
            for problem in problems:
                print(f"FOUT {os.path.relpath(path, site)}: {problem}")
            failed += bool(problems)
        if lo:
            for path, problem in libreoffice_reads_every_xlsx(pairs, work):
                print(f"FOUT {os.path.relpath(path, site)}: {problem}")
                failed += 1
            counts["libreoffice"] += len(pairs)
    print(f"downloads: {counts['csv']} csv, {counts['xlsx']} xlsx (openpyxl), {counts['libreoffice']} door LibreOffice, {failed} fout")
    return 1 if failed or not paths else 0

if __name__ == "__main__":
    sys.exit(main())
