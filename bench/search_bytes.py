#!/usr/bin/env python3
"""What a browser downloads for one query: swc's /zoeken/ against Pagefind on the same built site.

usage: search_bytes.py SITE QUERY...   (SITE holds swc's site and Pagefind's index in SITE/pagefind)

Every query runs in a fresh headless Chromium (cold cache) against a local server that logs each request.
Counted are the search engine's own files, not the host page: for swc the script /assets/zoeken.js and
everything under /zoeken/data/ (manifest, facet files fetched while the visitor starts typing, term files,
the record chunks of the first 10 results); for Pagefind everything under /pagefind/ that a page calling
pagefind.search(q) and .data() on the first 10 results fetches (JS, worker, wasm, entry, meta, index chunks,
fragments). A worker's fetches do not show in the page's Performance API, so the server log is the count.
"raw" is the bytes served (this server does not compress); "gzip" is what a server compressing text would
send: each text file gzipped at level 6, Pagefind's pre-compressed pf_* and wasm files as they are.
Prints one JSON object per line: engine, query, requests, raw, gzip, results (hits found), ms (until shown).
"""
import functools, gzip, http.server, json, os, sys, threading, time
os.environ["SE_AVOID_STATS"] = "true"
from selenium import webdriver
from selenium.webdriver.chrome.service import Service

site, queries = sys.argv[1], sys.argv[2:]
log, lock = [], threading.Lock()


class Logged(http.server.SimpleHTTPRequestHandler):
    def log_request(self, code="-", size="-"):
        with lock:
            log.append(self.path.split("?")[0])

    def log_message(self, *args):
        pass


server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Logged, directory=site))
threading.Thread(target=server.serve_forever, daemon=True).start()
base = f"http://127.0.0.1:{server.server_address[1]}"

# The host page for Pagefind: its own API, as its documentation shows, and nothing else.
with open(os.path.join(site, "pagefind-meting.html"), "w") as page:
    page.write("""<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Pagefind</title></head><body>
<script type="module">
const query = new URLSearchParams(location.search).get("q");
const start = performance.now();
const pagefind = await import("/pagefind/pagefind.js");
await pagefind.init();
const search = await pagefind.search(query);
const data = await Promise.all(search.results.slice(0, 10).map(r => r.data()));
window.klaar = {results: search.results.length, ms: performance.now() - start, titles: data.map(d => d.meta.title)};
</script></body></html>""")

TYPE = """
const [text, done] = arguments;
const form = document.getElementById('zoekvak'), input = document.getElementById('zoekterm');
const start = performance.now();
input.value = text;
input.dispatchEvent(new Event('input', {bubbles: true}));
const wait = () => form.hasAttribute('data-klaar')
  ? done({results: Number((document.getElementById('zoekstatus').textContent.match(/^[0-9.]+/) || ['0'])[0].replace(/[.]/g, '')),
          ms: performance.now() - start})
  : setTimeout(wait, 2);
wait();
"""


def browser():
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1280,900"):
        options.add_argument(flag)
    return webdriver.Chrome(options=options, service=Service("/usr/bin/chromedriver"))


def wait_for(driver, script, seconds=30):
    end = time.time() + seconds
    while time.time() < end:
        value = driver.execute_script(script)
        if value:
            return value
        time.sleep(0.01)
    raise RuntimeError(f"timed out: {script}")


def size(path):
    full = os.path.join(site, path.lstrip("/"))
    raw = os.path.getsize(full)
    with open(full, "rb") as f:
        data = f.read()
    # Pagefind's index files and wasm are gzip streams already; a server sends them as they are.
    packed = raw if data[:2] == b"\x1f\x8b" else len(gzip.compress(data, 6))
    return raw, packed


def measure(engine, query):
    driver = browser()
    try:
        with lock:
            log.clear()
        if engine == "swc":
            driver.get(f"{base}/zoeken/")
            wait_for(driver, "return document.getElementById('zoekvak').hasAttribute('data-voorgeladen')")
            found = driver.execute_async_script(TYPE, query)
            mine = lambda p: p == "/assets/zoeken.js" or p.startswith("/zoeken/data/")
        else:
            driver.get(f"{base}/pagefind-meting.html?q={query}")
            found = wait_for(driver, "return window.klaar")
            mine = lambda p: p.startswith("/pagefind/")
        time.sleep(0.2)
        with lock:
            paths = [p for p in log if mine(p)]
        sizes = [size(p) for p in paths]
        return {"engine": engine, "query": query, "requests": len(paths), "raw": sum(s[0] for s in sizes),
                "gzip": sum(s[1] for s in sizes), "results": found["results"], "ms": round(found["ms"]), "files": paths}
    finally:
        driver.quit()


for query in queries:
    for engine in ("swc", "pagefind"):
        print(json.dumps(measure(engine, query)), flush=True)
server.shutdown()
