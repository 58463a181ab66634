// Filteren en sorteren van tabellen en lijsten, in de browser. Zonder JavaScript staat alles er
// gewoon volledig. De stand (filtertekst, sorteerkolom) staat in het adres, zodat een gefilterde
// tabel te delen is. Alle teksten komen uit data-attributen in de sjablonen, niet uit dit script.
//
// <table data-tabel="landschap" data-filterlabel="Filter het landschap" data-telling="{n} van {totaal} regels">
// <div data-lijst="applicaties" data-filterlabel="…" data-telling="…"> met <li>'s in <ul class="lijst">
(function () {
  "use strict";
  var params = new URLSearchParams(location.search);

  function bewaar() {
    var query = params.toString();
    history.replaceState(null, "", location.pathname + (query ? "?" + query : "") + location.hash);
  }

  function gevouwen(tekst) {
    return tekst.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }

  // Een zoekveld met label en een telling die schermlezers voorlezen, vóór `doel`.
  function filterVeld(doel, naam, toepassen) {
    var vak = document.createElement("div");
    vak.className = "filter";
    var id = "filter-" + naam;
    var label = document.createElement("label");
    label.htmlFor = id;
    label.textContent = doel.getAttribute("data-filterlabel") || "Filter";
    var veld = document.createElement("input");
    veld.type = "search";
    veld.id = id;
    veld.autocomplete = "off";
    veld.value = params.get(naam) || "";
    var telling = document.createElement("p");
    telling.className = "telling";
    telling.setAttribute("aria-live", "polite");
    vak.appendChild(label);
    vak.appendChild(veld);
    vak.appendChild(telling);
    // Before the scrolling region a table sits in, so the field stays in view.
    var plek = doel.parentNode.classList.contains("tabel") ? doel.parentNode : doel;
    plek.parentNode.insertBefore(vak, plek);
    var sjabloon = doel.getAttribute("data-telling") || "{n} van {totaal}";
    function tel(n, totaal) {
      telling.textContent = sjabloon.replace("{n}", n).replace("{totaal}", totaal);
    }
    veld.addEventListener("input", function () {
      if (veld.value) params.set(naam, veld.value); else params.delete(naam);
      bewaar();
      toepassen(gevouwen(veld.value.trim()), tel);
    });
    toepassen(gevouwen(veld.value.trim()), tel);
  }

  // Wat een cel sorteert: 1.205 als 1205 (punt voor duizendtallen) en 30-06-2026 als 2026-06-30.
  function sleutel(cel) {
    return (cel ? cel.textContent.trim() : "")
      .replace(/\b(\d{2})-(\d{2})-(\d{4})\b/g, "$3-$2-$1")
      .replace(/(\d)\.(?=\d{3}(?!\d))/g, "$1");
  }

  function tabel(t) {
    var naam = t.getAttribute("data-tabel");
    var body = t.tBodies[0];
    if (!body) return;
    var rijen = Array.prototype.slice.call(body.rows);
    var teksten = rijen.map(function (r) { return gevouwen(r.textContent); });
    var zichtbaar = function (filter) {
      return function (_, i) { return !filter || teksten[i].indexOf(filter) >= 0; };
    };
    filterVeld(t, naam, function (filter, tel) {
      var n = 0;
      rijen.forEach(function (r, i) {
        var ja = zichtbaar(filter)(r, i);
        r.hidden = !ja;
        if (ja) n++;
      });
      tel(n, rijen.length);
    });
    var koppen = t.tHead ? Array.prototype.slice.call(t.tHead.rows[0].cells) : [];
    var sorteer = function (kolom, richting) {
      var vergelijk = new Intl.Collator("nl", { numeric: true, sensitivity: "base" }).compare;
      var sleutels = rijen.map(function (r) { return sleutel(r.cells[kolom]); });
      var volgorde = rijen.map(function (r, i) { return i; });
      volgorde.sort(function (a, b) {
        return (vergelijk(sleutels[a], sleutels[b]) || a - b) * (richting === "aflopend" ? -1 : 1);
      });
      volgorde.forEach(function (i) { body.appendChild(rijen[i]); });
      koppen.forEach(function (k, i) {
        if (i === kolom) k.setAttribute("aria-sort", richting === "aflopend" ? "descending" : "ascending");
        else k.removeAttribute("aria-sort");
      });
    };
    koppen.forEach(function (kop, kolom) {
      var knop = document.createElement("button");
      knop.type = "button";
      knop.className = "sorteer";
      while (kop.firstChild) knop.appendChild(kop.firstChild);
      kop.appendChild(knop);
      knop.addEventListener("click", function () {
        var richting = kop.getAttribute("aria-sort") === "ascending" ? "aflopend" : "oplopend";
        sorteer(kolom, richting);
        params.set(naam + "-sorteer", kolom + "-" + richting);
        bewaar();
      });
    });
    var stand = (params.get(naam + "-sorteer") || "").split("-");
    var kolom = parseInt(stand[0], 10);
    if (kolom >= 0 && kolom < koppen.length) sorteer(kolom, stand[1] === "aflopend" ? "aflopend" : "oplopend");
  }

  function lijst(l) {
    var naam = l.getAttribute("data-lijst");
    var items = Array.prototype.slice.call(l.querySelectorAll("li"));
    var teksten = items.map(function (li) { return gevouwen(li.textContent); });
    var groepen = Array.prototype.slice.call(l.querySelectorAll("section"));
    filterVeld(l, naam, function (filter, tel) {
      var n = 0;
      items.forEach(function (li, i) {
        var ja = !filter || teksten[i].indexOf(filter) >= 0;
        li.hidden = !ja;
        if (ja) n++;
      });
      groepen.forEach(function (g) { g.hidden = !g.querySelector("li:not([hidden])"); });
      tel(n, items.length);
    });
  }

  Array.prototype.forEach.call(document.querySelectorAll("table[data-tabel]"), tabel);
  Array.prototype.forEach.call(document.querySelectorAll("[data-lijst]"), lijst);
})();
