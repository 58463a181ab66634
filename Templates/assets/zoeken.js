// Search at /zoeken/, entirely in the browser, over the index the same build wrote
// (Sources/Search/SearchIndex.swift describes the files, QueryRules.swift the rules this script
// follows word for word). It fetches the manifest on load, then per query only the term files of
// its words, the facet files of the kinds it found, and the record chunks of the results on
// screen. Every text comes from the page (zoeken.mustache), none from this script; names are
// put in the page as text, never as HTML. Without JavaScript the page shows plain links instead.
(function () {
  "use strict";
  var form = document.getElementById("zoekvak");
  if (!form || !window.fetch || !window.URLSearchParams) return;
  var input = document.getElementById("zoekterm");
  var panel = document.getElementById("zoekresultaat");
  var status = document.getElementById("zoekstatus");
  var filters = document.getElementById("zoekfilters");
  var list = document.getElementById("zoeklijst");
  var more = document.getElementById("zoekmeer");
  var browse = document.getElementById("zoekbladeren");
  var base = form.getAttribute("data-index");
  var PAGE = 10, SHOWN_VALUES = 8, TYPO_MINIMUM = 5, SHAPE_LIMIT = 7, DEBOUNCE_MS = 40;

  function text(name) { return form.getAttribute("data-tekst-" + name) || ""; }
  function labels(attribute) {
    var result = {};
    document.querySelectorAll("#zoeknamen [" + attribute + "]").forEach(function (item) {
      result[item.getAttribute(attribute)] = item.textContent;
    });
    return result;
  }
  var facetNames = labels("data-facet"), kindNames = labels("data-soort");

  // --- Folding (Folding.swift) ---
  function terms(value) {
    return value.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().replace(/ß/g, "ss")
      .split(/[^a-z0-9]+/).filter(Boolean);
  }
  function words(query) {
    var result = terms(query);
    if (result.length && result[result.length - 1].length === 1) result.pop();
    return result;
  }

  // --- Encodings (Varint64.swift) ---
  var ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
  var DIGIT = new Int8Array(128).fill(-1);
  for (var i = 0; i < ALPHABET.length; i++) DIGIT[ALPHABET.charCodeAt(i)] = i;
  function varints(value, start, out) {
    var number = 0;
    for (var i = start; i < value.length; i++) {
      var digit = DIGIT[value.charCodeAt(i)];
      number = number * 32 + (digit & 31);
      if (digit < 32) { out.push(number); number = 0; }
    }
    return out;
  }
  function postings(value) {
    var numbers = varints(value, 0, []);
    for (var i = 1; i < numbers.length; i++) numbers[i] += numbers[i - 1];
    return numbers;
  }
  function recordSet(value) {
    if (value.charAt(0) === "p") return postings(value.slice(1));
    var header = [], position = 1, number = 0;
    while (header.length < 2) {
      var digit = DIGIT[value.charCodeAt(position++)];
      number = number * 32 + (digit & 31);
      if (digit < 32) { header.push(number); number = 0; }
    }
    var records = [];
    for (var offset = 0; position < value.length; position++, offset += 6) {
      var word = DIGIT[value.charCodeAt(position)];
      for (var bit = 0; bit < 6; bit++) {
        if (word & (1 << bit) && offset + bit < header[1]) records.push(header[0] + offset + bit);
      }
    }
    return records;
  }

  // --- Matching (QueryRules.swift, EditDistance.swift) ---
  function withinOne(a, b) {
    if (Math.abs(a.length - b.length) > 1) return false;
    var start = 0;
    while (start < a.length && start < b.length && a[start] === b[start]) start++;
    if (start === a.length && start === b.length) return true;
    if (a.length === b.length) {
      if (a.slice(start + 1) === b.slice(start + 1)) return true;
      return start + 1 < a.length && a[start] === b[start + 1] && a[start + 1] === b[start] &&
        a.slice(start + 2) === b.slice(start + 2);
    }
    return a.length > b.length ? a.slice(start + 1) === b.slice(start) : a.slice(start) === b.slice(start + 1);
  }
  // 0: no match; otherwise exact (1) or prefix (2), plus 4 when it took a typo.
  function match(word, term) {
    if (term === word) return 1;
    if (word.length === 1) return 0;
    if (term.lastIndexOf(word, 0) === 0) return 2;
    if (word.length < TYPO_MINIMUM) return 0;
    if (withinOne(word, term)) return 5;
    for (var length = word.length - 1; length <= word.length + 1; length++) {
      if (length < term.length && withinOne(word, term.slice(0, length))) return 6;
    }
    return 0;
  }
  function wordHits(word, shard) {
    var found = new Map();
    function hit(record) {
      var h = found.get(record);
      if (!h) { h = { exactAt: 0, prefixAt: 0, inName: false, elsewhere: false, clean: false, nameLength: 0 }; found.set(record, h); }
      return h;
    }
    Object.keys(shard || {}).forEach(function (term) {
      var how = match(word, term);
      if (!how) return;
      var entry = shard[term], names = postings(entry[0]), shapes = entry[1];
      for (var i = 0; i < names.length; i++) {
        var shape = DIGIT[shapes.charCodeAt(i)], position = shape >> 3, h = hit(names[i]);
        if ((how & 3) === 1) h.exactAt |= 1 << position;
        h.prefixAt |= 1 << position;
        h.inName = true;
        h.nameLength = shape & 7;
        h.clean = h.clean || !(how & 4);
      }
      postings(entry[2]).forEach(function (record) {
        var h = hit(record);
        h.elsewhere = true;
        h.clean = h.clean || !(how & 4);
      });
    });
    return found;
  }
  // 0 the name is the query, 1 the name starts with it, 2 every word in the name, 3 elsewhere.
  function tier(hits) {
    var n = hits.length, last = hits[n - 1];
    if (n <= SHAPE_LIMIT) {
      var leading = true;
      for (var i = 0; i < n - 1; i++) leading = leading && (hits[i].exactAt & (1 << i)) !== 0;
      if (leading && (last.exactAt & (1 << (n - 1))) && last.nameLength === n) return 0;
      if (leading && (last.prefixAt & (1 << (n - 1)))) return 1;
    }
    return hits.every(function (h) { return h.inName; }) ? 2 : 3;
  }

  // --- Files ---
  var manifest = null, files = new Map(), facets = new Map();
  function load(path) {
    if (!files.has(path)) {
      files.set(path, fetch(base + path + "?v=" + manifest.version).then(function (response) {
        if (!response.ok) throw new Error(path);
        return response.json();
      }));
    }
    return files.get(path);
  }
  function kindOf(record) {
    for (var i = 0; i < manifest.kinds.length; i++) {
      if (record >= manifest.kinds[i][1] && record < manifest.kinds[i][2]) return manifest.kinds[i][0];
    }
    return "";
  }
  // A facet's values, and per record the indexes of its values.
  function facet(key) {
    if (!facets.has(key)) {
      facets.set(key, load("facets/" + key + ".json").then(function (values) {
        var byRecord = new Array(manifest.records);
        values.forEach(function (value, index) {
          recordSet(value[3]).forEach(function (record) { (byRecord[record] = byRecord[record] || []).push(index); });
        });
        return { key: key, values: values, byRecord: byRecord };
      }));
    }
    return facets.get(key);
  }

  // --- State in the address: ?q=…&leverancier=…&type=… ---
  var chosen = {};
  function readAddress() {
    var params = new URLSearchParams(location.search);
    input.value = params.get("q") || "";
    chosen = {};
    ["type"].concat(manifest.facets.map(function (f) { return f[0]; })).forEach(function (key) {
      var slugs = params.getAll(key).filter(Boolean);
      if (slugs.length) chosen[key] = new Set(slugs);
    });
  }
  function writeAddress() {
    var params = new URLSearchParams();
    if (input.value.trim()) params.set("q", input.value.trim());
    Object.keys(chosen).sort().forEach(function (key) {
      Array.from(chosen[key]).sort().forEach(function (slug) { params.append(key, slug); });
    });
    var query = params.toString();
    history.replaceState(null, "", location.pathname + (query ? "?" + query : ""));
  }

  // --- Searching ---
  var generation = 0, shownHits = [], shownCount = 0, startedAt = 0;
  function search() {
    var current = ++generation, query = words(input.value);
    var anyChosen = Object.keys(chosen).length > 0;
    writeAddress();
    if (!query.length && !anyChosen) {
      // Nothing to search for yet: the plain links again, and a hint once something is typed.
      list.textContent = "";
      filters.textContent = "";
      more.hidden = true;
      status.textContent = input.value.trim() ? text("kort") : "";
      panel.hidden = !input.value.trim();
      browse.hidden = false;
      finished(current);
      return Promise.resolve();
    }
    var shards = query.map(function (word) {
      var key = word.slice(0, 2);
      return manifest.shards.indexOf(key) >= 0 ? load("terms/" + key + ".json") : Promise.resolve({});
    });
    return Promise.all(shards).then(function (loaded) {
      if (current !== generation) return;
      var candidates;
      if (!query.length) {
        candidates = new Map();
        for (var r = 0; r < manifest.records; r++) candidates.set(r, []);
      } else {
        query.forEach(function (word, index) {
          var found = wordHits(word, loaded[index]);
          if (index === 0) {
            candidates = new Map();
            found.forEach(function (h, record) { candidates.set(record, [h]); });
          } else {
            candidates.forEach(function (hits, record) {
              var h = found.get(record);
              if (h) hits.push(h); else candidates.delete(record);
            });
          }
        });
      }
      var present = new Set();
      candidates.forEach(function (_, record) { present.add(kindOf(record)); });
      var needed = manifest.facets.filter(function (f) {
        return f[1].some(function (kind) { return present.has(kind); }) || chosen[f[0]];
      });
      return Promise.all(needed.map(function (f) { return facet(f[0]); })).then(function (data) {
        if (current !== generation) return;
        rank(candidates, data);
        return showPage(current, true);
      });
    }).catch(function () {
      if (current !== generation) return;
      panel.hidden = false;
      status.textContent = text("fout");
    });
  }

  // Filters narrow across facets and widen within one; each facet counts without its own choice.
  function rank(candidates, data) {
    var keys = ["type"].concat(data.map(function (d) { return d.key; }));
    var byKey = {};
    data.forEach(function (d) { byKey[d.key] = d; });
    function valuesOf(record, key) {
      if (key === "type") return [kindOf(record)];
      var indexes = byKey[key].byRecord[record] || [];
      return indexes.map(function (index) { return byKey[key].values[index][1]; });
    }
    var counts = {};
    keys.forEach(function (key) { counts[key] = new Map(); });
    var hits = [];
    candidates.forEach(function (wordHits, record) {
      var failing = [];
      Object.keys(chosen).forEach(function (key) {
        var own = key === "type" || byKey[key] ? valuesOf(record, key) : [];
        if (!own.some(function (slug) { return chosen[key].has(slug); })) failing.push(key);
      });
      if (failing.length > 1) return;
      keys.forEach(function (key) {
        if (failing.length && failing[0] !== key) return;
        valuesOf(record, key).forEach(function (slug) { counts[key].set(slug, (counts[key].get(slug) || 0) + 1); });
      });
      if (failing.length) return;
      hits.push({
        record: record,
        tier: wordHits.length ? tier(wordHits) : 3,
        typos: wordHits.filter(function (h) { return !h.clean; }).length,
        nameLength: wordHits.length ? wordHits[0].nameLength : 0,
      });
    });
    hits.sort(function (a, b) {
      return a.tier - b.tier || a.typos - b.typos || a.nameLength - b.nameLength || a.record - b.record;
    });
    shownHits = hits;
    shownCount = 0;
    renderFilters(keys, byKey, counts);
  }

  function showPage(current, fresh) {
    var page = shownHits.slice(shownCount, shownCount + PAGE);
    var chunks = Array.from(new Set(page.map(function (hit) { return Math.floor(hit.record / manifest.chunk); })));
    return Promise.all(chunks.map(function (chunk) { return load("records/" + chunk + ".json"); })).then(function () {
      if (current !== generation) return;
      return Promise.all(page.map(function (hit) {
        return load("records/" + Math.floor(hit.record / manifest.chunk) + ".json").then(function (rows) {
          return { hit: hit, row: rows[hit.record % manifest.chunk] };
        });
      }));
    }).then(function (rows) {
      if (!rows || current !== generation) return;
      if (fresh) list.textContent = "";
      rows.forEach(function (item) { list.appendChild(result(item.hit.record, item.row)); });
      shownCount += page.length;
      more.hidden = shownCount >= shownHits.length;
      var count = shownHits.length;
      status.textContent = count === 0 ? text("geen") : count === 1 ? text("een") : text("aantal").replace("{aantal}", count.toLocaleString("nl-NL"));
      panel.hidden = false;
      browse.hidden = true;
      finished(current);
    });
  }

  // For the browser test: which search is on screen, and how long it took from the input event.
  function finished(current) {
    form.setAttribute("data-ms", String(Math.round(performance.now() - startedAt)));
    form.setAttribute("data-klaar", String(current));
  }

  function result(record, row) {
    var item = document.createElement("li");
    item.className = "zoektreffer";
    var link = document.createElement("a");
    link.textContent = row[0];
    // Only addresses of this site or https ones, whatever the index holds.
    if (/^\/(?!\/)|^https:\/\//.test(row[1])) link.href = row[1];
    var title = document.createElement("p");
    title.className = "zoektitel";
    title.appendChild(link);
    if (row[4]) {
      var label = document.createElement("span");
      label.className = "label";
      label.textContent = text("concept");
      title.appendChild(document.createTextNode(" "));
      title.appendChild(label);
    }
    item.appendChild(title);
    var about = document.createElement("p");
    about.className = "zoeksoort";
    about.textContent = [kindNames[kindOf(record)] || "", row[3]].filter(Boolean).join(" · ");
    item.appendChild(about);
    if (row[2]) {
      var summary = document.createElement("p");
      summary.textContent = row[2];
      item.appendChild(summary);
    }
    return item;
  }

  // --- Facets as checkboxes; a facet without hits is left out ---
  var expanded = new Set();
  function renderFilters(keys, byKey, counts) {
    var focused = document.activeElement && filters.contains(document.activeElement) ? document.activeElement.id : null;
    filters.textContent = "";
    keys.forEach(function (key) {
      var values = key === "type"
        ? manifest.kinds.map(function (k) { return [kindNames[k[0]] || k[0], k[0]]; })
        : byKey[key].values;
      var shown = values.filter(function (value) {
        return counts[key].get(value[1]) || (chosen[key] && chosen[key].has(value[1]));
      });
      if (!shown.length) return;
      if (key !== "type") {
        shown.sort(function (a, b) { return (counts[key].get(b[1]) || 0) - (counts[key].get(a[1]) || 0); });
      }
      var group = document.createElement("fieldset");
      var legend = document.createElement("legend");
      legend.textContent = facetNames[key] || key;
      group.appendChild(legend);
      var options = document.createElement("ul");
      var all = expanded.has(key) || shown.length <= SHOWN_VALUES + 1;
      shown.forEach(function (value, index) {
        var isChosen = chosen[key] && chosen[key].has(value[1]);
        if (!all && index >= SHOWN_VALUES && !isChosen) return;
        var option = document.createElement("li");
        var box = document.createElement("input");
        box.type = "checkbox";
        box.id = "filter-" + key + "-" + value[1];
        box.name = key;
        box.value = value[1];
        box.checked = !!isChosen;
        box.addEventListener("change", function () {
          if (box.checked) (chosen[key] = chosen[key] || new Set()).add(value[1]);
          else if (chosen[key]) { chosen[key].delete(value[1]); if (!chosen[key].size) delete chosen[key]; }
          startedAt = performance.now();
          search();
        });
        var label = document.createElement("label");
        label.htmlFor = box.id;
        label.textContent = value[0] + " ";
        var count = document.createElement("span");
        count.className = "aantal";
        count.textContent = "(" + (counts[key].get(value[1]) || 0).toLocaleString("nl-NL") + ")";
        label.appendChild(count);
        option.appendChild(box);
        option.appendChild(label);
        options.appendChild(option);
      });
      group.appendChild(options);
      if (shown.length > SHOWN_VALUES + 1) {
        var toggle = document.createElement("button");
        toggle.type = "button";
        toggle.className = "zoekknop";
        toggle.id = "meer-" + key;
        toggle.setAttribute("aria-expanded", String(all));
        toggle.textContent = all ? text("minder") : text("alle").replace("{aantal}", shown.length.toLocaleString("nl-NL"));
        toggle.addEventListener("click", function () {
          if (expanded.has(key)) expanded.delete(key); else expanded.add(key);
          renderFilters(keys, byKey, counts);
          var again = document.getElementById(toggle.id);
          if (again) again.focus();
        });
        group.appendChild(toggle);
      }
      filters.appendChild(group);
    });
    var again = focused && document.getElementById(focused);
    if (again) again.focus();
  }

  // --- Events ---
  var timer = 0;
  input.addEventListener("input", function () {
    startedAt = performance.now();
    clearTimeout(timer);
    timer = setTimeout(search, DEBOUNCE_MS);
  });
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    clearTimeout(timer);
    startedAt = performance.now();
    search();
  });
  more.addEventListener("click", function () {
    var first = list.children.length;
    showPage(generation, false).then(function () {
      var next = list.children[first];
      var link = next && next.querySelector("a");
      if (link) link.focus();
    });
  });

  fetch(base + "manifest.json", { cache: "no-cache" }).then(function (response) {
    if (!response.ok) throw new Error("manifest");
    return response.json();
  }).then(function (loaded) {
    manifest = loaded;
    form.setAttribute("data-gereed", "");
    readAddress();
    if (input.value || Object.keys(chosen).length) { startedAt = performance.now(); search(); }
  }).catch(function () {
    panel.hidden = false;
    status.textContent = text("fout");
  });
})();
