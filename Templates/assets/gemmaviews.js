// Zoomknoppen bij de GEMMA-views. Zonder JavaScript past de view in de breedte van de pagina en
// opent de link "op ware grootte" het SVG-bestand zelf.
(function () {
  "use strict";
  var stappen = [1, 1.5, 2, 3, 4, 6];
  document.querySelectorAll("[data-gv-zoom]").forEach(function (venster) {
    var vlak = venster.querySelector(".gv-vlak");
    if (!vlak) return;
    var stand = 0;
    var balk = document.createElement("div");
    balk.className = "gv-zoom";
    function knop(tekst, label, stap) {
      var b = document.createElement("button");
      b.type = "button";
      b.textContent = tekst;
      b.setAttribute("aria-label", label);
      b.addEventListener("click", function () {
        stand = stap === 0 ? 0 : Math.max(0, Math.min(stappen.length - 1, stand + stap));
        vlak.style.width = stappen[stand] * 100 + "%";
      });
      balk.appendChild(b);
    }
    knop("+", "Inzoomen", 1);
    knop("−", "Uitzoomen", -1);
    knop("Passend", "Passend in de breedte", 0);
    venster.parentNode.insertBefore(balk, venster);
  });
})();
