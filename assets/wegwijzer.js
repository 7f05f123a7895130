/* The wegwijzer: shows which body handles a report for the chosen criterion and
   domain. All answers are computed at build time (#wg-data); this script only looks
   them up and shows them as text, so nothing in the data can run as code. */
(function () {
  "use strict";
  var data = document.getElementById("wg-data");
  var criterion = document.getElementById("wg-criterium");
  var domain = document.getElementById("wg-domein");
  var out = document.getElementById("wg-uitkomst");
  if (!data || !criterion || !domain || !out) return;
  var answers;
  try {
    answers = JSON.parse(data.textContent);
  } catch (e) {
    return;
  }

  function line(label, text, tag) {
    var p = document.createElement(tag || "p");
    if (label) {
      var strong = document.createElement("strong");
      strong.textContent = label + ": ";
      p.appendChild(strong);
    }
    p.appendChild(document.createTextNode(text));
    return p;
  }

  function show() {
    var chosen = domain.options[domain.selectedIndex];
    var a = chosen && answers[criterion.value + "|" + chosen.getAttribute("data-niveau")];
    out.textContent = "";
    if (!a) {
      out.appendChild(line("", "Voor deze keuze heeft de wegwijzer geen regel. Vraag het na bij de gelijkheidsorganen."));
      return;
    }
    out.appendChild(line("Bevoegd", a.orgaan));
    out.appendChild(line("", a.uitleg));
    out.appendChild(line("Telefoon", a.telefoon || "niet bekend"));
    if (a.website) out.appendChild(line("Website", a.website));
    out.appendChild(line("Bron", a.bron + " (" + a.herzien + ")"));
  }

  criterion.addEventListener("change", show);
  domain.addEventListener("change", show);
  show();
})();
