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
  var dutch = new Intl.NumberFormat("nl-NL");
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
  // What one word found, per record number (typed arrays: a word can match most records):
  // name positions where a term is the word (exact) or starts with it (prefix), flags, name length.
  var IN_NAME = 1, ELSEWHERE = 2, CLEAN = 4;
  function wordHits(word, shard) {
    var n = manifest.records;
    var hits = { exact: new Uint8Array(n), prefix: new Uint8Array(n), flags: new Uint8Array(n), length: new Uint8Array(n), records: [] };
    Object.keys(shard || {}).forEach(function (term) {
      var how = match(word, term);
      if (!how) return;
      var clean = how & 4 ? 0 : CLEAN, entry = shard[term], names = postings(entry[0]), shapes = entry[1];
      for (var i = 0; i < names.length; i++) {
        var record = names[i], shape = DIGIT[shapes.charCodeAt(i)], bit = 1 << (shape >> 3);
        if (!hits.flags[record]) hits.records.push(record);
        hits.flags[record] |= IN_NAME | clean;
        if ((how & 3) === 1) hits.exact[record] |= bit;
        hits.prefix[record] |= bit;
        hits.length[record] = shape & 7;
      }
      postings(entry[2]).forEach(function (record) {
        if (!hits.flags[record]) hits.records.push(record);
        hits.flags[record] |= ELSEWHERE | clean;
      });
    });
    return hits;
  }
  // 0 the name is the query, 1 the name starts with it, 2 every word in the name, 3 elsewhere.
  function tier(record, hits) {
    var n = hits.length, last = hits[n - 1];
    if (n <= SHAPE_LIMIT) {
      var leading = true;
      for (var i = 0; i < n - 1; i++) leading = leading && (hits[i].exact[record] & (1 << i)) !== 0;
      if (leading && (last.exact[record] & (1 << (n - 1))) && last.length[record] === n) return 0;
      if (leading && (last.prefix[record] & (1 << (n - 1)))) return 1;
    }
    for (var j = 0; j < n; j++) if (!(hits[j].flags[record] & IN_NAME)) return 3;
    return 2;
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
  var kindIndex = null;
  function kindOf(record) { return manifest.kinds[kindIndex[record]][0]; }
  // A facet's values, and per record its values' numbers (offsets into one array).
  function facet(key) {
    if (!facets.has(key)) {
      facets.set(key, load("facets/" + key + ".json").then(function (values) {
        // An empty slug is the folded name with hyphens (SearchIndex.derivedSlug).
        values.forEach(function (value) { if (!value[1]) value[1] = terms(value[0]).join("-"); });
        var sets = values.map(function (value) { return recordSet(value[3]); });
        var offsets = new Int32Array(manifest.records + 1);
        sets.forEach(function (records) { records.forEach(function (record) { offsets[record + 1]++; }); });
        for (var r = 0; r < manifest.records; r++) offsets[r + 1] += offsets[r];
        var next = offsets.slice(0, manifest.records), items = new Int32Array(offsets[manifest.records]);
        sets.forEach(function (records, index) { records.forEach(function (record) { items[next[record]++] = index; }); });
        return { key: key, values: values, offsets: offsets, items: items };
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
      var hits = query.map(function (word, index) { return wordHits(word, loaded[index]); });
      var candidates = [];
      if (!hits.length) {
        for (var r = 0; r < manifest.records; r++) candidates.push(r);
      } else {
        candidates = hits[0].records.filter(function (record) {
          for (var i = 1; i < hits.length; i++) if (!hits[i].flags[record]) return false;
          return true;
        });
      }
      var present = new Set();
      candidates.forEach(function (record) { present.add(kindIndex[record]); });
      var needed = manifest.facets.filter(function (f) {
        return chosen[f[0]] || f[1].some(function (kind) {
          return manifest.kinds.some(function (k, index) { return k[0] === kind && present.has(index); });
        });
      });
      return Promise.all(needed.map(function (f) { return facet(f[0]); })).then(function (data) {
        if (current !== generation) return;
        rank(candidates, hits, data);
        return showPage(current, true);
      });
    }).catch(function () {
      if (current !== generation) return;
      panel.hidden = false;
      status.textContent = text("fout");
    });
  }

  // Filters narrow across facets and widen within one; each facet counts without its own choice.
  function rank(candidates, hits, data) {
    var groups = [{ key: "type", values: manifest.kinds.map(function (k) { return [kindNames[k[0]] || k[0], k[0]]; }) }].concat(data);
    var counts = groups.map(function (group) { return new Int32Array(group.values.length); });
    // A value from an old or edited address that the index does not have is dropped, not kept unseen.
    groups.forEach(function (group) {
      if (!chosen[group.key]) return;
      var known = new Set(group.values.map(function (value) { return value[1]; }));
      chosen[group.key].forEach(function (slug) { if (!known.has(slug)) chosen[group.key].delete(slug); });
      if (!chosen[group.key].size) delete chosen[group.key];
    });
    writeAddress();
    // Per chosen facet, which of its values are chosen.
    var choices = [];
    groups.forEach(function (group, g) {
      if (!chosen[group.key]) return;
      choices.push({ group: g, mask: new Uint8Array(group.values.map(function (value) { return chosen[group.key].has(value[1]) ? 1 : 0; })) });
    });
    // The values of `record` in group `g` are values[from..<to] (the type group: its kind).
    var kindValue = new Int32Array(1), from = 0, to = 0, values = kindValue;
    function select(record, g) {
      if (g === 0) { kindValue[0] = kindIndex[record]; values = kindValue; from = 0; to = 1; return; }
      values = groups[g].items; from = groups[g].offsets[record]; to = groups[g].offsets[record + 1];
    }
    var keys = [];
    candidates.forEach(function (record) {
      var failing = -1, fails = 0, i;
      for (var c = 0; c < choices.length && fails < 2; c++) {
        var ok = false, mask = choices[c].mask;
        select(record, choices[c].group);
        for (i = from; i < to && !ok; i++) ok = mask[values[i]] === 1;
        if (!ok) { fails++; failing = choices[c].group; }
      }
      if (fails > 1) return;
      for (var g = 0; g < groups.length; g++) {
        if (fails && failing !== g) continue;
        var own = counts[g];
        select(record, g);
        for (i = from; i < to; i++) own[values[i]]++;
      }
      if (fails) return;
      // One number per hit that sorts as tier, typos, name length, record.
      var t = hits.length ? tier(record, hits) : 3, typos = 0;
      for (i = 0; i < hits.length; i++) if (!(hits[i].flags[record] & CLEAN)) typos++;
      var length = hits.length ? hits[0].length[record] : 0;
      keys.push(((t * 8 + Math.min(typos, 7)) * 8 + length) * 2097152 + record);
    });
    var sorted = Float64Array.from(keys).sort();
    shownHits = Array.from(sorted, function (key) { return key % 2097152; });
    shownCount = 0;
    renderFilters(groups, counts);
  }

  function showPage(current, fresh) {
    var page = shownHits.slice(shownCount, shownCount + PAGE);
    var chunks = Array.from(new Set(page.map(function (record) { return Math.floor(record / manifest.chunk); })));
    return Promise.all(chunks.map(function (chunk) { return load("records/" + chunk + ".json"); })).then(function () {
      if (current !== generation) return;
      return Promise.all(page.map(function (record) {
        return load("records/" + Math.floor(record / manifest.chunk) + ".json").then(function (rows) {
          return { record: record, row: rows[record % manifest.chunk] };
        });
      }));
    }).then(function (rows) {
      if (!rows || current !== generation) return;
      if (fresh) list.textContent = "";
      rows.forEach(function (item) { list.appendChild(result(item.record, item.row)); });
      shownCount += page.length;
      more.hidden = shownCount >= shownHits.length;
      var count = shownHits.length;
      status.textContent = count === 0 ? text("geen") : count === 1 ? text("een") : text("aantal").replace("{aantal}", dutch.format(count));
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
  function renderFilters(groups, counts) {
    var focused = document.activeElement && filters.contains(document.activeElement) ? document.activeElement.id : null;
    filters.textContent = "";
    groups.forEach(function (group, g) {
      var key = group.key, own = counts[g];
      var shown = [];
      group.values.forEach(function (value, index) {
        if (own[index] || (chosen[key] && chosen[key].has(value[1]))) shown.push(index);
      });
      if (!shown.length) return;
      if (g > 0) shown.sort(function (a, b) { return own[b] - own[a] || a - b; });
      var box = document.createElement("fieldset");
      var legend = document.createElement("legend");
      legend.textContent = facetNames[key] || key;
      box.appendChild(legend);
      var options = document.createElement("ul");
      var all = expanded.has(key) || shown.length <= SHOWN_VALUES + 1;
      shown.forEach(function (index, position) {
        var value = group.values[index], isChosen = chosen[key] && chosen[key].has(value[1]);
        if (!all && position >= SHOWN_VALUES && !isChosen) return;
        options.appendChild(option(key, value, own[index], isChosen));
      });
      box.appendChild(options);
      if (shown.length > SHOWN_VALUES + 1) {
        var toggle = document.createElement("button");
        toggle.type = "button";
        toggle.className = "zoekknop";
        toggle.id = "meer-" + key;
        toggle.setAttribute("aria-expanded", String(all));
        toggle.textContent = all ? text("minder") : text("alle").replace("{aantal}", dutch.format(shown.length));
        toggle.addEventListener("click", function () {
          if (expanded.has(key)) expanded.delete(key); else expanded.add(key);
          renderFilters(groups, counts);
          var again = document.getElementById(toggle.id);
          if (again) again.focus();
        });
        box.appendChild(toggle);
      }
      filters.appendChild(box);
    });
    var again = focused && document.getElementById(focused);
    if (again) again.focus();
  }

  function option(key, value, count, isChosen) {
    var item = document.createElement("li");
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
    var number = document.createElement("span");
    number.className = "aantal";
    number.textContent = "(" + dutch.format(count) + ")";
    label.appendChild(number);
    item.appendChild(box);
    item.appendChild(label);
    return item;
  }

  // --- Events ---
  // Debounced on the leading edge: the first key after a pause searches at once, keys typed
  // quickly after it wait until the typing pauses.
  var timer = 0, lastInput = -Infinity;
  input.addEventListener("input", function () {
    var now = performance.now();
    startedAt = now;
    clearTimeout(timer);
    if (now - lastInput > DEBOUNCE_MS) search(); else timer = setTimeout(search, DEBOUNCE_MS);
    lastInput = now;
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
    kindIndex = new Uint8Array(manifest.records);
    manifest.kinds.forEach(function (kind, index) { kindIndex.fill(index, kind[1], kind[2]); });
    form.setAttribute("data-gereed", "");
    readAddress();
    if (input.value || Object.keys(chosen).length) { startedAt = performance.now(); search(); }
    // Nearly every query counts facets: their files come while the visitor starts typing.
    Promise.all(manifest.facets.map(function (f) { return facet(f[0]); })).then(function () {
      form.setAttribute("data-voorgeladen", "");
    }, function () {});
  }).catch(function () {
    panel.hidden = false;
    status.textContent = text("fout");
  });
})();
