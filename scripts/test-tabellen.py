#!/usr/bin/env python3
"""Browsertest van het filteren en sorteren van tabellen en overzichten (Templates/assets/tabellen.js).

Gebruik: test-tabellen.py SITE   (een gebouwde site voor publiek 'gemeenten')
Draait Debian's chromium met chromium-driver via Selenium, met de site op 127.0.0.1. Controleert:
filteren verbergt regels en de telling (aria-live) klopt; de filtertekst staat in het adres en komt
terug na herladen; een kolomkop sorteert en zet aria-sort; het A-Z-overzicht filtert en verbergt lege
letters; het filterveld is met Tab te bereiken; getallen met een punt voor duizendtallen en datums
(dd-mm-jjjj) sorteren op waarde. Laatste regel: "tabellen: N passed, M failed".
"""
import functools, http.server, os, sys, threading, urllib.parse
# Selenium must not look for drivers or send statistics on the internet: Debian's chromium and
# chromium-driver are given by path below.
os.environ["SE_AVOID_STATS"] = "true"
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

site = sys.argv[1]
class Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass

handler = functools.partial(Quiet, directory=site)
server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
threading.Thread(target=server.serve_forever, daemon=True).start()
base = f"http://127.0.0.1:{server.server_address[1]}"

options = webdriver.ChromeOptions()
options.binary_location = "/usr/bin/chromium"
for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1280,900"):
    options.add_argument(flag)
driver = webdriver.Chrome(options=options, service=Service("/usr/bin/chromedriver"))
driver.implicitly_wait(2)
passed = failed = 0

def check(name, ok, detail=""):
    global passed, failed
    if ok: passed += 1
    else: failed += 1; print(f"FOUT {name}: {detail}")

try:
    # The gemeente with the largest landscape, so filtering has something to hide.
    gemeenten = os.path.join(site, "gemeenten")
    page = max((d for d in os.listdir(gemeenten) if os.path.isdir(os.path.join(gemeenten, d))),
               key=lambda d: open(os.path.join(gemeenten, d, "index.html"), encoding="utf-8").read().count("<tr>"))
    driver.get(f"{base}/gemeenten/{page}/")
    rows = driver.find_elements(By.CSS_SELECTOR, "table[data-tabel=landschap] tbody tr")
    first = rows[0].find_elements(By.TAG_NAME, "td")[0].text
    word = first.split()[0]
    field = driver.find_element(By.ID, "filter-landschap")
    field.send_keys(word)
    visible = [r for r in rows if r.is_displayed()]
    count = driver.find_element(By.ID, "filter-landschap").find_element(By.XPATH, "../p")
    check("filter verbergt regels", 0 < len(visible) <= len(rows) and all(word.lower() in r.text.lower() for r in visible),
          f"{len(visible)} van {len(rows)} zichtbaar voor '{word}'")
    check("telling voorgelezen", count.get_attribute("aria-live") == "polite" and count.text == f"{len(visible)} van {len(rows)} regels", count.text)
    query = urllib.parse.parse_qs(urllib.parse.urlparse(driver.current_url).query)
    check("filter in het adres", query.get("landschap") == [word], driver.current_url)
    driver.get(driver.current_url)
    again = [r for r in driver.find_elements(By.CSS_SELECTOR, "table[data-tabel=landschap] tbody tr") if r.is_displayed()]
    check("herladen herstelt het filter", len(again) == len(visible) and driver.find_element(By.ID, "filter-landschap").get_attribute("value") == word)
    driver.get(f"{base}/gemeenten/{page}/")
    header = driver.find_elements(By.CSS_SELECTOR, "table[data-tabel=landschap] thead th")[2]
    header.find_element(By.TAG_NAME, "button").click()
    statuses = [r.find_elements(By.TAG_NAME, "td")[2].text for r in driver.find_elements(By.CSS_SELECTOR, "table[data-tabel=landschap] tbody tr")]
    check("sorteren op status", statuses == sorted(statuses, key=str.lower) and header.get_attribute("aria-sort") == "ascending", f"{statuses[:5]} {header.get_attribute('aria-sort')}")
    header.find_element(By.TAG_NAME, "button").click()
    check("nog eens: aflopend", header.get_attribute("aria-sort") == "descending")
    # Dutch numbers and dates sort by value: a table of our own, set up by the same script.
    driver.execute_script("""
        var t = document.createElement('table'); t.setAttribute('data-tabel', 'proef');
        t.innerHTML = '<thead><tr><th>Aantal</th><th>Datum</th></tr></thead><tbody>'
          + '<tr><td>1.205</td><td>01-11-2026</td></tr><tr><td>98</td><td>30-06-2025</td></tr>'
          + '<tr><td>12.000</td><td>15-01-2026</td></tr><tr><td>1.100.000</td><td>02-02-2024</td></tr></tbody>';
        document.querySelector('main').appendChild(t);
        var s = document.createElement('script'); s.src = '/assets/tabellen.js'; document.body.appendChild(s);""")
    kop = driver.find_elements(By.CSS_SELECTOR, "table[data-tabel=proef] thead th")
    kop[0].find_element(By.TAG_NAME, "button").click()
    column = lambda k: [r.find_elements(By.TAG_NAME, "td")[k].text for r in driver.find_elements(By.CSS_SELECTOR, "table[data-tabel=proef] tbody tr")]
    check("getallen met duizendtallen sorteren op waarde", column(0) == ["98", "1.205", "12.000", "1.100.000"], column(0))
    kop[1].find_element(By.TAG_NAME, "button").click()
    check("datums sorteren op dag", column(1) == ["02-02-2024", "30-06-2025", "15-01-2026", "01-11-2026"], column(1))
    driver.get(f"{base}/gemeenten/")
    body = driver.find_element(By.TAG_NAME, "body")
    for _ in range(60):
        body = driver.switch_to.active_element
        if body.get_attribute("id") == "filter-overzicht": break
        body.send_keys(Keys.TAB)
    check("filterveld met Tab bereikbaar", driver.switch_to.active_element.get_attribute("id") == "filter-overzicht")
    driver.switch_to.active_element.send_keys("zwol")
    items = [li for li in driver.find_elements(By.CSS_SELECTOR, "[data-lijst] li") if li.is_displayed()]
    groups = [g for g in driver.find_elements(By.CSS_SELECTOR, "[data-lijst] section") if g.is_displayed()]
    check("overzicht filtert", len(items) >= 1 and all("zwol" in li.text.lower() for li in items) and len(groups) == 1, f"{len(items)} items, {len(groups)} letters")
finally:
    driver.quit()
    server.shutdown()
print(f"tabellen: {passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
