// Vergelijken (README): checkboxes in [data-vergelijk], a bar, the table on /vergelijken/.
(() => {
"use strict";
var d = document, K = "swc-vergelijk", chosen = [];
var $ = id => d.getElementById("vergelijk" + id);
var el = (tag, cls, text) => { var e = d.createElement(tag); e.className = cls || ""; if (text != null) e.textContent = text; return e; };
var t = (node, name, v) => (node.getAttribute("data-tekst-" + name) || "").replace(/\{(\w+)\}/g, (m, k) => v && k in v ? v[k] : m);
var status = $("status"), bar = $("balk"), root = $("er"), max = root ? +root.getAttribute("data-maximum") : 4;
var say = text => { status.textContent = ""; setTimeout(() => { status.textContent = text; }, 100); };
var store = () => { try { sessionStorage[K] = JSON.stringify(chosen); } catch (e) { /* private mode */ } };
try { chosen = JSON.parse(sessionStorage[K]) || []; } catch (e) { /* nothing kept */ }

// Choosing
var update = () => {
  d.querySelectorAll(".vergelijkvak input").forEach(b => { b.checked = chosen.includes(b.value); });
  if (!bar) return;
  var few = chosen.length < 2, link = $("link");
  bar.hidden = !chosen.length;
  $("aantal").textContent = chosen.length;
  link.href = "/vergelijken/?a=" + chosen;
  link.hidden = few;
  $("kies").textContent = few ? t(bar, "kies") : "";
};
var boxes = list => {
  list.querySelectorAll("a[href]").forEach(a => {
    var m = /^\/applicaties\/([a-z0-9-]+)\/$/.exec(a.getAttribute("href"));
    if (!m || a.hasAttribute("data-vgl")) return;
    a.setAttribute("data-vgl", "");
    var naam = a.textContent, vak = el("label", "vergelijkvak"), b = vak.appendChild(el("input"));
    b.type = "checkbox";
    b.value = m[1];
    vak.append(" " + t(bar, "vak") + " ", el("span", "voorlezen", naam));
    a.after(" ", vak);
    b.onchange = () => {
      if (b.checked && chosen.length >= max) { b.checked = false; return say(t(bar, "vol")); }
      chosen = chosen.filter(s => s != b.value).concat(b.checked ? [b.value] : []);
      store();
      update();
      say(t(bar, b.checked ? "erbij" : "eraf", { naam, aantal: chosen.length }));
    };
  });
  update();
};
if (bar) {
  d.querySelectorAll("[data-vergelijk]").forEach(list => {
    boxes(list);
    new MutationObserver(() => boxes(list)).observe(list, { childList: true, subtree: true });
  });
  $("wis").onclick = () => {
    chosen = [];
    store();
    update();
    say(t(bar, "gewist"));
    d.querySelector(".vergelijkvak input")?.focus();
  };
}

// Comparing: ?a= wins, else the kept choice
if (!root) return;
var th = (scope, text) => { var c = el("th", 0, text); c.scope = scope; return c; };
var notes = $("meldingen"), T = (name, v) => t(root, name, v);
var note = text => notes.appendChild(el("p", "melding", text));
var asked = new URLSearchParams(location.search).getAll("a").join().toLowerCase().split(",")
  .map(s => s.trim()).filter((s, i, all) => s && all.indexOf(s) == i);
if (!asked.length) asked = chosen;
if (asked.length > max) { note(T("teveel", { aantal: asked.length, maximum: max })); asked = asked.slice(0, max); }
Promise.all(asked.map(s => /^[a-z0-9-]+$/.test(s) ? fetch("/vergelijken/" + s + ".json").then(r => r.ok ? r.json() : null) : null)).then(data => {
  var apps = [], rows = [], names = {}, differ = 0, head = $("kop-rij");
  data.forEach((a, i) => { if (a) { a.slug = asked[i]; apps.push(a); } else note(T("onbekend", { naam: asked[i] })); });
  chosen = apps.map(a => a.slug);
  store();
  if (apps.length < 2) return asked.length && note(T("teweinig"));
  $("kenmerken").querySelectorAll("li").forEach(li => rows.push([li.dataset.kenmerk, li.textContent, li.dataset.leeg]));
  apps.forEach(a => a.standaarden.forEach(s => { names[s[0]] = s; }));
  Object.keys(names).sort((x, y) => names[x][2] - names[y][2]).forEach(k => rows.push([k, names[k][1], T("nvt")]));
  $("kop").textContent = T("titel", { namen: apps.map(a => a.naam).join(T("en")) });
  apps.forEach(a => {
    var c = head.appendChild(th("col")), x = el("a", "weg", "×");
    c.appendChild(el("a", 0, a.naam)).href = a.url;
    if (a.concept) c.append(" ", el("span", "label", T("concept")));
    x.href = "?a=" + chosen.filter(s => s != a.slug);
    x.setAttribute("aria-label", T("verwijder", { naam: a.naam }));
    c.append(" ", x);
  });
  rows.forEach(row => {
    var values = apps.map(a => JSON.stringify(a.waarden[row[0]] || [])), differs = values.some(v => v != values[0]);
    var tr = $("rijen").appendChild(el("tr", differs ? "verschilt" : "")), k = tr.appendChild(th("row", row[1] + " "));
    if (differs) { differ++; k.appendChild(el("span", "verschilt", T("verschilt"))); }
    values.forEach(v => {
      var list = JSON.parse(v), td = tr.appendChild(el("td")), ul;
      if (!list.length) td.appendChild(el("span", "leeg", row[2]));
      else if (list.length < 2) td.textContent = list[0];
      else { ul = td.appendChild(el("ul")); list.forEach(s => ul.appendChild(el("li", 0, s))); }
    });
  });
  $("uitslag").hidden = false;
  say(T("klaar", { aantal: apps.length, verschillen: differ, kenmerken: rows.length }));
}, () => note(T("fout")));
})();
