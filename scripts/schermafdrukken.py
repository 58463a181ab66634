#!/usr/bin/env python3
"""Schermafdrukken van elke soort pagina op 1280 en 360 pixels breed (issue 5: "Look at
screenshots of each page kind at 1280 and 360 px wide").

Gebruik: schermafdrukken.py SITE UIT [PER_SOORT]
Kiest per soort pagina PER_SOORT pagina's (standaard 1) zoals scripts/steekproef.py, serveert SITE
op 127.0.0.1 en schrijft per pagina UIT/<pad>--1280.png en --360.png (de hele pagina, hooguit
4000 pixels hoog), plus UIT/index.txt met pagina, breedte en of er horizontaal gescrold moet worden.
Een pagina die breder is dan het venster (een horizontale scrollbalk) staat als "TE BREED"
in index.txt; de exitcode is dan 1.
Met UIT "-" worden geen afdrukken gemaakt en alleen de breedte gecontroleerd (zo draait CI het
op 320 px: `BREEDTES=320 schermafdrukken.py SITE - 2`). BREEDTES (standaard "1280,360") kiest de breedtes.
"""
import functools, http.server, os, pathlib, sys, threading

os.environ["SE_AVOID_STATS"] = "true"
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from steekproef import kinds_of, spread


def main() -> int:
    if len(sys.argv) < 3:
        print(__doc__)
        return 2
    site, out = pathlib.Path(sys.argv[1]), None if sys.argv[2] == "-" else pathlib.Path(sys.argv[2])
    per = int(sys.argv[3]) if len(sys.argv) > 3 else 1
    widths = [int(w) for w in os.environ.get("BREEDTES", "1280,360").split(",")]
    if out:
        out.mkdir(parents=True, exist_ok=True)
    pages = sorted(p.relative_to(site).as_posix() for p in site.rglob("*.html"))
    chosen = sorted(rel for group in kinds_of(pages).values() for rel in spread(group, per))
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(site))
    http.server.SimpleHTTPRequestHandler.log_message = lambda *a: None
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--hide-scrollbars"):
        options.add_argument(argument)
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    lines, too_wide = [], 0
    try:
        for rel in chosen:
            url = base + "/" + (rel[: -len("index.html")] if rel.endswith("index.html") else rel)
            for width in widths:
                driver.set_window_size(width, 900)
                driver.get(url)
                inner = driver.execute_script("return window.innerWidth")
                scroll = driver.execute_script("return document.documentElement.scrollWidth")
                name = rel.replace("/", "_").removesuffix(".html") + f"--{width}.png"
                if out:
                    height = min(driver.execute_script("return document.documentElement.scrollHeight"), 4000)
                    driver.set_window_size(width, height + (900 - driver.execute_script("return window.innerHeight")))
                    driver.save_screenshot(str(out / name))
                wide = scroll > inner
                too_wide += wide
                lines.append(f"{rel}\t{width}\t{'TE BREED ' + str(scroll) + ' px' if wide else 'ok'}\t{name}")
                if wide and not out:
                    print(f"TE BREED\t{rel}\t{width} px venster, {scroll} px pagina")
    finally:
        driver.quit()
        server.shutdown()
    if out:
        (out / "index.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"schermafdrukken: {len(chosen)} pagina's op {', '.join(map(str, widths))} px, {len(lines)} {'afdrukken in ' + str(out) if out else 'keer gemeten'}, {too_wide} te breed")
    return 1 if too_wide else 0


if __name__ == "__main__":
    sys.exit(main())
