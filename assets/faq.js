/* The FAQ filter: shows only the questions for the chosen audience (data-doelgroepen
   on each question), and a theme only while it has questions left. Without this
   script every question shows, and the filter stays hidden. */
(function () {
  "use strict";
  var filter = document.querySelector(".faq-filter");
  var count = document.getElementById("faq-aantal");
  if (!filter || !count) return;
  var questions = document.querySelectorAll("article.faq");
  var themes = document.querySelectorAll(".faq-thema");
  filter.hidden = false;

  function apply() {
    var chosen = filter.querySelector("input:checked");
    var audience = chosen ? chosen.value : "";
    var shown = 0;
    for (var i = 0; i < questions.length; i++) {
      var groups = (questions[i].getAttribute("data-doelgroepen") || "").split(" ");
      var show = audience === "" || groups.indexOf(audience) >= 0;
      questions[i].hidden = !show;
      if (show) shown++;
    }
    for (var t = 0; t < themes.length; t++) {
      themes[t].hidden = !themes[t].querySelector("article.faq:not([hidden])");
    }
    count.textContent = audience === "" ? "" : shown + (shown === 1 ? " vraag" : " vragen") + " voor deze doelgroep.";
  }

  filter.addEventListener("change", apply);
  apply();
})();
