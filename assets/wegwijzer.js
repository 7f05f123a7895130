/* The wegwijzer: shows the answer for the chosen ground and domain. Every answer is
   already on the page, rendered and hidden (.wg-antwoord[data-antwoord]); #wg-keuzes
   maps "criterium|domein" to one of them (a domain's caveats make its answer its
   own). This script only shows and hides, so nothing in the data can run as code.
   Until both questions are answered, no answer shows. */
(function () {
  "use strict";
  var data = document.getElementById("wg-keuzes");
  var criterion = document.getElementById("wg-criterium");
  var domain = document.getElementById("wg-domein");
  var wait = document.getElementById("wg-wacht");
  var none = document.getElementById("wg-geen");
  var noscript = document.getElementById("wg-zonder-script");
  if (!data || !criterion || !domain || !wait || !none) return;
  var choices;
  try {
    choices = JSON.parse(data.textContent);
  } catch (e) {
    return;
  }
  var answers = document.querySelectorAll(".wg-antwoord");
  if (noscript) noscript.hidden = true;

  function show() {
    var both = criterion.value !== "" && domain.value !== "";
    var key = criterion.value + "|" + domain.value;
    var index = both && Object.prototype.hasOwnProperty.call(choices, key) ? String(choices[key]) : null;
    for (var i = 0; i < answers.length; i++) {
      answers[i].hidden = answers[i].getAttribute("data-antwoord") !== index;
    }
    wait.hidden = both;
    none.hidden = !both || index !== null;
  }

  criterion.addEventListener("change", show);
  domain.addEventListener("change", show);
  show();
})();
